"""Fuzzing results as data: per-operation summaries, contract violations and errors. The CLI prints them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["FuzzReport", "OperationSummary", "Violation", "format_summary", "format_violation"]

STATEFUL = "Stateful tests"


@dataclass(frozen=True, order=True)
class Violation:
    """One contract violation (a failed check), or an error reaching the target (``check`` is ``error``).

    Args:
        operation: ``METHOD /path`` of the operation, or ``Stateful tests`` for a link chain.
        check: The schemathesis check that failed (``status_code_conformance``, ...), or ``error``.
        title: Short title of the failure.
        message: Details, as schemathesis words them.
        curl: A command that reproduces the failing request, when there is one.
        status: The response status code, when there was a response.
    """

    operation: str
    check: str
    title: str
    message: str
    curl: str = ""
    status: int | None = None

    @property
    def is_error(self) -> bool:
        return self.check == "error"


@dataclass
class OperationSummary:
    """What happened to one operation: requests sent, statuses received, checks failed."""

    operation: str
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    network_errors: int = 0
    checks_run: int = 0
    violations: list[Violation] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.violations

    def add(self, violation: Violation) -> None:
        """Record a violation once, however many cases showed it."""
        if violation not in self.violations:
            self.violations.append(violation)


@dataclass
class FuzzReport:
    """The outcome of one fuzzing run."""

    family: str
    target: str
    seed: int | None
    operations: dict[str, OperationSummary] = field(default_factory=dict)
    phases: dict[str, str] = field(default_factory=dict)  # phase name -> final status
    checks: Counter[str] = field(default_factory=Counter)  # check name -> times run
    duration: float = 0.0
    stop_reason: str = "completed"

    def summary_for(self, operation: str) -> OperationSummary:
        return self.operations.setdefault(operation, OperationSummary(operation))

    @property
    def violations(self) -> list[Violation]:
        return sorted({v for summary in self.operations.values() for v in summary.violations})

    @property
    def failures(self) -> list[Violation]:
        """Contract violations proper: failed checks, not errors reaching the target."""
        return [v for v in self.violations if not v.is_error]

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.is_error]

    @property
    def ok(self) -> bool:
        return not self.violations


def format_violation(violation: Violation) -> str:
    """Return a violation as a few readable lines: operation, check, message, reproducing command."""
    head = f"{violation.operation}: [{violation.check}] {violation.title}"
    if violation.status is not None:
        head += f" (got {violation.status})"
    lines = [head]
    lines.extend(f"    {line}" for line in violation.message.strip().splitlines() if line.strip())
    if violation.curl:
        lines.append(f"    reproduce: {violation.curl}")
    return "\n".join(lines)


def format_summary(report: FuzzReport) -> str:
    """Return the per-operation table and the totals of a report."""
    width = max([len(name) for name in report.operations] + [9])
    lines = [f"{'operation':<{width}}  requests  result  statuses"]
    for name in sorted(report.operations, key=lambda n: (n == STATEFUL, n.split(" ", 1)[-1], n)):
        summary = report.operations[name]
        statuses = " ".join(f"{code}x{count}" for code, count in sorted(summary.statuses.items()))
        if summary.network_errors:
            statuses += f" network-errors x{summary.network_errors}"
        result = "ok" if summary.passed else f"{len(summary.violations)} FAIL"
        lines.append(f"{name:<{width}}  {summary.requests:>8}  {result:<6}  {statuses}")
    failures, errors = len(report.failures), len(report.errors)
    lines.append(
        f"{report.family} @ {report.target}: {len(report.operations)} operations, "
        f"{sum(s.requests for s in report.operations.values())} requests, {failures} violation(s), "
        f"{errors} error(s), {report.duration:.1f}s, stopped: {report.stop_reason}, seed {report.seed}"
    )
    return "\n".join(lines)
