"""Response synthesis: schema-valid bodies built from the spec's examples, echoing what the request said.

A JSON body starts from the media type's example (or, without one, a value built from the schema), then takes
over values the request supplied under the same names (path, query and header parameters, top-level body
fields), the stored resource's fields, and forced values such as new ids. Whatever does not keep the body valid
is dropped again, so the result always validates.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.contract._model import Media, Operation, Response
from generator.contract._schemas import Schemas
from generator.contract._surprises import Surprises
from generator.contract._values import synthesize
from generator.contract.mock._state import set_pointer

__all__ = ["Reply", "Responder", "echo_names", "encode_json"]

MAX_STREAM_EVENTS = 3


@dataclass(frozen=True)
class Reply:
    """What the mock sends: status, media type, the encoded body and headers."""

    status: int
    media_type: str | None
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None  # the decoded JSON body, when there is one


def echo_names(
    params: dict[str, dict[str, Any]], body: Any, files: dict[str, tuple[str, bytes, str]] | None = None
) -> dict[str, Any]:
    """Return the request values a response may repeat, by wire name (``X-Correlation-ID`` as ``correlation_id``).

    An uploaded file contributes its ``filename``, ``size`` and ``content_type``.
    """
    names: dict[str, Any] = {}
    for filename, data, content_type in (files or {}).values():
        names.update(filename=filename, size=len(data), content_type=content_type)
    if isinstance(body, dict):
        names.update({key: value for key, value in body.items() if isinstance(key, str)})
    for location in ("query", "path"):
        names.update(params.get(location, {}))
    for name, value in params.get("header", {}).items():
        key = name.lower().removeprefix("x-").replace("-", "_")
        names[key] = value
    return names


@dataclass
class Responder:
    """Build the success replies of operations (with the configured surprises in some JSON answers)."""

    schemas: Schemas
    surprises: Surprises | None = None

    def success(
        self,
        operation: Operation,
        response: Response,
        echo: dict[str, Any],
        resource: dict[str, Any] | None = None,
        forced: dict[str, Any] | None = None,
        accept: str = "*/*",
    ) -> Reply:
        status = _status_code(response.status)
        headers = self.headers(response)
        if not response.content:
            return Reply(status, None, b"", headers)
        media = _negotiate(response.content, accept)
        if media.media_type.lower() == "text/event-stream":
            return Reply(status, "text/event-stream", self.event_stream(media), headers)
        if _is_json(media.media_type):
            body = self.json_body(media, echo, resource or {}, forced or {})
            if self.surprises is not None:
                body = self.surprises.apply(media.schema, body)
            return Reply(status, media.media_type, encode_json(body), headers, body)
        return Reply(status, media.media_type, self.raw_body(media, operation), headers)

    def json_body(self, media: Media, echo: dict[str, Any], resource: dict[str, Any], forced: dict[str, Any]) -> Any:
        base = copy.deepcopy(media.example) if media.has_example else self._synthesize(media.schema)
        if media.schema is None:
            return base
        with_forced = _force(base, forced)
        overlays = list(_overlay_steps(base, echo, resource))
        candidate = with_forced
        for step in overlays:
            candidate = step(candidate)
        candidate = _force(candidate, forced)
        if self.schemas.is_valid(media.schema, candidate):
            return candidate
        candidate = with_forced if self.schemas.is_valid(media.schema, with_forced) else base
        for step in overlays:
            attempt = _force(step(candidate), forced)
            if self.schemas.is_valid(media.schema, attempt):
                candidate = attempt
        if self.schemas.is_valid(media.schema, candidate):
            return candidate
        fallback = self._synthesize(media.schema)
        return fallback if self.schemas.is_valid(media.schema, fallback) else base

    def event_stream(self, media: Media) -> bytes:
        """Return a short, finished ``text/event-stream`` of events valid against the per-event schema."""
        events: list[Any] = [media.example] if media.has_example else []
        node = self.schemas.node(media.schema) if media.schema else {}
        branches = (node.get("oneOf") or node.get("anyOf") or [node]) if isinstance(node, dict) else []
        events.extend(synthesize(self.schemas.resolver, branch) for branch in branches)
        schema = media.schema
        valid = [e for e in events if isinstance(e, dict) and (not schema or self.schemas.is_valid(schema, e))]
        return "".join(_sse(event) for event in valid[:MAX_STREAM_EVENTS]).encode("utf-8")

    def raw_body(self, media: Media, operation: Operation) -> bytes:
        if isinstance(media.example, str):
            return media.example.encode("utf-8")
        if media.media_type.startswith("text/"):
            value = self._synthesize(media.schema)
            return str(value if value is not None else operation.operation_id).encode("utf-8")
        return f"mock content of {operation.operation_id}\n".encode()

    def headers(self, response: Response) -> dict[str, str]:
        headers = {}
        for name, header in response.headers.items():
            if name.lower() == "content-type":
                continue
            value = header.example if header.example is not None else self._synthesize(header.schema)
            if value is not None:
                headers[name] = value if isinstance(value, str) else json.dumps(value)
        return headers

    def _synthesize(self, at: str | None) -> Any:
        return synthesize(self.schemas.resolver, self.schemas.node(at)) if at else None


def _status_code(status: str) -> int:
    if status.isdigit():
        return int(status)
    return int(status[0]) * 100 if status[0].isdigit() else 200


def _negotiate(content: dict[str, Media], accept: str) -> Media:
    wanted = [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]
    for want in wanted:
        for name, media in content.items():
            main, _, sub = want.partition("/")
            got_main, _, got_sub = name.lower().partition("/")
            if main in ("*", got_main) and sub in ("*", got_sub):
                return media
    return next(iter(content.values()))


def _is_json(media_type: str) -> bool:
    kind = media_type.split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def encode_json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _force(body: Any, forced: dict[str, Any]) -> Any:
    for at, value in forced.items():
        body = set_pointer(body, at, value)
    return body


def _overlay_steps(base: Any, echo: dict[str, Any], resource: dict[str, Any]) -> Iterator[Any]:
    """Yield functions that each take over one value (echoed or stored) into a body."""
    for path in _object_paths(base):
        node = _at(base, path)
        for key in node:
            if key in echo:
                yield _setter(path + (key,), echo[key])
    for key, value in resource.items():
        yield _setter((key,), value)


def _object_paths(value: Any, path: tuple[str, ...] = (), depth: int = 0) -> Iterator[tuple[str, ...]]:
    if isinstance(value, dict) and depth < 3:
        yield path
        for key, child in value.items():
            yield from _object_paths(child, path + (key,), depth + 1)


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def _setter(path: tuple[str, ...], value: Any) -> Any:
    def apply(body: Any) -> Any:
        if not isinstance(body, dict):
            return body
        result = copy.deepcopy(body)
        node = result
        for key in path[:-1]:
            if not isinstance(node.get(key), dict):
                return body
            node = node[key]
        node[path[-1]] = copy.deepcopy(value)
        return result

    return apply


def _sse(event: dict[str, Any]) -> str:
    lines = []
    if "event" in event:
        lines.append(f"event: {event['event']}")
    data = event.get("data", "")
    text = data if isinstance(data, str) else json.dumps(data)
    lines.extend(f"data: {line}" for line in text.split("\n"))
    if "id" in event:
        lines.append(f"id: {event['id']}")
    if "retry" in event:
        lines.append(f"retry: {event['retry']}")
    return "\n".join(lines) + "\n\n"
