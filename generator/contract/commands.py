"""The ``mock`` and ``fuzz`` subcommands (wired into generator.cli): options in, library call, report out."""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn, TextIO

from hypothesis.configuration import set_hypothesis_home_dir

from generator.contract._model import Api, load_api
from generator.contract.fuzz import (
    PHASES,
    Credentials,
    FuzzOptions,
    Progress,
    UsageError,
    check_options,
    credentials_from_env,
    fuzz,
    mock_credentials,
    render_text,
    write_junit,
    write_reports,
)
from generator.contract.mock import MockConfig, create_app, default_api_key, serve, serving
from generator.families import FAMILIES, ROOT, Family
from generator.spec import SpecError

__all__ = ["ProgressLine", "add", "fuzz_options"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
REPORTS_DIR = ROOT / "reports"
HYPOTHESIS_DIR = ROOT / ".cache" / "hypothesis"


def add(commands: Any) -> None:
    """Register the contract subcommands on the CLI's subparsers."""
    mock = commands.add_parser("mock", help="serve a family's spec-driven mock server")
    mock.add_argument("families", nargs=1, metavar="FAMILY", help="API family to mock")
    mock.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    mock.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    mock.add_argument(
        "--api-key", action="append", default=[], help="accepted API key (repeatable; default: <family>_mock_api_key)"
    )
    mock.set_defaults(handler=_mock)

    run = commands.add_parser(
        "fuzz",
        help="contract-fuzz a family: the embedded mock, or a live deployment with --base-url",
        description="Credentials come from the environment: <FAMILY>_TOKEN, <FAMILY>_API_KEY, or the login fields "
        "(PWC_USERNAME/PWC_PASSWORD, CORTEX_EMAIL/CORTEX_PASSWORD, REVIEWPOINT_EMAIL/REVIEWPOINT_PASSWORD). "
        "Exit status: 0 every operation exercised with no divergence, 1 divergences or a failed run, 2 bad options.",
    )
    _one_line_errors(run)
    run.add_argument("families", nargs=1, metavar="FAMILY", choices=list(FAMILIES), help="API family to fuzz")
    run.add_argument("--base-url", help="live deployment, including the spec's base path (default: embedded mock)")
    run.add_argument("--max-examples", type=int, default=_env_int("FUZZ_MAX_EXAMPLES", 25))
    run.add_argument("--max-time", type=int, help="bound on the whole run, in seconds")
    run.add_argument("--rate-limit", help="bound on the request rate, e.g. 10/s or 600/m")
    run.add_argument("--request-timeout", type=float, default=10.0, help="seconds per request (default: 10)")
    run.add_argument("--seed", type=int, help="fixed seed, for a reproducible run")
    run.add_argument("--phases", default=",".join(PHASES), help=f"comma-separated subset of {','.join(PHASES)}")
    run.add_argument("--operation", action="append", default=[], help="only this operationId (repeatable)")
    run.add_argument(
        "--skip-operation",
        action="append",
        default=[],
        help="leave this operationId out (repeatable), e.g. login or register_user on a live deployment",
    )
    run.add_argument(
        "--junit",
        type=Path,
        help="JUnit XML report path; .md and .json reports go next to it (default: reports/fuzz-<family>.xml)",
    )
    run.add_argument(
        "--websocket-seconds",
        type=float,
        default=5.0,
        help="listen to each channel at most (default: 5; 0: no channel checks)",
    )
    run.add_argument("--websocket-topic", action="append", default=[], help="topic to subscribe to (repeatable)")
    run.set_defaults(handler=_fuzz)


def _one_line_errors(parser: argparse.ArgumentParser) -> None:
    """Make the parser report a bad option on one line and exit 2 (argparse would print the whole usage first).

    Unknown arguments are caught here too: otherwise the top-level parser reports them, usage and all.
    """
    parse_known_args = parser.parse_known_args

    def error(message: str) -> NoReturn:
        parser.exit(EXIT_USAGE, f"fuzz: {message} (see --help)\n")

    def parse_strictly(args: Any = None, namespace: Any = None) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = parse_known_args(args, namespace)
        if extras:
            error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras

    parser.error = error  # type: ignore[method-assign]
    parser.parse_known_args = parse_strictly  # type: ignore[method-assign, assignment]


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip().isdigit() else default


def _mock(args: argparse.Namespace, families: list[Family]) -> int:
    family = families[0]
    try:
        app = create_app(family, MockConfig(api_keys=tuple(args.api_key)))
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FINDINGS
    keys = ", ".join(args.api_key) or default_api_key(family)
    base_url = f"http://{args.host}:{args.port}{app.mock.api.base_path}"
    print(f"mock {family.name}: {base_url} (API keys: {keys}; any login succeeds)")
    print(f'  from {family.package} import Client; client = Client("{base_url}")', flush=True)
    serve(app, host=args.host, port=args.port)
    return EXIT_OK


def _fuzz(args: argparse.Namespace, families: list[Family]) -> int:
    family = families[0]
    try:
        api = load_api(family)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FINDINGS
    phases = tuple(phase.strip() for phase in args.phases.split(",") if phase.strip())
    credentials = credentials_from_env(family, os.environ)
    try:
        options = check_options(fuzz_options(args, family, args.base_url, credentials, phases), api)
    except UsageError as exc:
        print(f"fuzz: {exc}", file=sys.stderr)
        return EXIT_USAGE
    progress = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    set_hypothesis_home_dir(HYPOTHESIS_DIR)  # its caches go there, not into the user's working directory
    with _target(api, args.base_url) as base_url:
        if args.base_url is None and credentials.empty:
            credentials = mock_credentials(api)
        options = replace(options, base_url=base_url, credentials=credentials, progress=progress)
        try:
            report = fuzz(options, api)
        finally:
            if progress is not None:
                progress.close()
    junit = write_junit([report], args.junit or REPORTS_DIR / f"fuzz-{family.name}.xml")
    written = [junit, *write_reports(report, junit)]
    _emit(render_text(report) + f"reports: {', '.join(str(path) for path in written)}\n")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _emit(text: str) -> None:
    """Print to stdout; a reader that went away (``| head``) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def fuzz_options(
    args: argparse.Namespace, family: Family, base_url: str | None, credentials: Credentials, phases: tuple[str, ...]
) -> FuzzOptions:
    """Turn parsed ``fuzz`` arguments into the library's options."""
    return FuzzOptions(
        family=family,
        base_url=base_url,
        credentials=credentials,
        max_examples=args.max_examples,
        max_time=args.max_time,
        rate_limit=args.rate_limit,
        request_timeout=args.request_timeout,
        seed=args.seed if args.seed is not None else random.randrange(2**32),  # printed, so any run can be replayed
        phases=phases,
        operations=tuple(args.operation),
        skip_operations=tuple(args.skip_operation),
        websocket_seconds=args.websocket_seconds,
        websocket_topics=tuple(args.websocket_topic),
    )


class ProgressLine:
    """Draw the run's progress on one terminal line (operations done / total, requests, elapsed)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0

    def __call__(self, progress: Progress) -> None:
        done = f"{progress.done}/{progress.total} operations" if progress.total else f"{progress.done} scenarios"
        text = f"fuzz [{progress.phase}] {done}, {progress.requests} requests, {progress.elapsed:.0f}s"
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


@contextmanager
def _target(api: Api, base_url: str | None) -> Iterator[str]:
    if base_url is not None:
        yield base_url
        return
    with serving(create_app(api.family, api=api)) as url:
        yield url + api.base_path
