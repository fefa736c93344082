"""A family's spec as the contract tools see it: the typed model of :mod:`generator.spec` plus the family.

The mock and the fuzzer read everything about the document from :class:`~generator.spec.Spec`; this module only
adds what the family registry knows (its error shape, how it logs in).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.families import Family
from generator.spec import (
    Header,
    Link,
    Media,
    Operation,
    Parameter,
    Response,
    SecurityScheme,
    Spec,
    from_document,
    load,
    pointer,
)

__all__ = [
    "Api",
    "Header",
    "Link",
    "Media",
    "Operation",
    "Parameter",
    "Response",
    "build_api",
    "load_api",
]


@dataclass(frozen=True)
class Api:
    """A family's spec, loaded once, with the family it belongs to."""

    family: Family
    spec: Spec

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    @property
    def operations(self) -> tuple[Operation, ...]:
        return self.spec.operations

    @property
    def base_path(self) -> str:
        return self.spec.base_path

    @cached_property
    def by_id(self) -> dict[str, Operation]:
        return {operation.name: operation for operation in self.spec.operations}

    @property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        return self.spec.security_schemes

    @property
    def error_schema(self) -> str:
        return pointer("components", "schemas", self.family.error_schemas[0])

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """Find the operation for a request; returns (operation, raw path parameters, allowed methods)."""
        return self.spec.route(method, path)

    def strip_base(self, path: str) -> str | None:
        return self.spec.strip_base(path)


def load_api(family: Family) -> Api:
    """Load a family's spec into an :class:`Api` (once per file version).

    Raises:
        generator.spec.SpecError: The spec cannot be read.
    """
    return Api(family, load(family.spec_path))


def build_api(family: Family, document: dict[str, Any]) -> Api:
    """Build an :class:`Api` from an already loaded document."""
    return Api(family, from_document(document, family.spec))
