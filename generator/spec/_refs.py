"""The one ``$ref`` resolver: local references looked up with ``referencing``, chains followed with a cycle guard.

Every consumer (the model builder, lint, JSON Schema validation in lint and the mock) shares one registry per
document, so references resolve the same way everywhere.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from generator.spec._pointer import pointer, ref_pointer, split

__all__ = ["SPEC_URI", "Resolver"]

SPEC_URI = "urn:openapi-document"
MISSING: Any = object()
_POINTER_SAFE = "/~!$&'()*+,;=:@"


class Resolver:
    """Resolve JSON pointers and local ``$ref`` chains within one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        self._resolver = self.registry.resolver(SPEC_URI)

    def node(self, at: str) -> Any:
        """Return the node at a JSON pointer, or None when there is none."""
        found = self._lookup(at)
        return None if found is MISSING else found

    def exists(self, ref: str) -> bool:
        """Whether a ``$ref`` value points at a node of this document."""
        at = ref_pointer(ref)
        return at is not None and self._lookup(at) is not MISSING

    def resolve(self, node: Any, at: str) -> tuple[Any, str]:
        """Follow a chain of ``$ref`` from ``node`` (found at ``at``); return the node reached and its pointer.

        A dangling, external or circular chain gives ``(None, at)`` with ``at`` the last pointer reached.
        """
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            target = ref_pointer(node["$ref"]) if isinstance(node["$ref"], str) else None
            if target is None or target in seen:
                return None, at
            seen.add(target)
            found = self._lookup(target)
            if found is MISSING:
                return None, at
            node, at = found, target
        return node, at

    def resolved(self, at: str) -> tuple[Any, str]:
        """Resolve the node at a pointer: ``resolve(node(at), at)``."""
        return self.resolve(self.node(at), at)

    def physical(self, at: str) -> str:
        """Map a pointer that passes through ``$ref`` nodes to the pointer of the node it reaches in the document.

        Validators report paths like ``.../schema/properties/name`` where ``schema`` is a ``$ref``; the finding
        belongs where ``name`` is written, ``/components/schemas/Thing/properties/name``.
        """
        node: Any = self.document
        where = ""
        for part in split(at):
            if isinstance(node, dict) and part not in node and "$ref" in node:
                node, where = self.resolve(node, where)
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return where + pointer(part)
            where += pointer(part)
        return where

    def _lookup(self, at: str) -> Any:
        try:
            return self._resolver.lookup(f"{SPEC_URI}#{quote(at, safe=_POINTER_SAFE)}").contents
        except (Unresolvable, ValueError, TypeError, IndexError, KeyError):
            return MISSING
