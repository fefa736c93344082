"""Run schemathesis against a target (a URL or an in-process ASGI app) and return a :class:`FuzzReport`.

A run is: up-front checks of the options; a pre-flight request (is the target there at all, and what does it
answer for a path that does not exist); the login, once; then the schemathesis engine, with our auth provider
putting the planned credentials on every request; then the verdicts. It never raises for anything the target
does: refused connections, timeouts, HTML error pages and undocumented statuses all end up in the report.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

from generator.contract._model import Api, AuthFlow, Operation, auth_flow, load_api
from generator.contract.fuzz._auth import Access, CredentialProvider, plan_access
from generator.contract.fuzz._collect import Collector, Sample
from generator.contract.fuzz._curl import SENSITIVE_HEADERS, Masker
from generator.contract.fuzz._http import Target, Unreachable
from generator.contract.fuzz._judge import Judging, judge, missing_everywhere, refused_everywhere
from generator.contract.fuzz._options import PHASES, Credentials, FuzzOptions
from generator.contract.fuzz._report import FuzzReport, OperationResult, Problem
from generator.contract.fuzz._session import Session
from generator.contract.fuzz._validate import applicable_phases, check_options
from generator.contract.fuzz._websockets import check_channels

__all__ = ["fuzz", "preflight", "schemathesis_config"]


def fuzz(options: FuzzOptions, api: Api | None = None) -> FuzzReport:
    """Fuzz one family's target against its spec; return the report.

    Raises:
        UsageError: An option cannot work (checked before any request is sent).
    """
    api = api or load_api(options.family)
    options = check_options(options, api)
    started = time.monotonic()
    flow = auth_flow(api)
    selected = [op for op in api.operations if options.selects(op.name)]
    target = Target(options.base_url, options.app, api.base_path, options.request_timeout)
    session = Session(flow, options.credentials, target)
    mask = Masker(options.credentials.secrets, SENSITIVE_HEADERS | _key_headers(flow))
    report = FuzzReport(
        options.family.name, options.base_url or "in-process app", options.seed, _describe(options.credentials)
    )
    report.notes += [f"phase {name} skipped: {why}" for name, why in applicable_phases(options, api)[1].items()]
    if options.skip_operations:
        report.notes.append(f"left out (--skip-operation): {', '.join(options.skip_operations)}")
    try:
        canary = preflight(target)
    except Unreachable as exc:
        report.problems.append(Problem("unreachable", f"cannot reach {report.target}: {exc}"))
        report.operations = {
            op.label: OperationResult(op.label, op.name, reason="the target is unreachable") for op in selected
        }
        report.duration = time.monotonic() - started
        return report
    session.start()
    access = plan_access(api, flow, session)
    collector = Collector(
        methods={op.label: op.method for op in selected},
        carried=session.carried,
        running=sum(1 for op in selected if not access[op.label].skip),
        progress=options.progress,
        started=started,
        clock=time.monotonic,
    )

    def pointless() -> str | None:
        """Why the next phases would only repeat what the last one showed, if they would."""
        if refused_everywhere(collector.logs, access):
            return "every request carrying credentials was refused"
        if missing_everywhere(collector.logs, selected, canary):
            return "every operation answered only 404/405 (is BASE_URL right?)"
        return None

    _run_engine(options, api, CredentialProvider(access, session), collector, report, pointless)
    mask.extend(session.secrets)
    judging = Judging(
        api, selected, access, collector.logs, session, mask, canary, options.base_url, collector.stop_reason
    )
    report.operations, problems, report.hints = judge(judging)
    report.problems += problems + [Problem("run", mask(error)) for error in collector.run_errors]
    report.phases, report.checks, report.stop_reason = collector.phases, collector.checks, collector.stop_reason
    report.logins = session.logins
    report.duration = time.monotonic() - started
    check_channels(options, api, report, session)  # the spec's x-websockets, which schemathesis does not know
    return report


def _run_engine(
    options: FuzzOptions,
    api: Api,
    provider: CredentialProvider,
    collector: Collector,
    report: FuzzReport,
    pointless: Callable[[], str | None],
) -> None:
    """Run schemathesis, feeding its events to the collector; stop after a phase when going on is pointless."""
    config = SchemathesisConfig.from_dict(schemathesis_config(options, api, provider.access))
    schema = schemathesis.openapi.from_dict(api.document, config=config)
    schema.auth.providers.append(provider)
    if options.app is not None:
        schema.app = options.app
    try:
        stream = from_schema(schema).execute()
        for event in stream:
            collector(event)
            if not isinstance(event, events.PhaseFinished) or not _more_to_come(event, options):
                continue
            reason = pointless()
            if reason is not None:
                report.notes.append(f"stopped after the {event.phase.name} phase: {reason}; the next would repeat it")
                collector.stop_reason = f"stopped early: {reason}"
                stream.stop()
    except Exception as exc:  # noqa: BLE001 - the tool reports its own crash as a problem instead of dying
        collector.run_errors.append(f"internal error: {type(exc).__name__}: {exc}")


def preflight(target: Target) -> Sample:
    """Ask the target for a path that does not exist: its answer shows it is there, and how it says 404.

    Raises:
        Unreachable: No HTTP answer (connection refused, DNS, TLS, timeout).
    """
    path = f"/apigen-fuzz-no-such-path-{secrets.token_hex(4)}"
    answer = target.send("GET", path, headers={"Accept": "application/json"})
    return Sample(
        "GET", answer.url, {}, None, answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.body
    )


def schemathesis_config(options: FuzzOptions, api: Api, access: dict[str, Access] | None = None) -> dict[str, Any]:
    """Return the schemathesis configuration (``schemathesis.toml`` as a dict) for a run."""
    access = access or {}
    phases = applicable_phases(options, api)[0]
    data: dict[str, Any] = {
        "request-timeout": options.request_timeout,
        "max-redirects": 0,
        "workers": options.workers,
        "continue-on-failure": True,
        "cache": {"enabled": False},
        "generation": {"max-examples": options.max_examples, "mode": "all", "database": "none"},
        "phases": {
            name: (
                {"enabled": name in phases}
                | ({"max-steps": options.stateful_steps} if name == "stateful" else {})
                | ({"fill-missing": True} if name == "examples" else {})
            )
            for name in PHASES
        },
        "auth": {"auto-signup": False},  # credentials come from our provider; never register users on a deployment
        "operations": [
            # schemathesis reads a multipart text part such as "true" as a negated boolean even though the
            # wire value is a valid string; with a binary part in the same form it cannot tell, so it would
            # report the correct acceptance as a violation (schemathesis 4.32.5).
            {"include-operation-id": op.operation_id, "checks": {"negative_data_rejection": {"enabled": False}}}
            for op in api.operations
            if op.body is not None
            and any(media.startswith("multipart/") for media in op.body.content)
            and _runs(op, options, access)
        ],
    }
    # The engine honours per-operation config, not schema-level filters.
    data["operations"] += [
        {"include-operation-id": op.operation_id, "enabled": False}
        for op in api.operations
        if not _runs(op, options, access)
    ]
    if options.seed is not None:
        data["seed"] = options.seed
    if options.max_time is not None:
        data["max-time"] = max(1, int(options.max_time))
    if options.rate_limit:
        data["rate-limit"] = options.rate_limit
    if options.base_url:
        data["base-url"] = options.base_url.rstrip("/")
    if not data["operations"]:
        del data["operations"]
    return data


def _more_to_come(event: events.PhaseFinished, options: FuzzOptions) -> bool:
    """Whether a testing phase finished and another one is to run."""
    phase = str(event.phase.name)
    return phase in PHASES and any(name in options.phases for name in PHASES[PHASES.index(phase) + 1 :])


def _runs(operation: Operation, options: FuzzOptions, access: dict[str, Access]) -> bool:
    return options.selects(operation.name) and not access.get(operation.label, Access()).skip


def _key_headers(flow: AuthFlow) -> frozenset[str]:
    return frozenset(scheme.parameter.lower() for scheme in flow.api_key_schemes)


def _describe(credentials: Credentials) -> str:
    kinds = [kind for kind in ("login", "token", "api_key") if getattr(credentials, kind)]
    return ", ".join(name for kind in kinds for name in credentials.env(kind)) or "none"
