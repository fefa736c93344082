"""One change between two versions of an API, as data: its level, what kind it is, where, and what to do about it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["LEVELS", "Change", "Level", "ordered", "worst"]

Level = Literal["breaking", "non-breaking", "info"]
LEVELS: tuple[Level, ...] = ("breaking", "non-breaking", "info")


@dataclass(frozen=True)
class Change:
    """A change of the wire contract or of the generated Python API.

    Args:
        level: ``breaking`` when callers written against the old version can fail, ``non-breaking`` for additions
            and relaxations, ``info`` for what no caller can notice.
        kind: A stable name of the class of change (``parameter-added``, ``python-function-removed``, ...).
        operation: The operation it belongs to (``GET /users/{id}``); ``""`` for the document or the package.
        pointer: The JSON pointer of the node in the new document (in the old one for what was removed).
        message: One sentence for people.
        python: The dotted Python name of the object it is about (Python API changes only).
        hint: How calling code migrates, e.g. ``get_user.sync(user_id: str)`` -> ``get_user.sync(user_id: int)``.
    """

    level: Level
    kind: str
    operation: str
    pointer: str
    message: str
    python: str = ""
    hint: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return {key: value for key, value in data.items() if value or key in ("operation", "pointer")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        level = str(data.get("level"))
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}")
        text = {key: str(data.get(key, "")) for key in ("kind", "operation", "pointer", "message", "python", "hint")}
        return cls(level, **text)

    @property
    def sort_key(self) -> tuple[int, str, bool, str, str, str]:
        return (LEVELS.index(self.level), self.operation, bool(self.python), self.pointer, self.python, self.message)


def ordered(changes: Iterable[Change]) -> list[Change]:
    """Changes without duplicates, breaking first, then by operation and place."""
    return sorted(set(changes), key=lambda change: change.sort_key)


def worst(changes: Iterable[Change]) -> Level | None:
    """The highest level among the changes, None when there are none."""
    levels = {change.level for change in changes}
    return next((level for level in LEVELS if level in levels), None)
