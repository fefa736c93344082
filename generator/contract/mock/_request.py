"""Request validation: decode every parameter and the body as the spec declares them, then validate them."""

from __future__ import annotations

import email.parser
import email.policy
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from generator.contract._model import Media, Operation, Parameter
from generator.contract._schemas import Problem, Schemas
from generator.spec import pointer

__all__ = ["Incoming", "Rejection", "Validated", "validate_request", "media_matches"]

MALFORMED = (400, 422)
INVALID = (422, 400)
UNSUPPORTED = (415, 400, 422)


@dataclass(frozen=True)
class Incoming:
    """The raw parts of a request, as the server received them (header names in lower case)."""

    path_params: Mapping[str, str]
    query: Sequence[tuple[str, str]]
    headers: Mapping[str, str]
    cookies: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class Validated:
    """A request that matches its operation: decoded parameters by location, and the decoded body."""

    params: dict[str, dict[str, Any]]
    media_type: str | None = None
    body: Any = None
    files: dict[str, tuple[str, bytes, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    """Why a request is refused; ``statuses`` are acceptable status codes, most fitting first."""

    statuses: tuple[int, ...]
    message: str
    problems: tuple[Problem, ...] = ()


def validate_request(schemas: Schemas, operation: Operation, incoming: Incoming) -> Validated | Rejection:
    """Decode and validate every parameter and the body of a request against its operation."""
    params: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
    problems: list[Problem] = []
    for parameter in operation.parameters:
        raw = _raw_values(parameter, incoming)
        if not raw:
            if parameter.required:
                problems.append(Problem((parameter.location, parameter.name), "Field required", "missing"))
            continue
        value, found = _decode(schemas, parameter.schema, raw, parameter, (parameter.location, parameter.name))
        problems.extend(found)
        params[parameter.location][parameter.name] = value
    if problems:
        return Rejection(INVALID, "Request parameters are invalid", tuple(problems))
    return _validate_body(schemas, operation, incoming, params)


def media_matches(declared: str, actual: str) -> bool:
    """Whether a received media type is covered by a declared one (wildcards allowed)."""
    declared_main, _, declared_sub = declared.lower().partition("/")
    actual_main, _, actual_sub = actual.lower().partition("/")
    return declared_main in ("*", actual_main) and declared_sub in ("*", actual_sub)


def _raw_values(parameter: Parameter, incoming: Incoming) -> list[str]:
    if parameter.location == "path":
        value = incoming.path_params.get(parameter.name)
        return [] if value is None else [unquote(value)]
    if parameter.location == "query":
        return [value for key, value in incoming.query if key == parameter.name]
    source = incoming.headers if parameter.location == "header" else incoming.cookies
    key = parameter.name.lower() if parameter.location == "header" else parameter.name
    return [source[key]] if key in source else []


def _decode(
    schemas: Schemas, at: str | None, raw: list[str], parameter: Parameter | None, loc: tuple[str | int, ...]
) -> tuple[Any, list[Problem]]:
    if not at:
        return raw[-1], []
    node = schemas.node(at)
    types = _types(node)
    if "array" in types:
        items = raw
        if parameter is not None and (not parameter.explode or parameter.location != "query") and len(raw) == 1:
            items = raw[0].split(",") if raw[0] else []
        item_at = schemas.resolved(at) + "/items"
        values = [_first_valid(schemas, item_at, item, _types(schemas.node(item_at))) for item in items]
        return values, schemas.problems(at, values, loc)
    if "object" in types and len(raw) == 1:
        try:
            value: Any = json.loads(raw[0])
        except ValueError:
            value = raw[0]
        return value, schemas.problems(at, value, loc)
    if len(raw) > 1:
        return raw, [Problem(loc, "Expected a single value", "multiple_values")]
    value = _first_valid(schemas, at, raw[0], types)
    return value, schemas.problems(at, value, loc)


def _types(node: Any) -> list[str]:
    if not isinstance(node, dict):
        return []
    kind = node.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    if isinstance(kind, str):
        return [kind]
    return ["integer", "number", "boolean", "null", "string"]


def _first_valid(schemas: Schemas, at: str, raw: str, types: list[str]) -> Any:
    """Return the first reading of a wire string that the schema accepts (else the most likely reading)."""
    readings = [reading for kind in types for reading in _readings(raw, kind)]
    for reading in readings:
        if schemas.is_valid(at, reading):
            return reading
    return readings[0] if readings else raw


def _readings(raw: str, kind: str) -> list[Any]:
    if kind == "string":
        return [raw]
    if kind == "integer":
        stripped = raw[1:] if raw[:1] == "-" else raw
        return [int(raw)] if stripped.isdigit() and stripped.isascii() else [raw]
    if kind == "number":
        try:
            value = float(raw)
        except ValueError:
            return [raw]
        if value != value or value in (float("inf"), float("-inf")):
            return [raw]
        return [int(value) if value.is_integer() and "." not in raw and "e" not in raw.lower() else value]
    if kind == "boolean":
        return [{"true": True, "false": False}.get(raw, raw)]
    if kind == "null":
        return [None] if raw in ("", "null") else [raw]
    return [raw]


def _validate_body(
    schemas: Schemas, operation: Operation, incoming: Incoming, params: dict[str, dict[str, Any]]
) -> Validated | Rejection:
    body = operation.body
    if body is None or not body.content:
        return Validated(params)
    content_type = incoming.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if not incoming.body and (not media_type or not body.required):  # an empty optional body is no body
        if body.required:
            return Rejection(INVALID, "Request body is required", (Problem(("body",), "Field required", "missing"),))
        return Validated(params)
    media = next((spec for name, spec in body.content.items() if media_matches(name, media_type)), None)
    if media is None:
        message = f"Unsupported content type {media_type or '(none)'}; expected {', '.join(body.content)}"
        return Rejection(UNSUPPORTED, message, (Problem(("header", "content-type"), message, "media_type"),))
    files: dict[str, tuple[str, bytes, str]] = {}
    try:
        body, files = _parse_body(schemas, media, content_type, incoming.body)
    except ValueError as exc:
        return Rejection(MALFORMED, f"Malformed request body: {exc}", (Problem(("body",), str(exc), "parse_error"),))
    problems = schemas.problems(media.schema, body, ("body",)) if media.schema else []
    if problems:
        return Rejection(INVALID, "Request body is invalid", tuple(problems))
    return Validated(params, media_type, body, files)


def _parse_body(
    schemas: Schemas, media: Media, content_type: str, raw: bytes
) -> tuple[Any, dict[str, tuple[str, bytes, str]]]:
    kind = media.media_type.lower()
    if kind == "application/json" or kind.endswith("+json"):
        text = raw.decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant), {}
    if kind == "application/x-www-form-urlencoded":
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        return _form(schemas, media.schema, [(key, value) for key, value in pairs]), {}
    if kind.startswith("multipart/"):
        fields, files = _multipart(schemas, media.schema, content_type, raw)
        form = _form(schemas, media.schema, fields + [(name, part[1].decode("latin-1")) for name, part in files])
        return form, {name: part for name, part in files}
    if kind.startswith("text/"):
        return raw.decode("utf-8"), {}
    return raw.decode("latin-1"), {}


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _form(schemas: Schemas, at: str | None, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    base = schemas.resolved(at) if at else ""
    node = schemas.node(base) if base else {}
    properties = (node.get("properties") or {}) if isinstance(node, dict) else {}
    form: dict[str, Any] = {}
    for key, values in grouped.items():
        if key in properties:
            form[key], _ = _decode(schemas, base + pointer("properties", key), values, None, ())
        else:
            form[key] = values[-1] if len(values) == 1 else values
    return form


def _multipart(
    schemas: Schemas, at: str | None, content_type: str, raw: bytes
) -> tuple[list[tuple[str, str]], list[tuple[str, tuple[str, bytes, str]]]]:
    """Split a multipart body into text fields and files; a file is a part with a filename or a binary property."""
    if "boundary=" not in content_type:
        raise ValueError("multipart body without a boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
    if not message.is_multipart() or message.defects:
        raise ValueError("malformed multipart body")
    binary = _binary_properties(schemas, at)
    fields: list[tuple[str, str]] = []
    files: list[tuple[str, tuple[str, bytes, str]]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("multipart part without a name")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None or name in binary:
            files.append((name, (filename or name, data, part.get_content_type())))
        else:
            fields.append((name, data.decode(part.get_content_charset() or "utf-8", errors="replace")))
    return fields, files


def _binary_properties(schemas: Schemas, at: str | None) -> set[str]:
    base = schemas.resolved(at) if at else ""
    node = schemas.node(base) if base else {}
    properties = (node.get("properties") or {}) if isinstance(node, dict) else {}
    return {
        name
        for name in properties
        if (schemas.node(base + pointer("properties", name)) or {}).get("format") == "binary"
    }
