"""Findings: what lint, generate and check report, as data. The CLI prints them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Finding:
    """One problem, located by file and JSON pointer, named by the rule that found it."""

    file: str
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}: [{self.rule}] {self.message}"


def relative(path: Path) -> str:
    """Return path relative to the working directory when it is below it, for short messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def pointer(*parts: object) -> str:
    """Build a JSON pointer (RFC 6901) from path parts."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)
