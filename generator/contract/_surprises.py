"""What real servers send beyond a spec: bodies derived from schema-valid ones, guided by the schema.

- :func:`only_required`: every object keeps just its required properties (a server that sends what it must);
- :func:`with_unknown_properties`: every open object with named properties gains one the spec does not list;
- :func:`with_unlisted_values`: every value of an open value set (a string with known values as ``examples``)
  becomes one the spec does not list, and with ``closed=True`` every value of an ``enum`` too.

Unions are followed through the branch the value validates against. The mock server adds such surprises to some
of its answers (:class:`Surprises`, seeded), the property tests of the generated clients use all three.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.contract._schemas import Schemas
from generator.spec import pointer

__all__ = ["Surprises", "only_required", "transform", "with_unknown_properties", "with_unlisted_values"]

Visit = Callable[[Any, dict[str, Any], str], Any]

UNKNOWN_PROPERTY = "x_unlisted_field"
UNKNOWN_VALUE = {"added_by": "a newer server", "items": [1, "two", None]}


def transform(schemas: Schemas, at: str, value: Any, visit: Visit) -> Any:
    """Rebuild ``value`` (valid against the schema at pointer ``at``) bottom-up, calling ``visit`` on each node."""
    at = schemas.resolved(at)
    node = schemas.node(at)
    if not isinstance(node, dict):
        return value
    for key in ("anyOf", "oneOf"):
        for index in range(len(node.get(key) or [])):
            branch = at + pointer(key, index)
            if schemas.is_valid(branch, value):
                value = transform(schemas, branch, value, visit)
                break
    for index in range(len(node.get("allOf") or [])):
        value = transform(schemas, at + pointer("allOf", index), value, visit)
    if isinstance(value, dict):
        properties = node.get("properties") or {}
        extra = node.get("additionalProperties")
        value = {
            key: transform(schemas, at + pointer("properties", key), item, visit)
            if key in properties
            else transform(schemas, at + "/additionalProperties", item, visit)
            if isinstance(extra, dict)
            else item
            for key, item in value.items()
        }
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        value = [transform(schemas, at + "/items", item, visit) for item in value]
    return visit(value, node, at)


def only_required(schemas: Schemas, at: str, value: Any) -> Any:
    def visit(value: Any, node: dict[str, Any], _: str) -> Any:
        if isinstance(value, dict) and node.get("properties"):
            required = set(node.get("required") or [])
            return {key: item for key, item in value.items() if key in required or key not in node["properties"]}
        return value

    return transform(schemas, at, copy.deepcopy(value), visit)


def with_unknown_properties(schemas: Schemas, at: str, value: Any) -> Any:
    def visit(value: Any, node: dict[str, Any], _: str) -> Any:
        if isinstance(value, dict) and node.get("properties") and node.get("additionalProperties") is not False:
            return {**value, UNKNOWN_PROPERTY: copy.deepcopy(UNKNOWN_VALUE)}
        return value

    return transform(schemas, at, copy.deepcopy(value), visit)


def with_unlisted_values(schemas: Schemas, at: str, value: Any, *, closed: bool) -> tuple[Any, list[str]]:
    """Return the body with unlisted values in open value sets (and, if ``closed``, in enums), and the values put in.

    Only values of open sets keep the body valid: an unlisted ``enum`` value (``unlisted-enum-<n>``) breaks the
    contract on purpose.
    """
    placed: list[str] = []

    def visit(value: Any, node: dict[str, Any], _: str) -> Any:
        listed = node.get("enum") if closed else None
        is_open = isinstance(node.get("examples"), list) and node.get("type") == "string" and "enum" not in node
        if isinstance(value, str) and isinstance(listed, list):
            placed.append(f"unlisted-enum-{len(placed)}")
        elif isinstance(value, str) and is_open and not {"format", "pattern"} & set(node):
            placed.append(f"unlisted-{len(placed)}")
        else:
            return value
        return placed[-1]

    return transform(schemas, at, copy.deepcopy(value), visit), placed


@dataclass
class Surprises:
    """Seeded surprises a mock adds to its JSON answers, as newer servers do.

    A surprised answer has a property the spec does not list in every open object, and a value outside the
    known ones in every open value set (a string with ``examples``): it still conforms to the spec.

    Args:
        rate: The share of answers that get surprises (0 turns them off).
        unlisted_enums: Also replace enum values with values the spec does not list. The answer then breaks the
            contract on purpose: for suites that test clients, not for conformance checks.
        seed: Seed of the choice which answers get surprises.
    """

    schemas: Schemas
    rate: float
    unlisted_enums: bool = False
    seed: int = 0

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def apply(self, at: str | None, body: Any) -> Any:
        """Return ``body`` (valid against the schema at ``at``), sometimes with surprises."""
        if at is None or self.rate <= 0 or self._random.random() >= self.rate:
            return body
        surprised, _ = with_unlisted_values(
            self.schemas, at, with_unknown_properties(self.schemas, at, body), closed=self.unlisted_enums
        )
        return surprised if self.unlisted_enums or self.schemas.is_valid(at, surprised) else body
