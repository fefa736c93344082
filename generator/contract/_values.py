"""Build one plausible value for a JSON Schema, deterministically: the fallback where a spec has no example."""

from __future__ import annotations

import functools
import importlib
import json
import math
import re
from typing import Any

from generator.spec import Resolver, Spec, resolver_for

__all__ = ["synthesize", "FORMAT_SAMPLES"]

sre_parse: Any = importlib.import_module("re._parser")  # the stdlib regex parser (the sre_parse alias is deprecated)

MAX_DEPTH = 8
FORMAT_SAMPLES: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "uri": "https://example.com/resource",
    "uri-reference": "/resource",
    "url": "https://example.com/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "binary": "content",
    "byte": "Y29udGVudA==",
    "password": "Password123!",
}


def synthesize(source: Spec | Resolver | dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """Return a value for ``schema`` (a schema node of the document), preferring its own examples."""
    document = _resolver(source)
    schema = document.resolve(schema, "")[0] if isinstance(schema, dict) else schema
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return None
    for key in ("const", "example", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synthesize(document, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged | (_object(document, schema, depth) if "properties" in schema else {})
    for key in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(key) or [] if _resolve(document, b) != {"type": "null"}]
        if branches:
            return synthesize(document, branches[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
    return _BY_TYPE.get(str(kind), lambda d, s, n: None)(document, schema, depth)


def _resolver(source: Spec | Resolver | dict[str, Any]) -> Resolver:
    if isinstance(source, Spec):
        return source.resolver
    return source if isinstance(source, Resolver) else resolver_for(source)


def _resolve(document: Resolver, schema: Any) -> Any:
    return document.resolve(schema, "")[0] if isinstance(schema, dict) else schema


def _object(document: Resolver, schema: dict[str, Any], depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    required = list(schema.get("required") or [])
    names = required + [name for name in properties if name not in required and depth < 2]
    value = {name: synthesize(document, properties.get(name, {}), depth + 1) for name in names}
    minimum = int(schema.get("minProperties", 0))
    extra = schema.get("additionalProperties")
    index = 0
    while len(value) < minimum and extra is not False:
        value[f"key{index}"] = synthesize(document, extra if isinstance(extra, dict) else {}, depth + 1)
        index += 1
    return value


def _array(document: Resolver, schema: dict[str, Any], depth: int) -> list[Any]:
    count = max(int(schema.get("minItems", 0)), 1)
    if "maxItems" in schema:
        count = min(count, int(schema["maxItems"]))
    prefix = schema.get("prefixItems") or []
    items = [synthesize(document, part, depth + 1) for part in prefix[:count]]
    item_schema = schema.get("items", {})
    while len(items) < count:
        item = synthesize(document, item_schema, depth + 1)
        if schema.get("uniqueItems") and item in items:
            item = f"{item}{len(items)}" if isinstance(item, str) else item
            if item in items:
                break
        items.append(item)
    return items


def _string(document: Resolver, schema: dict[str, Any], depth: int) -> str:
    content_schema = schema.get("contentSchema")
    if content_schema is not None:
        return json.dumps(synthesize(document, content_schema, depth + 1), separators=(",", ":"))
    minimum = int(schema.get("minLength", 0))
    if isinstance(schema.get("pattern"), str):
        found = _matching(schema["pattern"], minimum, schema.get("maxLength"))
        if found is not None:
            return found
    value = FORMAT_SAMPLES.get(str(schema.get("format", "")), "string")
    if len(value) < minimum:
        value = value + "x" * (minimum - len(value))
    if "maxLength" in schema:
        value = value[: int(schema["maxLength"])]
    return value


@functools.lru_cache(maxsize=256)
def _matching(pattern: str, minimum: int, maximum: int | None) -> str | None:
    """Return a short string matching a pattern within the length bounds, or None when none is found."""
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except re.error:
        return None
    for repeat in range(0, max(minimum, 1) + 8):
        text = _from_regex(list(parsed), repeat)
        if text is not None and compiled.search(text) and minimum <= len(text) <= (maximum or len(text)):
            return text
    return None


def _from_regex(items: list[Any], repeat: int) -> str | None:
    out = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(value))
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_from_class(value))
        elif name == "BRANCH":
            out.append(_from_regex(list(value[1][0]), repeat) or "")
        elif name == "SUBPATTERN":
            out.append(_from_regex(list(value[-1]), repeat) or "")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = value
            count = max(low, min(repeat, high))
            out.append((_from_regex(list(body), repeat) or "") * count)
        elif name == "CATEGORY":
            out.append(_CATEGORIES.get(str(value), "a"))
        elif name not in ("AT", "GROUPREF", "ASSERT", "ASSERT_NOT"):
            return None
    return "".join(out)


def _from_class(items: list[Any]) -> str:
    if items and str(items[0][0]) == "NEGATE":
        return "a"
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            return chr(value)
        if name == "RANGE":
            return chr(value[0])
        if name == "CATEGORY":
            return _CATEGORIES.get(str(value), "a")
    return "a"


_CATEGORIES = {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " ", "CATEGORY_NOT_DIGIT": "a"}


def _number(document: Resolver, schema: dict[str, Any], depth: int) -> float | int:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    integer = schema.get("type") == "integer" or "integer" in (schema.get("type") or [])
    step = 1 if integer else 0.5
    value: float = 1.0 if low is None else float(low) + (step if "exclusiveMinimum" in schema else 0)
    if high is not None and value > float(high):
        value = float(high) - (step if "exclusiveMaximum" in schema else 0)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / float(multiple)) * float(multiple)
    return int(math.ceil(value)) if integer else value


_BY_TYPE: dict[str, Any] = {
    "object": _object,
    "array": _array,
    "string": _string,
    "integer": _number,
    "number": _number,
    "boolean": lambda document, schema, depth: True,
    "null": lambda document, schema, depth: None,
}
