"""Changes for people (Markdown: by level, breaking first, then by operation) and for tools (JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby

from generator.diff._change import LEVELS, Change, ordered

__all__ = ["markdown", "summary", "to_json"]

HEADINGS = {"breaking": "Breaking changes", "non-breaking": "Non-breaking changes", "info": "Other changes"}


def summary(changes: Sequence[Change]) -> str:
    """``2 breaking, 1 non-breaking, 0 informational changes``."""
    counts = {level: sum(change.level == level for change in changes) for level in LEVELS}
    return (
        f"{counts['breaking']} breaking, {counts['non-breaking']} non-breaking, {counts['info']} informational changes"
    )


def markdown(changes: Sequence[Change], *, depth: int = 2) -> str:
    """Sections per level (breaking first), a sub-section per operation, one bullet per change with its hint."""
    if not changes:
        return "No changes.\n"
    lines: list[str] = []
    for level, of_level in groupby(ordered(changes), key=lambda change: change.level):
        lines += [f"{'#' * depth} {HEADINGS[level]}", ""]
        for group, of_group in groupby(of_level, key=_group):
            lines += [f"{'#' * (depth + 1)} {group}", ""]
            for change in of_group:
                lines.append(f"- {change.message}")
                if change.hint:
                    lines.append(f"  - migrate: {change.hint}")
            lines.append("")
    return "\n".join(lines)


def to_json(changes: Sequence[Change], **extra: object) -> str:
    """``{"changes": [{"level", "kind", "operation", "pointer", "message", ...}], ...}``."""
    document = {**extra, "changes": [change.to_json() for change in ordered(changes)]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _group(change: Change) -> str:
    if change.operation:
        return f"`{change.operation}`"
    return "Python package" if change.python else "Whole API"
