"""The one reading of an OpenAPI document (YAML or JSON, 3.0 or 3.1): lint, generation, mock and fuzzer share it.

``load(path)`` reads a file into a :class:`Spec`: operations with their parameters, bodies and responses, security
schemes, pagination, event streams, websocket channels, long-running jobs, examples and references, each located by
JSON pointer, file, line and column. Problems met on the way are :class:`~generator.findings.Finding` objects.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.spec._build import build
from generator.spec._model import (
    HTTP_METHODS,
    Body,
    Bounds,
    Example,
    Header,
    Link,
    Media,
    OAuthFlow,
    Operation,
    Pagination,
    Parameter,
    Ref,
    Response,
    SecurityScheme,
    Spec,
    StreamEvent,
)
from generator.spec._pointer import pointer, ref_pointer, split, value_at
from generator.spec._refs import SPEC_URI, Resolver
from generator.spec._source import Source, SpecError, read

__all__ = [
    "HTTP_METHODS",
    "SPEC_URI",
    "Body",
    "Bounds",
    "Example",
    "Header",
    "Link",
    "Media",
    "OAuthFlow",
    "Operation",
    "Pagination",
    "Parameter",
    "Ref",
    "Resolver",
    "Response",
    "SecurityScheme",
    "Source",
    "Spec",
    "SpecError",
    "StreamEvent",
    "from_document",
    "load",
    "pointer",
    "read",
    "ref_pointer",
    "lookup",
    "operations",
    "resolve",
    "resolver_for",
    "split",
    "value_at",
]


def load(path: Path) -> Spec:
    """Read a document into a :class:`Spec` (cached per file version: a spec is never modified).

    Raises:
        SpecError: The file cannot be read, is not YAML or JSON, or not a mapping.
    """
    try:
        stat = path.stat()
    except OSError:
        return _load(path, 0, 0)
    return _load(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _load(path: Path, mtime_ns: int, size: int) -> Spec:
    del mtime_ns, size  # part of the cache key only
    source, document = read(path)
    return build(source, document)


def from_document(document: dict[str, Any], name: str = "<document>") -> Spec:
    """Read an already loaded document (a test's, or one made by a program) into a :class:`Spec`."""
    return build(Source(name, "", is_json=True), document)


_RESOLVERS: dict[int, tuple[dict[str, Any], Resolver]] = {}


def resolver_for(document: dict[str, Any]) -> Resolver:
    """The resolver of a document held as plain data (one per document object, the last few kept)."""
    found = _RESOLVERS.get(id(document))
    if found is not None and found[0] is document:
        return found[1]
    if len(_RESOLVERS) >= 8:
        del _RESOLVERS[next(iter(_RESOLVERS))]
    resolver = Resolver(document)
    _RESOLVERS[id(document)] = (document, resolver)
    return resolver


def lookup(data: Any, ref: str) -> Any:
    """The node a local ``#/...`` reference names in ``data`` (a document or any JSON value), without following
    ``$ref``s; None when there is none. For modules that read extensions the typed model does not cover."""
    at = ref_pointer(ref)
    return None if at is None else value_at(data, at)


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow a chain of ``$ref``s from ``node`` with the document's one resolver; None when it dangles or loops."""
    return resolver_for(document).resolve(node, "")[0] if isinstance(node, dict) else node


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """Yield (path, method, operation, JSON pointer) for every operation of a document held as plain data."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(path), method, operation, pointer("paths", path, method)
