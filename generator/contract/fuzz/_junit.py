"""JUnit XML for a fuzzing report: one test case per operation, with its real duration and its verdict.

``ok`` passes; ``failed``, ``not found at this URL`` and ``unauthenticated`` (with credentials given) fail, one
``<failure>`` per finding; ``not run`` and ``unauthenticated`` without credentials are skipped, with why.
Problems of the whole run go to the suite's ``<system-err>`` and its ``run-failure`` property.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from generator.contract.fuzz._report import NOT_RUN, OK, UNAUTHENTICATED, FuzzReport, OperationResult

__all__ = ["junit_xml", "write_junit"]


def junit_xml(reports: list[FuzzReport]) -> str:
    """Return the JUnit XML document for one or more reports (one test suite each)."""
    root = ET.Element("testsuites", name="contract-fuzz")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for report in reports:
        suite = ET.SubElement(root, "testsuite", name=f"fuzz.{report.family}")
        properties = ET.SubElement(suite, "properties")
        values = [("target", report.target), ("seed", report.seed), ("stopped", report.stop_reason)]
        values += [("run-failure", problem.message) for problem in report.problems]
        for name, value in values:
            ET.SubElement(properties, "property", name=name, value=str(value))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for name in sorted(report.operations):
            counts["tests"] += 1
            outcome = _case(suite, report, report.operations[name])
            if outcome:
                counts[outcome] += 1
        if report.problems:
            ET.SubElement(suite, "system-err").text = "\n".join(problem.message for problem in report.problems)
        suite.set("time", f"{report.duration:.3f}")
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _case(suite: ET.Element, report: FuzzReport, result: OperationResult) -> str:
    case = ET.SubElement(
        suite, "testcase", classname=f"fuzz.{report.family}", name=result.operation, time=f"{result.duration:.3f}"
    )
    statuses = dict(sorted(result.statuses.items()))
    ET.SubElement(case, "system-out").text = (
        f"verdict: {result.verdict}; requests: {result.requests}; statuses: {statuses}"
        + (f"; {result.reason}" if result.reason else "")
    )
    if result.verdict == OK:
        return ""
    if result.verdict == NOT_RUN or (result.verdict == UNAUTHENTICATED and report.credentials == "none"):
        ET.SubElement(case, "skipped", message=f"{result.verdict}: {result.reason}")
        return "skipped"
    findings = result.findings or []
    if not findings:
        ET.SubElement(case, "failure", type=result.verdict, message=f"{result.verdict}: {result.reason}")
        return "failures"
    for finding in findings:
        tag = "error" if finding.is_error else "failure"
        element = ET.SubElement(case, tag, type=finding.check or finding.kind, message=finding.headline)
        element.text = "\n".join(
            part for part in (finding.detail, f"reproduce: {finding.curl}" if finding.curl else "") if part
        )
    return "errors" if all(finding.is_error for finding in findings) else "failures"


def write_junit(reports: list[FuzzReport], path: Path) -> Path:
    """Write the JUnit XML of reports to ``path`` (creating its folder); return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(junit_xml(reports), encoding="utf-8")
    return path
