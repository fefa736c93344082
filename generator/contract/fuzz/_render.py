"""The report as text (a summary that fits in 20 lines, then the details), Markdown and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from generator.contract.fuzz._report import OK, VERDICTS, Cause, FuzzReport, OperationResult

__all__ = ["SUMMARY_LINES", "render_markdown", "render_text", "summary_lines", "write_reports"]

SUMMARY_LINES = 20
MAX_PROBLEMS = 3


def summary_lines(report: FuzzReport) -> list[str]:
    """Return the summary: target, run problems, hints, verdict counts, root causes, result (at most 20 lines)."""
    lines = [
        f"fuzz {report.family} @ {report.target}: {_what(report)}, "
        f"{_plural(report.requests, 'request')}, {report.duration:.1f}s, seed {report.seed}",
        f"credentials: {report.credentials}" + (f" (logged in {report.logins}x)" if report.logins else ""),
    ]
    lines += [f"RUN FAILED: {problem.message}" for problem in report.problems[:MAX_PROBLEMS]]
    if len(report.problems) > MAX_PROBLEMS:
        lines.append(f"RUN FAILED: and {len(report.problems) - MAX_PROBLEMS} more problem(s), in the details below")
    lines += [f"hint: {hint}" for hint in report.hints]
    lines += [f"note: {note}" for note in report.notes]
    lines.append("verdicts: " + _verdict_counts(report))
    causes = report.causes()
    room = SUMMARY_LINES - len(lines) - 2
    if causes:
        shown = causes if len(causes) <= room else causes[: max(room - 1, 1)]
        lines.append(f"causes ({len(causes)}, details below):")
        lines += [f"  {index}. {_cause_line(cause)}" for index, cause in enumerate(shown, 1)]
        if len(shown) < len(causes):
            lines.append(f"  ... and {len(causes) - len(shown)} more cause(s) in the details below")
    lines.append(_result_line(report))
    return lines


def render_text(report: FuzzReport) -> str:
    """Return the whole report: the summary, the operations table, then every cause with one reproduction."""
    lines = summary_lines(report)
    lines += ["", "operations:", *_table(report)]
    extra = [f"reproduce ({problem.kind}): {problem.curl}" for problem in report.problems if problem.curl]
    if extra:
        lines += ["", *extra]
    causes = report.causes()
    if causes:
        lines += ["", "details:"]
        for index, cause in enumerate(causes, 1):
            lines += _cause_details(report, index, cause)
    return "\n".join(lines) + "\n"


def render_markdown(report: FuzzReport) -> str:
    """Return the report as Markdown: summary, a table of operations, the causes with their reproductions."""
    title = "passed" if report.ok else "FAILED"
    lines = [f"# Contract fuzzing of `{report.family}`: {title}", ""]
    lines += [f"- {line}" for line in summary_lines(report)[:-1] if not line.startswith("  ")]
    lines += ["", f"**{_result_line(report)}**", "", "## Operations", ""]
    lines += ["| operation | verdict | requests | statuses | time | why |", "| --- | --- | ---: | --- | ---: | --- |"]
    for result in _ordered(report):
        cells = [
            f"`{result.operation}`",
            result.verdict,
            str(result.requests),
            _statuses(result),
            f"{result.duration:.2f}s",
            result.reason.replace("|", "\\|"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    causes = report.causes()
    if causes:
        lines += ["", "## Causes", ""]
        for index, cause in enumerate(causes, 1):
            lines += [f"### {index}. {cause.headline}", ""]
            lines += [f"{_count(cause)} on {', '.join(f'`{op}`' for op in cause.operations)}", ""]
            detail = next((f.detail for f in report.findings if f.headline == cause.headline and f.detail), "")
            if detail:
                lines += ["```", detail, "```", ""]
            if cause.curl:
                lines += ["```sh", cause.curl, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def write_reports(report: FuzzReport, junit: Path) -> list[Path]:
    """Write the Markdown and JSON reports next to the JUnit file (same name, ``.md`` and ``.json``)."""
    junit.parent.mkdir(parents=True, exist_ok=True)
    markdown, data = junit.with_suffix(".md"), junit.with_suffix(".json")
    markdown.write_text(render_markdown(report), encoding="utf-8")
    data.write_text(json.dumps(report.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return [markdown, data]


def _verdict_counts(report: FuzzReport) -> str:
    counts = report.verdicts()
    return ", ".join(f"{counts[verdict]} {verdict}" for verdict in (OK, *VERDICTS[:-1]) if counts[verdict]) or "none"


def _result_line(report: FuzzReport) -> str:
    if report.ok:
        what = "it was" if len(report.operations) == 1 else f"all {_what(report)} were"
        return f"result: OK, {what} exercised with no divergence (exit 0)"
    counts = report.verdicts()
    parts = [f"{counts[verdict]} {verdict}" for verdict in VERDICTS[:-1] if counts[verdict]]
    if report.problems:
        parts.insert(0, f"{len(report.problems)} run problem(s)")
    return f"result: FAILED, {', '.join(parts) or 'nothing to check'} (exit 1)"


def _cause_line(cause: Cause) -> str:
    shown = ", ".join(cause.operations[:2]) + (f" +{len(cause.operations) - 2}" if len(cause.operations) > 2 else "")
    return f"{cause.headline} [{shown}; {_count(cause)}]"


def _count(cause: Cause) -> str:
    operations = f"{len(cause.operations)} operations, " if len(cause.operations) > 1 else ""
    return operations + _plural(cause.count, "request")


def _what(report: FuzzReport) -> str:
    """Count operations and websocket channels (``WS <path>``) apart."""
    channels = sum(1 for label in report.operations if label.startswith("WS "))
    what = _plural(len(report.operations) - channels, "operation")
    return what + (f" and {_plural(channels, 'websocket channel')}" if channels else "")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _cause_details(report: FuzzReport, index: int, cause: Cause) -> list[str]:
    lines = [f"[{index}] {cause.headline}"]
    for finding in report.findings:
        if finding.headline == cause.headline and finding.kind == cause.kind:
            lines.append(f"    {finding.operation}: {_plural(finding.count, 'request')}")
    detail = next((f.detail for f in report.findings if f.headline == cause.headline and f.detail), "")
    lines += [f"      {line}" for line in detail.splitlines() if line.strip()]
    if cause.curl:
        lines.append(f"    reproduce: {cause.curl}")
    return lines


def _table(report: FuzzReport) -> list[str]:
    width = max([len(result.operation) for result in report.operations.values()] + [9])
    lines = [f"  {'operation':<{width}}  {'verdict':<21}  {'requests':>8}  {'time':>6}  statuses / why"]
    for result in _ordered(report):
        why = f"{_statuses(result)}  {result.reason}".strip()
        lines.append(
            f"  {result.operation:<{width}}  {result.verdict:<21}  {result.requests:>8}  "
            f"{result.duration:>5.1f}s  {why}"
        )
    return lines


def _ordered(report: FuzzReport) -> list[OperationResult]:
    return sorted(report.operations.values(), key=lambda r: (r.operation.split(" ", 1)[-1], r.operation))


def _statuses(result: OperationResult) -> str:
    text = " ".join(f"{code}x{count}" for code, count in sorted(result.statuses.items()))
    if result.network_errors:
        text += f" no-answer x{result.network_errors}"
    if result.other_methods:
        text += " (other methods: " + " ".join(f"{c}x{n}" for c, n in sorted(result.other_methods.items())) + ")"
    return text.strip()
