"""Run schemathesis against a target (a URL or an in-process ASGI app) and collect a :class:`FuzzReport`.

The run never raises for anything the target does: refused connections, timeouts, HTML error pages and
undocumented statuses all end up in the report, as errors or violations of the operation concerned.
"""

from __future__ import annotations

import time
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema
from schemathesis.schemas import BaseSchema

from generator.contract._model import Api, load_api
from generator.contract.fuzz._auth import auth_config
from generator.contract.fuzz._options import FuzzOptions
from generator.contract.fuzz._report import FuzzReport, Violation

__all__ = ["fuzz", "schemathesis_config"]

RUN = "(run)"


def schemathesis_config(options: FuzzOptions, api: Api) -> dict[str, Any]:
    """Return the schemathesis configuration (``schemathesis.toml`` as a dict) for a run."""
    data: dict[str, Any] = {
        "request-timeout": options.request_timeout,
        "max-redirects": 0,
        "workers": options.workers,
        "generation": {"max-examples": options.max_examples, "mode": "all", "database": "none"},
        "phases": {
            name: (
                {"enabled": name in options.phases}
                | ({"max-steps": options.stateful_steps} if name == "stateful" else {})
            )
            for name in ("examples", "coverage", "fuzzing", "stateful")
        },
        "auth": auth_config(api, options.credentials, in_process=options.app is not None),
        "operations": [
            # schemathesis reads a multipart text part such as "true" as a negated boolean even though the
            # wire value is a valid string; with a binary part in the same form it cannot tell, so it would
            # report the correct acceptance as a violation (schemathesis 4.32.5).
            {"include-operation-id": operation.operation_id, "checks": {"negative_data_rejection": {"enabled": False}}}
            for operation in api.operations
            if operation.body is not None and any(media.startswith("multipart/") for media in operation.body.content)
        ],
    }
    if options.operations:  # the engine honours per-operation config, not schema-level filters
        skipped = [op.operation_id for op in api.operations if op.operation_id not in options.operations]
        data["operations"].extend({"include-operation-id": op_id, "enabled": False} for op_id in skipped)
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


def fuzz(options: FuzzOptions, api: Api | None = None) -> FuzzReport:
    """Fuzz one family's target against its spec; return the report (never raises for the target's behaviour)."""
    api = api or load_api(options.family)
    target = options.base_url or "in-process app"
    config = SchemathesisConfig.from_dict(schemathesis_config(options, api))
    report = FuzzReport(options.family.name, target, options.seed)
    selected = [op for op in api.operations if not options.operations or op.operation_id in options.operations]
    for operation in selected:
        report.summary_for(operation.label)
    schema: BaseSchema = schemathesis.openapi.from_dict(api.document, config=config)
    if options.app is not None:
        schema.app = options.app
    started = time.monotonic()
    try:
        for event in from_schema(schema).execute():
            _collect(report, event)
    except Exception as exc:  # noqa: BLE001 - the tool reports its own crash as a finding instead of dying
        report.summary_for(RUN).add(Violation(RUN, "error", type(exc).__name__, str(exc)))
    report.duration = time.monotonic() - started
    return report


def _collect(report: FuzzReport, event: events.EngineEvent) -> None:
    if isinstance(event, events.ScenarioFinished):
        _collect_scenario(report, event)
    elif isinstance(event, events.NonFatalError):
        label = event.label if event.related_to_operation else RUN
        violation = Violation(label, "error", event.info.title, event.info.message)
        report.summary_for(label).add(violation)
    elif isinstance(event, events.FatalError):
        report.summary_for(RUN).add(Violation(RUN, "error", "Fatal error", str(event.exception)))
    elif isinstance(event, events.PhaseFinished):
        report.phases[str(event.phase.name)] = str(event.status)
    elif isinstance(event, events.EngineFinished):
        report.stop_reason = str(event.stop_reason)
        for failure in event.failures:
            label = failure.operation or RUN
            report.summary_for(label).add(Violation(label, "after-run", failure.title, failure.message))


def _collect_scenario(report: FuzzReport, event: events.ScenarioFinished) -> None:
    recorder = event.recorder
    for case_id, interaction in recorder.interactions.items():
        node = recorder.cases.get(case_id)
        summary = report.summary_for(node.value.operation.label if node else recorder.label)
        summary.requests += 1
        if interaction.response is None:
            summary.network_errors += 1
        else:
            summary.statuses[interaction.response.status_code] += 1
    for case_id, checks in recorder.checks.items():
        node = recorder.cases.get(case_id)
        label = node.value.operation.label if node else recorder.label
        summary = report.summary_for(label)
        for check in checks:
            summary.checks_run += 1
            report.checks[check.name] += 1
            info = check.failure_info
            if info is None:
                continue
            curl = "\n".join(step.curl for step in info.steps) or info.code_sample
            response = recorder.find_response(case_id=case_id)
            status = response.status_code if response is not None else None
            summary.add(Violation(label, check.name, info.failure.title, info.failure.message, curl, status))
