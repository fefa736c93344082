"""Engine events in, raw observations per operation out: requests, statuses, credentials carried, failed checks.

The collector keeps what the verdicts need (which requests carried credentials and how they were answered,
samples of 404 answers) and merges repeated check failures into one :class:`Seen` with a count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from schemathesis.engine import events
from schemathesis.engine.recorder import Interaction, ScenarioRecorder

from generator.contract.fuzz._options import Progress

__all__ = ["Collector", "OperationLog", "Sample", "Seen"]

REFUSALS = frozenset({401, 403})
MISSING = frozenset({404, 405})
MAX_SAMPLES = 5


@dataclass(frozen=True)
class Sample:
    """One recorded exchange, enough to quote and reproduce it."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    status: int | None
    response_headers: dict[str, str]
    response_body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    def response_text(self, limit: int = 300) -> str:
        text = " ".join(self.response_body.decode("utf-8", "replace").split())
        return text if len(text) <= limit else text[:limit] + "..."


@dataclass
class Seen:
    """A failed check (or an error), merged over the requests that showed it."""

    check: str
    failure: Any
    sample: Sample | None
    count: int = 0


@dataclass
class OperationLog:
    """Everything observed for one operation."""

    label: str
    method: str
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    other_methods: Counter[int] = field(default_factory=Counter)
    valid: int = 0
    network_errors: int = 0
    with_credentials: Counter[int] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    refusal: Sample | None = None
    missing: list[Sample] = field(default_factory=list)
    any_sample: Sample | None = None
    duration: float = 0.0
    checks_run: int = 0
    seen: dict[tuple[Any, ...], Seen] = field(default_factory=dict)
    skips: list[str] = field(default_factory=list)


@dataclass
class Collector:
    """Fold engine events into per-operation logs; report progress as scenarios finish."""

    methods: dict[str, str]  # operation label -> method
    carried: Callable[[Mapping[str, str]], tuple[str, ...]]
    running: int = 0  # operations the engine runs (the others are not run, with a reason)
    progress: Callable[[Progress], None] | None = None
    started: float = 0.0
    clock: Callable[[], float] = field(default=lambda: 0.0)
    logs: dict[str, OperationLog] = field(default_factory=dict)
    run_errors: list[str] = field(default_factory=list)
    phases: dict[str, str] = field(default_factory=dict)
    checks: Counter[str] = field(default_factory=Counter)
    stop_reason: str = "completed"
    _phase: str = ""
    _done: int = 0

    def log(self, label: str) -> OperationLog:
        if label not in self.logs:
            self.logs[label] = OperationLog(label, self.methods.get(label, "").upper())
        return self.logs[label]

    def __call__(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.PhaseStarted):
            self._phase, self._done = str(event.phase.name), 0
        elif isinstance(event, events.ScenarioFinished):
            self._scenario(event.recorder, event.label, event.elapsed_time, event.skip_reason)
            self._done += 1
            self._tell()
        elif isinstance(event, events.FuzzScenarioFinished):
            self._scenario(event.recorder, None, 0.0, None)
            self._tell()
        elif isinstance(event, events.NonFatalError):
            self._error(event)
        elif isinstance(event, events.FatalError):
            self.run_errors.append(
                f"internal error of schemathesis: {type(event.exception).__name__}: {event.exception}"
            )
        elif isinstance(event, events.PhaseFinished):
            self.phases[str(event.phase.name)] = str(event.status)
        elif isinstance(event, events.Interrupted):
            self.stop_reason = "interrupted"
        elif isinstance(event, events.EngineFinished):
            self.stop_reason = str(event.stop_reason) if self.stop_reason == "completed" else self.stop_reason

    def _tell(self) -> None:
        if self.progress is not None:
            requests = sum(log.requests for log in self.logs.values())
            total = self.running if self._phase != "stateful" else 0
            self.progress(Progress(self._phase, self._done, total, requests, self.clock() - self.started))

    def _scenario(self, recorder: ScenarioRecorder, label: str | None, elapsed: float, skip: str | None) -> None:
        if label in self.methods:
            log = self.log(label)
            if recorder.interactions:
                log.duration += elapsed
            if skip:
                log.skips.append(f"{self._phase}: {skip}")
        per_operation = label in self.methods
        for case_id, interaction in recorder.interactions.items():
            node = recorder.cases.get(case_id)
            owner = node.value.operation.label if node else recorder.label
            self._interaction(self.log(owner), interaction, node.value if node else None, per_operation)
        for case_id, checks in recorder.checks.items():
            node = recorder.cases.get(case_id)
            log = self.log(node.value.operation.label if node else recorder.label)
            for check in checks:
                log.checks_run += 1
                self.checks[check.name] += 1
                if check.failure_info is not None:
                    failure = check.failure_info.failure
                    self._seen(log, check.name, failure, recorder.interactions.get(failure.case_id or case_id))

    def _interaction(self, log: OperationLog, interaction: Interaction, case: Any, timed: bool) -> None:
        sample = _sample(interaction)
        log.requests += 1
        response = interaction.response
        if response is None:
            log.network_errors += 1
            return
        if not timed:
            log.duration += response.elapsed
        status = response.status_code
        if sample.method.upper() != log.method:
            log.other_methods[status] += 1  # another method on the path (coverage checks the 405 it should get)
            return
        log.statuses[status] += 1
        log.any_sample = log.any_sample or sample
        meta = getattr(case, "meta", None)
        if meta is not None and meta.generation.mode.is_positive:
            log.valid += 1
        sources = self.carried(sample.headers)
        if sources:
            log.sources.update(sources)
            log.with_credentials[status] += 1
            if status in REFUSALS and log.refusal is None:
                log.refusal = sample
        if status in MISSING and len(log.missing) < MAX_SAMPLES:
            log.missing.append(sample)

    def _seen(self, log: OperationLog, check: str, failure: Any, interaction: Interaction | None) -> None:
        sample = _sample(interaction) if interaction is not None else None
        key = (check, type(failure).__name__, *_failure_key(failure, sample))
        seen = log.seen.setdefault(key, Seen(check, failure, sample))
        seen.count += 1

    def _error(self, event: events.NonFatalError) -> None:
        message = f"{event.info.title}: {_first_line(event.info.message)}"
        if not event.related_to_operation or event.label not in self.methods:
            if message not in self.run_errors:
                self.run_errors.append(message)
            return
        log = self.log(event.label)
        seen = log.seen.setdefault(("error", event.info.title), Seen("error", event.info, None))
        seen.count += 1


def _failure_key(failure: Any, sample: Sample | None) -> tuple[Any, ...]:
    status = sample.status if sample is not None else None
    instance_path = getattr(failure, "instance_path", None)
    if instance_path is not None:
        keyword = failure.schema_path[-1] if failure.schema_path else ""
        detail = str(getattr(failure, "_raw_message", "")) if keyword in ("required", "additionalProperties") else ""
        return (status, json_pointer(instance_path), keyword, detail)
    return (status, getattr(failure, "title", ""))


def json_pointer(path: Any) -> str:
    """A JSON pointer of a path in a response body, array indices as ``*`` so all items group together."""
    parts = ["*" if isinstance(part, int) else str(part).replace("~", "~0").replace("/", "~1") for part in path]
    return "/" + "/".join(parts) if parts else ""


def _sample(interaction: Interaction) -> Sample:
    request, response = interaction.request, interaction.response
    return Sample(
        method=request.method,
        url=request.uri,
        headers={name: values[0] for name, values in request.headers.items() if values},
        body=request.body,
        status=response.status_code if response is not None else None,
        response_headers={name: values[0] for name, values in (response.headers if response else {}).items()},
        response_body=response.content[:4096] if response is not None else b"",
    )


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
