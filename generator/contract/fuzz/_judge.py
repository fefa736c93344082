"""From observations to verdicts: per operation, the verdict and its findings; for the run, its problems and hints.

An operation is ``ok`` only when its requests got past authentication (when credentials were given) and no
check failed. "Not found at this URL" needs every request of the operation's method answered 404 or 405,
valid ones included; on a templated path a documented 404 counts only when it looks like the server's answer
for a path that does not exist (the pre-flight asks for one), since unknown ids are answered 404 too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.contract._model import Api, Operation
from generator.contract.fuzz._auth import Access
from generator.contract.fuzz._collect import MISSING, REFUSALS, OperationLog, Sample, Seen, json_pointer
from generator.contract.fuzz._curl import Masker, curl_command
from generator.contract.fuzz._report import (
    FAILED,
    NOT_FOUND,
    OK,
    UNAUTHENTICATED,
    Finding,
    OperationResult,
    Problem,
)
from generator.contract.fuzz._session import Session

__all__ = ["Judging", "judge", "missing_everywhere", "refused_everywhere"]

MAX_DETAIL_LINES = 15


@dataclass
class Judging:
    """What the verdicts are computed from."""

    api: Api
    selected: list[Operation]
    access: dict[str, Access]
    logs: dict[str, OperationLog]
    session: Session
    mask: Masker
    canary: Sample | None = None
    base_url: str | None = None
    stop_reason: str = "completed"
    results: dict[str, OperationResult] = field(default_factory=dict)


def judge(ctx: Judging) -> tuple[dict[str, OperationResult], list[Problem], list[str]]:
    """Return the verdict of every selected operation, the problems of the run, and hints about the target."""
    for operation in ctx.selected:
        log = ctx.logs.get(operation.label) or OperationLog(operation.label, operation.method.upper())
        ctx.results[operation.label] = _result(ctx, operation, log)
    return ctx.results, _problems(ctx), _hints(ctx)


def _result(ctx: Judging, operation: Operation, log: OperationLog) -> OperationResult:
    result = OperationResult(
        operation.label,
        operation.name,
        requests=log.requests,
        statuses=Counter(log.statuses),
        network_errors=log.network_errors,
        duration=log.duration,
        other_methods=Counter(log.other_methods),
        checks_run=log.checks_run,
    )
    access = ctx.access.get(operation.label, Access())
    findings = [_finding(ctx, operation, seen) for seen in log.seen.values()]
    if access.skip:
        result.reason = access.skip
    elif not log.requests:
        result.reason = _not_run_reason(ctx, log)
    elif log.statuses and set(log.statuses) <= MISSING and _route_missing(operation, log, ctx.canary):
        result.verdict, result.findings = NOT_FOUND, [_not_found(ctx, operation, log)]
        result.reason = "every request answered " + " or ".join(str(code) for code in sorted(log.statuses))
    elif access.secured and log.with_credentials and set(log.with_credentials) <= REFUSALS:
        result.verdict, result.findings = UNAUTHENTICATED, [_refused(ctx, operation, log), *findings]
        result.reason = f"every request carrying {', '.join(sorted(log.sources))} was refused"
    elif findings:
        result.verdict, result.findings = FAILED, findings
        result.reason = f"{len(findings)} divergence(s)"
    elif access.secured and not log.with_credentials:
        result.verdict = UNAUTHENTICATED
        empty = ctx.session.credentials.empty
        result.reason = "no credentials given" if empty else "no request carried credentials"
        result.reason += ": only checked that requests without them are refused"
    elif not log.statuses:
        result.verdict, result.reason = FAILED, "no request got an answer"
    else:
        result.verdict = OK
        if not any(200 <= code < 400 for code in log.statuses):
            result.reason = "no success answer seen: only documented errors"
    return result


def _not_run_reason(ctx: Judging, log: OperationLog) -> str:
    if log.skips:
        return "; ".join(dict.fromkeys(log.skips))
    if ctx.stop_reason != "completed":
        return f"the run stopped before reaching it ({ctx.stop_reason})"
    return "no request was generated for it"


def _route_missing(operation: Operation, log: OperationLog, canary: Sample | None) -> bool:
    if 405 in log.statuses or not operation.path_names or not operation.documents(404):
        return True
    if canary is None or canary.status not in MISSING:
        return False
    return any(_same_answer(sample, canary) for sample in log.missing)


def _same_answer(sample: Sample, canary: Sample) -> bool:
    def shape(answer: Sample) -> tuple[int | None, str, str]:
        body = answer.response_body.decode("utf-8", "replace").replace(answer.path, "{path}")
        media = answer.response_headers.get("content-type", "").split(";")[0].strip()
        return answer.status, media, " ".join(body.split())

    return shape(sample) == shape(canary)


def _not_found(ctx: Judging, operation: Operation, log: OperationLog) -> Finding:
    sample = log.missing[0] if log.missing else log.any_sample
    statuses = ", ".join(f"{code} x{count}" for code, count in sorted(log.statuses.items()))
    detail = f"{sum(log.statuses.values())} {operation.method.upper()} requests ({log.valid} valid): {statuses}"
    if sample is not None:
        detail += f"\nthe server answered: {ctx.mask(sample.response_text())}"
    return Finding(
        operation.label,
        "not-found",
        "not found at this URL: every request answered 404/405, valid ones included",
        detail,
        sum(log.statuses.values()),
        _curl(ctx, sample),
        status=sample.status if sample else None,
    )


def _refused(ctx: Judging, operation: Operation, log: OperationLog) -> Finding:
    sample = log.refusal
    statuses = "/".join(str(code) for code in sorted(log.with_credentials))
    answer = f"{sample.status}: {ctx.mask(sample.response_text())}" if sample else statuses
    return Finding(
        operation.label,
        "unauthenticated",
        f"credentials refused: every request carrying {', '.join(sorted(log.sources))} answered {statuses}",
        f"the server answered {answer}",
        sum(log.with_credentials.values()),
        _curl(ctx, sample),
        status=sample.status if sample else None,
    )


def _finding(ctx: Judging, operation: Operation, seen: Seen) -> Finding:
    failure, sample = seen.failure, seen.sample
    status = sample.status if sample else None
    name = type(failure).__name__
    kind, headline, pointer = "check", str(getattr(failure, "title", name)), None
    if name == "UndefinedStatusCode":
        code, documented = failure.status_code, ", ".join(failure.defined_status_codes)
        if 300 <= code < 400:
            location = sample.response_headers.get("location", "?") if sample else "?"
            kind, headline = "redirect", f"redirects ({code} to {location}); the spec documents {documented}"
        else:
            kind, headline = "status", f"answered {code}; the spec documents {documented}"
    elif name == "JsonSchemaError":
        pointer = json_pointer(failure.instance_path)
        message = _first_line(str(getattr(failure, "_raw_message", "")) or failure.title)
        kind, headline = "schema", f"{status} body at {pointer or '/'}: {_shorten(message)}"
    elif name == "ServerError":
        kind, headline = "server-error", f"answered {failure.status_code} (server error)"
    elif name in ("UndefinedContentType", "MissingContentType", "MalformedMediaType", "MalformedJson"):
        kind, headline = "content-type", f"{failure.title}: {_shorten(_first_line(failure.message))}"
    elif name == "IgnoredAuth":
        kind = "auth"
    elif name == "AcceptedNegativeData":
        kind, headline = "lenient", f"accepted invalid data ({status})"
    elif name == "RejectedPositiveData":
        kind, headline = "strict", f"rejected valid data ({status})"
    elif name == "EngineErrorInfo":
        kind, headline = "network", f"{failure.title}: {_shorten(_first_line(failure.message))}"
    elif status is not None:
        headline += f" ({status})"
    detail = "\n".join(str(getattr(failure, "message", "")).strip().splitlines()[:MAX_DETAIL_LINES])
    return Finding(
        operation.label,
        kind,
        ctx.mask(headline),
        ctx.mask(detail),
        seen.count,
        _curl(ctx, sample),
        pointer=pointer,
        check=seen.check if seen.check != "error" else None,
        status=status,
    )


def refused_everywhere(logs: Mapping[str, OperationLog], access: Mapping[str, Access]) -> list[str]:
    """Return the secured operations sent credentials when every such request was refused (401/403), else none."""
    tried = [label for label, log in logs.items() if access.get(label, Access()).secured and log.with_credentials]
    return tried if tried and all(set(logs[label].with_credentials) <= REFUSALS for label in tried) else []


def missing_everywhere(logs: Mapping[str, OperationLog], operations: list[Operation], canary: Sample | None) -> bool:
    """Whether every operation answered so far looks absent at this URL (at least two of them answered)."""
    answered = [(op, logs[op.label]) for op in operations if op.label in logs and logs[op.label].statuses]
    return len(answered) >= 2 and all(
        set(log.statuses) <= MISSING and _route_missing(op, log, canary) for op, log in answered
    )


def _problems(ctx: Judging) -> list[Problem]:
    problems = [Problem("login", ctx.mask(failure.describe())) for failure in ctx.session.failures]
    with_credentials = [
        (result, ctx.logs[label])
        for label, result in ctx.results.items()
        if ctx.access.get(label, Access()).secured and label in ctx.logs and ctx.logs[label].with_credentials
    ]
    if with_credentials and all(result.verdict == UNAUTHENTICATED for result, _ in with_credentials):
        sources = sorted({source for _, log in with_credentials for source in log.sources})
        statuses = sorted({code for _, log in with_credentials for code in log.with_credentials})
        sample = next((log.refusal for _, log in with_credentials if log.refusal is not None), None)
        answer = (
            f"; e.g. {sample.method} {sample.path} answered {sample.status}: {sample.response_text()}" if sample else ""
        )
        message = (
            f"credentials refused: every request carrying {', '.join(sources)} was answered "
            f"{'/'.join(map(str, statuses))} ({len(with_credentials)} operations){answer}"
        )
        problems.append(Problem("credentials", ctx.mask(message), _curl(ctx, sample)))
        for result, _ in with_credentials:  # one root cause, reported once for the run
            result.findings = [finding for finding in result.findings if finding.kind != "unauthenticated"]
    return problems


def _hints(ctx: Judging) -> list[str]:
    answered = [r for r in ctx.results.values() if r.statuses]
    missing = [r for r in answered if r.verdict == NOT_FOUND]
    if len(missing) < 2 or len(missing) * 2 < len(answered):
        return []
    head = f"{len(missing)} of {len(answered)} operations answered only 404/405"
    base_path = ctx.api.base_path
    if ctx.base_url is not None and base_path and not ctx.base_url.rstrip("/").endswith(base_path):
        return [f"{head}: did BASE_URL include {base_path}? (the spec's paths are relative to {base_path})"]
    return [f"{head}: is BASE_URL the root of this API (the spec's paths start at {base_path or '/'})?"]


def _curl(ctx: Judging, sample: Sample | None) -> str:
    if sample is None:
        return ""
    return curl_command(sample.method, sample.url, sample.headers, sample.body, ctx.mask)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
