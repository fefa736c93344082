"""The one reading of an OpenAPI document (YAML or JSON, 3.0 or 3.1): lint, generation, mock and fuzzer share it.

``load(path)`` reads a file into a :class:`Spec`: operations with their parameters, bodies and responses, security
schemes, pagination, event streams, websocket channels, long-running jobs, examples and references, each located by
JSON pointer, file, line and column. Problems met on the way are :class:`~generator.findings.Finding` objects.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from generator.spec._build import build
from generator.spec._model import (
    HTTP_METHODS,
    Body,
    Bounds,
    Channel,
    ChannelAuth,
    Example,
    Header,
    Job,
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
    "Channel",
    "ChannelAuth",
    "Example",
    "Header",
    "Job",
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
