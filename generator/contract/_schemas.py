"""JSON Schema validation against schemas that live inside the OpenAPI document, named by JSON pointer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from generator.spec import SPEC_URI, Spec, resolver_for

__all__ = ["Problem", "Schemas", "FORMATS"]

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
_URI_REFERENCE = re.compile(r"^[^\s]*$")


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


def _is_uri_reference(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI_REFERENCE.match(value))


FORMATS = FormatChecker()
FORMATS.checks("uri")(_is_uri)
FORMATS.checks("uri-reference")(_is_uri_reference)


@dataclass(frozen=True)
class Problem:
    """One reason a value does not match its schema: where (``loc``), what, and a machine-readable kind."""

    loc: tuple[str | int, ...]
    message: str
    kind: str = "value_error"


class Schemas:
    """Validators for the schemas of one document, built once per pointer."""

    def __init__(self, source: Spec | dict[str, Any]) -> None:
        self.document = source.document if isinstance(source, Spec) else source
        self.resolver = source.resolver if isinstance(source, Spec) else resolver_for(source)
        self._validators: dict[str, Draft202012Validator] = {}

    def node(self, at: str) -> Any:
        """Return the schema at a pointer, following ``$ref`` chains."""
        return self.resolver.resolved(at)[0]

    def resolved(self, at: str) -> str:
        """Return the pointer reached from ``at`` by following ``$ref`` chains."""
        return self.resolver.resolved(at)[1]

    def validator(self, at: str) -> Draft202012Validator:
        if at not in self._validators:
            self._validators[at] = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{at}"}, registry=self.resolver.registry, format_checker=FORMATS
            )
        return self._validators[at]

    def is_valid(self, at: str, instance: Any) -> bool:
        return bool(self.validator(at).is_valid(instance))

    def problems(self, at: str, instance: Any, loc: tuple[str | int, ...] = ()) -> list[Problem]:
        """Validate an instance; every error becomes a :class:`Problem` located under ``loc``."""
        found = []
        for error in self.validator(at).iter_errors(instance):
            where = loc + tuple(error.absolute_path)
            found.append(Problem(where, error.message, f"{error.validator}_error"))
        return found
