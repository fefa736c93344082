"""JSON pointers (RFC 6901): the one place that escapes and unescapes their parts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

__all__ = ["join", "pointer", "ref_pointer", "split", "value_at"]


def pointer(*parts: object) -> str:
    """Build a JSON pointer from path parts: ``pointer("paths", "/things", "get")`` is ``/paths/~1things/get``."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def split(at: str) -> list[str]:
    """Return the unescaped parts of a JSON pointer (``""`` is the whole document)."""
    return [part.replace("~1", "/").replace("~0", "~") for part in at.split("/")[1:]] if at else []


def join(base: str, parts: Iterable[object]) -> str:
    """Extend a pointer with more parts."""
    return base + pointer(*parts)


def ref_pointer(ref: str) -> str | None:
    """Return the pointer of a local reference (``#/components/...``), or None for any other reference."""
    if ref == "#":
        return ""
    return unquote(ref[1:]) if ref.startswith("#/") else None


def value_at(data: Any, at: str) -> Any:
    """Return the value at a JSON pointer in plain data (a response body, say), or None."""
    node = data
    for part in split(at):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node
