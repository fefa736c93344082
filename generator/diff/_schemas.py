"""Compare two JSON schemas of the same place in two documents, in the direction the data travels.

A request schema must accept at least what it accepted before: narrowing it (a type, format, enum value or bound
taken away, a field made required) breaks callers. A response schema must produce nothing its readers have not
seen before: widening it breaks them, except where our clients are liberal by design (unknown fields and, as
forward-compatible clients, enum values they do not know).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diff._change import Change, Level
from generator.spec import Spec, pointer

__all__ = ["Direction", "SchemaComparison"]

Direction = Literal["request", "response"]
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
COMPONENT = "/components/schemas/"
ENUM_NOTE = "our forward-compatible clients accept values they do not know"


def narrowing(direction: Direction) -> Level:
    """The level of a change that accepts less: breaks senders, not readers."""
    return "breaking" if direction == "request" else "non-breaking"


def widening(direction: Direction) -> Level:
    """The level of a change that allows more: breaks readers, not senders."""
    return "non-breaking" if direction == "request" else "breaking"


@dataclass
class SchemaComparison:
    """Walk two schemas side by side and report each difference as a :class:`Change` of one operation."""

    old: Spec
    new: Spec
    operation: str
    seen: set[tuple[str, str, str]] = field(default_factory=set)
    changes: list[Change] = field(default_factory=list)

    def compare(self, old_at: str | None, new_at: str | None, direction: Direction, place: str, path: str = "") -> None:
        """Compare the schemas at two pointers (either may be None: no schema, anything goes).

        ``place`` names where the schema is used (``response 200``), ``path`` the field inside it (``items[].id``).
        """
        where = f"{place} field `{path}`" if path else place
        old, old_at = self._resolved(self.old, old_at)
        new, new_at = self._resolved(self.new, new_at)
        key = (old_at, new_at, direction)
        if key in self.seen:
            return
        self.seen.add(key)
        for check in (self._types, self._format, self._enum, self._bounds, self._default):
            check(old, new, old_at, new_at, direction, where)
        self._variants(old, new, old_at, new_at, direction, place, path)
        self._properties(old, new, old_at, new_at, direction, place, path)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare(old_at + "/items", new_at + "/items", direction, place, f"{path}[]")

    # ------------------------------------------------------------------------------------------- scalars

    def _types(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, where: str
    ) -> None:
        before, after = _types(old), _types(new)
        if before is None and after is None or before == after:
            return
        if before is None or after is None:
            level = narrowing(d) if before is None else widening(d)
            kind = "type-narrowed" if before is None else "type-widened"
            self._add(level, kind, new_at, f"{where}: type {_show(before)} -> {_show(after)}")
            return
        if ("null" in before) != ("null" in after):
            added = "null" in after
            level = widening(d) if added else narrowing(d)
            effect = ("may now be null" if d == "response" else "now accepts null") if added else "no longer null"
            kind = "nullable-added" if added else "nullable-removed"
            self._add(level, kind, new_at, f"{where}: {effect} ({_show(before)} -> {_show(after)})")
        before, after = before - {"null"}, after - {"null"}
        if before == after:
            return
        gained, lost = _uncovered(after, before), _uncovered(before, after)
        message = f"{where}: type {_show(before)} -> {_show(after)}"
        if lost and gained:
            self._add("breaking", "type-changed", new_at, message)
        elif lost:
            self._add(narrowing(d), "type-narrowed", new_at, message)
        elif gained:
            self._add(widening(d), "type-widened", new_at, message)
        else:
            self._add("info", "type-changed", new_at, message)

    def _format(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, where: str
    ) -> None:
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        message = f"{where}: format {before or '(none)'} -> {after or '(none)'}"
        if before is None:
            self._add(narrowing(d), "format-narrowed", new_at, message)
        elif after is None:
            self._add(widening(d), "format-widened", new_at, message)
        else:
            self._add("breaking", "format-changed", new_at, message)

    def _enum(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, where: str
    ) -> None:
        before, after = _enum(old), _enum(new)
        if before == after:
            return
        note = f": {ENUM_NOTE}" if d == "response" else ""
        if before is None or after is None:
            if before is None:
                self._add(narrowing(d), "enum-added", new_at, f"{where}: now limited to {_values(after or {})}")
            else:
                level = "non-breaking" if d == "response" else widening(d)
                self._add(level, "enum-removed", new_at, f"{where}: no longer limited to {_values(before)}{note}")
            return
        gained, lost = after.keys() - before.keys(), before.keys() - after.keys()
        if lost:
            self._add(
                narrowing(d), "enum-value-removed", new_at, f"{where}: enum value(s) {_values(before, lost)} removed"
            )
        if gained:
            values = _values(after, gained)
            self._add("non-breaking", "enum-value-added", new_at, f"{where}: enum value(s) {values} added{note}")

    def _bounds(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, where: str
    ) -> None:
        for name in (*LOWER_BOUNDS, *UPPER_BOUNDS, "multipleOf", "pattern", "uniqueItems"):
            before, after = old.get(name), new.get(name)
            if before == after or (name == "uniqueItems" and bool(before) == bool(after)):
                continue
            tighter = _tighter(name, before, after)
            message = f"{where}: {name} {_text(before)} -> {_text(after)}"
            if tighter is None:
                self._add("breaking", f"{'pattern' if name == 'pattern' else 'bounds'}-changed", new_at, message)
            elif tighter:
                self._add(narrowing(d), "bounds-narrowed", new_at, message)
            else:
                self._add(widening(d), "bounds-widened", new_at, message)

    def _default(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, where: str
    ) -> None:
        if d == "request" and old.get("default") != new.get("default") and ("default" in old or "default" in new):
            message = f"{where}: default {_text(old.get('default'))} -> {_text(new.get('default'))}"
            self._add("info", "default-changed", new_at, message)

    # ------------------------------------------------------------------------------------ composite types

    def _variants(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, place: str, path: str
    ) -> None:
        where = f"{place} field `{path}`" if path else place
        for keyword in ("oneOf", "anyOf"):
            before, after = _branches(old, old_at, keyword), _branches(new, new_at, keyword)
            if not before and not after:
                continue
            if not before or not after:
                change = "introduced" if after else "removed"
                message = f"{where}: {keyword} {change} ({_names(before)} -> {_names(after)})"
                self._add("breaking", "composition-changed", new_at, message)
                continue
            for name in after.keys() - before.keys():
                effect = "may now be" if d == "response" else "now accepts"
                self._add(widening(d), "variant-added", after[name], f"{where}: {keyword} {effect} {name}")
            for name in before.keys() - after.keys():
                effect = "no longer" if d == "response" else "no longer accepts"
                self._add(narrowing(d), "variant-removed", new_at, f"{where}: {keyword} {effect} {name}")
            for name in sorted(before.keys() & after.keys()):
                if path:
                    self.compare(before[name], after[name], d, place, f"{path}<{name}>")
                else:
                    self.compare(before[name], after[name], d, f"{place} ({keyword} {name})")
        before_parts, after_parts = _branches(old, old_at, "allOf"), _branches(new, new_at, "allOf")
        for name in sorted(after_parts.keys() - before_parts.keys()):
            self._add("info", "all-of-changed", new_at, f"{where}: allOf now includes {name}")
        for name in sorted(before_parts.keys() - after_parts.keys()):
            self._add("info", "all-of-changed", new_at, f"{where}: allOf no longer includes {name}")

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, place: str, path: str
    ) -> None:
        before, before_required = self._object(self.old, old, old_at)
        after, after_required = self._object(self.new, new, new_at)
        skip = "readOnly" if d == "request" else "writeOnly"
        for name in sorted(before.keys() | after.keys()):
            field_path = f"{path}.{name}" if path else name
            field_where = f"{place} field `{field_path}`"
            if name not in after:
                if not self._flag(self.old, before[name], skip):
                    self._removed_property(d, new, before[name], field_where)
            elif name not in before:
                if not self._flag(self.new, after[name], skip):
                    self._added_property(d, name in after_required, after[name], field_where)
            else:
                if self._flag(self.new, after[name], skip) and self._flag(self.old, before[name], skip):
                    continue
                self._required(d, name in before_required, name in after_required, after[name], field_where)
                self.compare(before[name], after[name], d, place, field_path)
        self._additional(old, new, old_at, new_at, d, place, path)

    def _removed_property(self, d: Direction, new: dict[str, Any], at: str, where: str) -> None:
        if d == "response":
            self._add("breaking", "property-removed", at, f"{where} removed: clients can no longer read it")
        elif new.get("additionalProperties") is False:
            self._add("breaking", "property-removed", at, f"{where} removed, and unknown fields are refused")
        else:
            self._add("non-breaking", "property-removed", at, f"{where} removed: servers ignore it when sent")

    def _added_property(self, d: Direction, required: bool, at: str, where: str) -> None:
        if d == "request" and required:
            self._add("breaking", "property-added", at, f"{where} added, required: every request must send it")
        elif d == "request":
            self._add("non-breaking", "property-added", at, f"{where} added, optional")
        else:
            self._add("non-breaking", "property-added", at, f"{where} added")

    def _required(self, d: Direction, before: bool, after: bool, at: str, where: str) -> None:
        if before == after:
            return
        if after:
            level = narrowing(d)
            message = f"{where} is now required" + (": every request must send it" if d == "request" else "")
            self._add(level, "property-required", at, message)
        else:
            level = widening(d)
            message = f"{where} is now optional" + (": responses may leave it out" if d == "response" else "")
            self._add(level, "property-optional", at, message)

    def _additional(
        self, old: dict[str, Any], new: dict[str, Any], old_at: str, new_at: str, d: Direction, place: str, path: str
    ) -> None:
        where = f"{place} field `{path}`" if path else place
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(before, dict) and isinstance(after, dict):
            self.compare(old_at + "/additionalProperties", new_at + "/additionalProperties", d, place, f"{path}{{*}}")
        elif (before is False) != (after is False) and "properties" in old | new:
            refused = after is False
            level = narrowing(d) if refused else "non-breaking"
            message = f"{where}: unknown fields {'refused' if refused else 'now allowed'}"
            self._add(level, "additional-properties-changed", new_at, message)

    # ------------------------------------------------------------------------------------------- helpers

    def _object(self, spec: Spec, schema: dict[str, Any], at: str) -> tuple[dict[str, str], set[str]]:
        """Property name -> pointer, and the required names, of an object schema with its ``allOf`` parts."""
        properties = {str(name): at + pointer("properties", name) for name in _mapping(schema.get("properties"))}
        required = {str(name) for name in schema.get("required") or () if isinstance(name, str)}
        for index, _ in enumerate(schema.get("allOf") or ()):
            part, part_at = self._resolved(spec, at + pointer("allOf", index))
            if part_at == at:
                continue
            more, more_required = self._object(spec, part, part_at)
            properties = more | properties
            required |= more_required
        return properties, required

    def _flag(self, spec: Spec, at: str, name: str) -> bool:
        return bool(self._resolved(spec, at)[0].get(name))

    @staticmethod
    def _resolved(spec: Spec, at: str | None) -> tuple[dict[str, Any], str]:
        if at is None:
            return {}, ""
        node, resolved_at = spec.resolver.resolved(at)
        return (node if isinstance(node, dict) else {}), resolved_at

    def _add(self, level: Level, kind: str, at: str, message: str) -> None:
        self.changes.append(Change(level, kind, self.operation, at, message))


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows (``null`` included when nullable); None when it does not say."""
    raw = schema.get("type")
    if isinstance(raw, str):
        found = {raw}
    elif isinstance(raw, list):
        found = {str(entry) for entry in raw}
    elif "properties" in schema or "additionalProperties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    else:
        return None
    if schema.get("nullable") is True:
        found.add("null")
    return frozenset(found)


def _uncovered(types: frozenset[str], by: frozenset[str]) -> set[str]:
    """The types of ``types`` that ``by`` does not allow (an integer is a number)."""
    return {kind for kind in types if kind not in by and not (kind == "integer" and "number" in by)}


def _enum(schema: dict[str, Any]) -> dict[str, Any] | None:
    if "const" in schema:
        values = [schema["const"]]
    elif isinstance(schema.get("enum"), list):
        values = schema["enum"]
    else:
        return None
    return {json.dumps(value, sort_keys=True): value for value in values if value is not None}


def _branches(schema: dict[str, Any], at: str, keyword: str) -> dict[str, str]:
    """Variant name (the component it refers to, else its position) -> pointer."""
    found = {}
    for index, entry in enumerate(schema.get(keyword) or ()):
        ref = _mapping(entry).get("$ref")
        name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) and COMPONENT in ref else f"#{index}"
        if _mapping(entry).get("type") == "null":
            name = "null"
        found[name] = at + pointer(keyword, index)
    return found


def _tighter(name: str, before: Any, after: Any) -> bool | None:
    """Whether the new value of a keyword allows less (True), more (False), or something else (None)."""
    if before is None or before is False:
        return True
    if after is None or after is False:
        return False
    if name in ("pattern",):
        return None
    if name == "uniqueItems":
        return bool(after)
    if not all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in (before, after)):
        return None
    if name == "multipleOf":
        if after % before and before % after:
            return None
        return bool(after % before == 0 and after != before)
    return bool(after > before) if name in LOWER_BOUNDS else bool(after < before)


def _show(types: frozenset[str] | None) -> str:
    return "any" if types is None else " or ".join(sorted(types)) or "any"


def _values(values: dict[str, Any], keys: Iterable[str] | None = None) -> str:
    chosen = sorted(values) if keys is None else sorted(keys)
    return ", ".join(chosen)


def _names(branches: dict[str, str]) -> str:
    return ", ".join(sorted(branches)) or "(none)"


def _text(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, sort_keys=True)
