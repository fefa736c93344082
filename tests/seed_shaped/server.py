"""A loopback server that answers as a seed shows: each request gets the fixture recorded for its method and path.

Nothing here reads a spec. A request the fixtures do not know (a path the spec got wrong) gets a 404.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Exchange:
    """One fixture: what the seed's client sends for an operation, and what the server answers."""

    operation: str
    seed: str
    method: str
    path: str
    query: dict[str, str]
    call: dict[str, Any]
    response: dict[str, Any]

    @classmethod
    def from_fixture(cls, raw: dict[str, Any]) -> Exchange:
        request = raw.get("request", {})
        return cls(
            raw["operation"],
            raw["seed"],
            request.get("method", ""),
            request.get("path", ""),
            request.get("query", {}),
            raw["call"],
            raw["response"],
        )


@dataclass(frozen=True)
class Seen:
    """A request the server received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class SeedFixtures:
    """A family's fixture file: the base path its seed's client uses, the exchanges, the error answers."""

    family: str
    base_path: str
    exchanges: dict[str, Exchange]
    errors: list[dict[str, Any]]

    @classmethod
    def load(cls, family: str) -> SeedFixtures:
        raw = json.loads((FIXTURES / f"{family}.json").read_text(encoding="utf-8"))
        exchanges = [Exchange.from_fixture(item) for item in raw["exchanges"]]
        return cls(raw["family"], raw["base_path"], {e.operation: e for e in exchanges}, raw.get("errors", []))


@dataclass
class SeedShapedApp:
    """The ASGI app: answers each known (method, path) with its fixture, anything else with ``fallback`` (or
    a 404), and records every request."""

    routes: dict[tuple[str, str], dict[str, Any]]
    fallback: dict[str, Any] | None = None
    requests: list[Seen] = field(default_factory=list)

    @classmethod
    def serving(cls, exchanges: list[Exchange]) -> SeedShapedApp:
        return cls({(e.method, e.path): e.response for e in exchanges})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        body = await request.body()
        query = parse_qs(request.url.query, keep_blank_values=True)
        headers = {key.lower(): value for key, value in request.headers.items()}
        self.requests.append(Seen(request.method, request.url.path, query, headers, body))
        answer = self.routes.get((request.method, request.url.path), self.fallback)
        response = reply(answer) if answer is not None else reply({"status": 404, "json": {"message": "no route"}})
        await response(scope, receive, send)


def reply(answer: dict[str, Any]) -> Response:
    """Encode a fixture's answer: JSON, text or bytes of a media type, or a finished event stream."""
    headers = answer.get("headers", {})
    status = answer["status"]
    if "json" in answer:
        return Response(json.dumps(answer["json"]), status, headers, media_type="application/json")
    if "events" in answer:
        return Response(events(answer["events"]), status, headers, media_type="text/event-stream")
    if "text" in answer:
        return Response(answer["text"], status, headers, media_type=answer.get("content_type", "text/plain"))
    return Response(b"", status, headers)


def events(items: list[dict[str, Any]]) -> str:
    """An event stream as a server writes it: an ``event:`` line only for named events, then JSON ``data:``."""
    lines = []
    for item in items:
        if "event" in item:
            lines.append(f"event: {item['event']}")
        lines.append(f"data: {json.dumps(item['data'])}")
        lines.append("")
    return "\n".join(lines) + "\n"
