"""The ``mock`` and ``fuzz`` subcommands (wired into generator.cli): options in, library call, report out."""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator.contract._model import Api, load_api
from generator.contract.fuzz import (
    PHASES,
    Credentials,
    FuzzOptions,
    credentials_from_env,
    format_summary,
    format_violation,
    fuzz,
    mock_credentials,
    write_junit,
)
from generator.contract.mock import MockConfig, create_app, default_api_key, serve, serving
from generator.families import ROOT, Family
from generator.spec import SpecError

__all__ = ["add", "fuzz_options"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
REPORTS_DIR = ROOT / "reports"


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
        "(PWC_USERNAME/PWC_PASSWORD, CORTEX_EMAIL/CORTEX_PASSWORD, REVIEWPOINT_EMAIL/REVIEWPOINT_PASSWORD).",
    )
    run.add_argument("families", nargs=1, metavar="FAMILY", help="API family to fuzz")
    run.add_argument("--base-url", help="live deployment, including the spec's base path (default: embedded mock)")
    run.add_argument("--max-examples", type=int, default=int(os.environ.get("FUZZ_MAX_EXAMPLES", "25")))
    run.add_argument("--max-time", type=int, help="bound on the whole run, in seconds")
    run.add_argument("--rate-limit", help="bound on the request rate, e.g. 10/s or 600/m")
    run.add_argument("--request-timeout", type=float, default=10.0, help="seconds per request (default: 10)")
    run.add_argument("--seed", type=int, help="fixed seed, for a reproducible run")
    run.add_argument("--phases", default=",".join(PHASES), help=f"comma-separated subset of {','.join(PHASES)}")
    run.add_argument("--operation", action="append", default=[], help="only this operationId (repeatable)")
    run.add_argument("--junit", type=Path, help="JUnit XML report path (default: reports/fuzz-<family>.xml)")
    run.add_argument("--websocket-seconds", type=float, default=5.0, help="listen to each channel at most (default: 5)")
    run.add_argument("--websocket-topic", action="append", default=[], help="topic to subscribe to (repeatable)")
    run.set_defaults(handler=_fuzz)


def _mock(args: argparse.Namespace, families: list[Family]) -> int:
    family = families[0]
    try:
        app = create_app(family, MockConfig(api_keys=tuple(args.api_key)))
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FINDINGS
    keys = ", ".join(args.api_key) or default_api_key(family)
    print(f"mock {family.name}: http://{args.host}:{args.port} (API keys: {keys}; any login succeeds)")
    serve(app, host=args.host, port=args.port)
    return EXIT_OK


def _fuzz(args: argparse.Namespace, families: list[Family]) -> int:
    family = families[0]
    phases = tuple(phase.strip() for phase in args.phases.split(",") if phase.strip())
    unknown = sorted(set(phases) - set(PHASES))
    if unknown or args.max_examples < 1:
        print(f"fuzz: unknown phase(s) {', '.join(unknown)}" if unknown else "fuzz: --max-examples must be >= 1")
        return EXIT_USAGE
    try:
        api = load_api(family)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FINDINGS
    with _target(api, args.base_url) as base_url:
        credentials = credentials_from_env(family, os.environ)
        if args.base_url is None and credentials.empty:
            credentials = mock_credentials(api)
        report = fuzz(fuzz_options(args, family, base_url, credentials, phases), api)
    for violation in report.violations:
        print(format_violation(violation))
    print(format_summary(report))
    junit = write_junit([report], args.junit or REPORTS_DIR / f"fuzz-{family.name}.xml")
    print(f"JUnit report: {junit}")
    if args.base_url and credentials.empty:
        print(f"note: no credentials in the environment ({family.env_prefix}_TOKEN, ...): secured operations untested")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def fuzz_options(
    args: argparse.Namespace, family: Family, base_url: str, credentials: Credentials, phases: tuple[str, ...]
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
        websocket_seconds=args.websocket_seconds,
        websocket_topics=tuple(args.websocket_topic),
    )


@contextmanager
def _target(api: Api, base_url: str | None) -> Iterator[str]:
    if base_url is not None:
        yield base_url
        return
    with serving(create_app(api.family, api=api)) as url:
        yield url + api.base_path
