"""Findings: what lint, generate and check report, as data. The CLI prints them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Finding:
    """One problem, located by file, line, column and JSON pointer, named by the rule that found it.

    ``severity`` is ``error`` for what refuses a document, ``warning`` for what a lenient run degrades or drops
    (refused with ``--strict``), ``note`` for a decision taken on the user's behalf (a renamed class, say).
    """

    file: str
    pointer: str
    rule: str
    message: str
    line: int = 0
    column: int = 0
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.file + (f":{self.line}:{self.column}" if self.line else "")
        label = self.rule if self.severity == "error" else f"{self.severity}: {self.rule}"
        at = f"#{self.pointer}" if self.pointer else ""
        return f"{where}{at}: [{label}] {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.file, self.line, self.column, self.pointer, self.rule, self.message)


def ordered(findings: list[Finding]) -> list[Finding]:
    """Return findings without duplicates, in file and line order."""
    return sorted(set(findings), key=lambda finding: finding.sort_key)


def relative(path: Path) -> str:
    """Return path relative to the working directory when it is below it, for short messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
