"""JUnit XML for a fuzzing report: one test case per operation, one failure per violation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from generator.contract.fuzz._report import FuzzReport, format_violation

__all__ = ["junit_xml", "write_junit"]


def junit_xml(reports: list[FuzzReport]) -> str:
    """Return the JUnit XML document for one or more reports (one test suite each)."""
    root = ET.Element("testsuites", name="contract-fuzz")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for report in reports:
        suite = ET.SubElement(root, "testsuite", name=f"fuzz.{report.family}")
        properties = ET.SubElement(suite, "properties")
        for name, value in (("target", report.target), ("seed", report.seed), ("stopped", report.stop_reason)):
            ET.SubElement(properties, "property", name=name, value=str(value))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        for name in sorted(report.operations):
            summary = report.operations[name]
            case = ET.SubElement(suite, "testcase", classname=f"fuzz.{report.family}", name=name, time="0")
            counts["tests"] += 1
            for violation in summary.violations:
                tag = "error" if violation.is_error else "failure"
                element = ET.SubElement(case, tag, type=violation.check, message=violation.title)
                element.text = format_violation(violation)
            if not summary.passed:
                counts["errors" if all(v.is_error for v in summary.violations) else "failures"] += 1
            statuses = dict(sorted(summary.statuses.items()))
            ET.SubElement(case, "system-out").text = f"requests: {summary.requests}; statuses: {statuses}"
        suite.set("time", f"{report.duration:.3f}")
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(reports: list[FuzzReport], path: Path) -> Path:
    """Write the JUnit XML of reports to ``path`` (creating its folder); return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(junit_xml(reports), encoding="utf-8")
    return path
