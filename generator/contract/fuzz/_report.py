"""Fuzzing results as data: a verdict per operation, the divergences behind it, the problems of the whole run.

Verdicts, from worst to best understood::

    not run                 no request was sent (with why: no credential it accepts, target unreachable, ...)
    not found at this URL   every request of its method answered 404/405, valid ones included
    unauthenticated         never got past authentication (credentials refused, or none given)
    failed                  a contract violation, or errors reaching the target
    ok                      exercised past authentication, no violation

Nothing here holds a secret: the runner masks tokens, keys and passwords before it builds the report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "FAILED",
    "NOT_FOUND",
    "NOT_RUN",
    "OK",
    "UNAUTHENTICATED",
    "VERDICTS",
    "Cause",
    "Finding",
    "FuzzReport",
    "OperationResult",
    "Problem",
]

OK, FAILED, NOT_FOUND, UNAUTHENTICATED, NOT_RUN = "ok", "failed", "not found at this URL", "unauthenticated", "not run"
VERDICTS = (FAILED, NOT_FOUND, UNAUTHENTICATED, NOT_RUN, OK)


@dataclass
class Finding:
    """One distinct divergence of one operation: what differed from the spec, how often, one request showing it.

    Args:
        kind: ``status``, ``redirect``, ``schema``, ``server-error``, ``content-type``, ``auth``, ``lenient``,
            ``strict``, ``not-found``, ``unauthenticated``, ``network`` or ``check``.
        headline: One line that does not name the operation, so equal divergences of several operations group.
        detail: What schemathesis (or the fuzzer) saw, a few lines.
        count: Requests that showed it.
        pointer: JSON pointer into the response body, for schema violations (array items as ``*``).
        check: The schemathesis check that failed, if one did.
    """

    operation: str
    kind: str
    headline: str
    detail: str = ""
    count: int = 1
    curl: str = ""
    pointer: str | None = None
    check: str | None = None
    status: int | None = None

    @property
    def is_error(self) -> bool:
        """An error reaching the target rather than a contract violation."""
        return self.kind == "network"


@dataclass
class OperationResult:
    """What happened to one operation: its verdict and why, requests, statuses, time, findings.

    ``statuses`` counts the answers to requests of the operation's method; ``other_methods`` those to the other
    methods coverage sends to its path (which should get 405).
    """

    operation: str
    operation_id: str
    verdict: str = NOT_RUN
    reason: str = ""
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    network_errors: int = 0
    duration: float = 0.0
    other_methods: Counter[int] = field(default_factory=Counter)
    checks_run: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.verdict == OK


@dataclass(frozen=True)
class Problem:
    """A failure of the whole run (target unreachable, login failed, credentials refused, engine error)."""

    kind: str
    message: str
    curl: str = ""


@dataclass(frozen=True)
class Cause:
    """One root cause for the summary: a headline shared by one or more operations, with its request count."""

    kind: str
    headline: str
    operations: tuple[str, ...]
    count: int
    curl: str


@dataclass
class FuzzReport:
    """The outcome of one fuzzing run."""

    family: str
    target: str
    seed: int | None
    credentials: str = "none"
    operations: dict[str, OperationResult] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    phases: dict[str, str] = field(default_factory=dict)  # phase name -> final status
    checks: Counter[str] = field(default_factory=Counter)  # check name -> times run
    logins: int = 0
    duration: float = 0.0
    stop_reason: str = "completed"

    @property
    def ok(self) -> bool:
        """Every operation exercised with no violation, and nothing went wrong with the run itself."""
        return bool(self.operations) and not self.problems and all(r.passed for r in self.operations.values())

    @property
    def requests(self) -> int:
        return sum(result.requests for result in self.operations.values())

    def verdicts(self) -> Counter[str]:
        return Counter(result.verdict for result in self.operations.values())

    @property
    def findings(self) -> list[Finding]:
        return [finding for result in self.operations.values() for finding in result.findings]

    def causes(self) -> list[Cause]:
        """Group the findings of all operations by headline, most widespread first."""
        groups: dict[tuple[str, str], list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault((finding.kind, finding.headline), []).append(finding)
        causes = [
            Cause(
                kind,
                headline,
                tuple(dict.fromkeys(f.operation for f in found)),
                sum(f.count for f in found),
                next((f.curl for f in found if f.curl), ""),
            )
            for (kind, headline), found in groups.items()
        ]
        return sorted(causes, key=lambda c: (_KIND_ORDER.get(c.kind, 50), -len(c.operations), -c.count, c.headline))

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (for CI annotations)."""
        data = {name: value for name, value in vars(self).items() if name not in ("operations", "checks")}
        data["problems"] = [asdict(problem) for problem in self.problems]
        data["ok"] = self.ok
        data["requests"] = self.requests
        data["verdicts"] = dict(self.verdicts())
        data["causes"] = [asdict(cause) for cause in self.causes()]
        data["checks"] = dict(sorted(self.checks.items()))
        data["operations"] = {}
        for label, result in self.operations.items():
            entry = {name: value for name, value in vars(result).items() if name not in ("statuses", "findings")}
            for name in ("statuses", "other_methods"):
                entry[name] = {str(code): count for code, count in sorted(getattr(result, name).items())}
            entry["findings"] = [asdict(finding) for finding in result.findings]
            data["operations"][label] = entry
        return data


_KIND_ORDER = {"not-found": 0, "unauthenticated": 1, "network": 2, "server-error": 3, "status": 4, "redirect": 5}
