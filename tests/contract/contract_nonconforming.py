"""A deliberately non-conforming server (test helper): the mock, with faults planted on chosen operations.

Faults are assigned from the spec alone, so the same plan works for every family:

    wrong_status    success answered with 418, which no operation documents -> status_code_conformance
    missing_field   a required field dropped from the success body          -> response_schema_conformance
    server_error    every request answered 500 with a plain-text body        -> not_a_server_error
    html_page       the whole path answers an HTML 404 page                  -> not found, or content type
    ignores_auth    requests without credentials succeed anyway              -> ignored_auth
    slow            the first requests take longer than the client waits     -> a timeout (network error)
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from generator.contract._model import Api, Operation
from generator.contract._schemas import Schemas
from generator.contract.mock import MockApp, default_api_key
from generator.contract.mock._state import ResourceStore

EXPECTED_CHECKS = {
    "wrong_status": {"status_code_conformance"},
    "missing_field": {"response_schema_conformance"},
    "server_error": {"not_a_server_error"},
    "html_page": {"not-found", "content_type_conformance"},
    "ignores_auth": {"ignored_auth"},
    "slow": {"network"},
}
HTML = b"<!doctype html><html><body><h1>404 Not Found</h1><p>nginx</p></body></html>"
SLOW_SECONDS = 2.5


def plan_faults(api: Api) -> dict[str, str]:
    """Assign each fault to a distinct operation able to show it; return {operation label: fault}."""
    tracked = ResourceStore.from_api(api).tracked
    auth = api.family.auth
    auth_paths = {auth.login_path, auth.refresh_path} if auth is not None else set()
    schemas = Schemas(api.document)

    def plain(op: Operation) -> bool:
        success = op.success()
        return op.path not in auth_paths and not set(op.path_names) & tracked and success is not None

    def has_required_field(op: Operation) -> bool:
        success = op.success()
        media = success.content.get("application/json") if success else None
        node = schemas.node(media.schema) if media and media.schema else None
        return isinstance(node, dict) and bool(node.get("required")) and isinstance(media.example, dict)

    wants = {
        "missing_field": lambda op: plain(op) and has_required_field(op),
        "ignores_auth": lambda op: plain(op) and bool(op.security) and all(op.security),
        "wrong_status": plain,
        "server_error": lambda op: op.path not in auth_paths,
        "html_page": lambda op: op.path not in auth_paths,
        "slow": lambda op: op.path not in auth_paths,
    }
    plan: dict[str, str] = {}
    for fault, fits in wants.items():
        operation = next(
            (op for op in sorted(api.operations, key=lambda o: o.label) if fits(op) and op.label not in plan), None
        )
        if operation is not None:
            plan[operation.label] = fault
    return plan


@dataclass
class NonConformingApp:
    """Wrap a mock app; requests to planted operations get their fault."""

    mock: MockApp
    plan: dict[str, str]
    slow_left: int = 2
    seen: dict[str, int] = field(default_factory=dict)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.mock(scope, receive, send)
            return
        api = self.mock.mock.api
        path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        operation, _, _ = api.route(scope["method"], path)
        fault = self.plan.get(operation.label) if operation else None
        if fault == "html_page":
            await _send(send, 404, b"text/html", HTML)
        elif fault == "server_error":
            await _send(send, 500, b"text/plain", b"Internal Server Error")
        elif fault == "slow" and self.slow_left > 0:
            self.slow_left -= 1
            await asyncio.sleep(SLOW_SECONDS)
            await self.mock(scope, receive, send)
        elif fault in ("wrong_status", "missing_field", "ignores_auth"):
            await self._rewrite(fault, scope, receive, send)
        else:
            await self.mock(scope, receive, send)

    async def _rewrite(self, fault: str, scope: Scope, receive: Receive, send: Send) -> None:
        if fault == "ignores_auth":
            key = default_api_key(self.mock.mock.api.family).encode()
            headers = [(k, v) for k, v in scope["headers"] if k.lower() not in (b"authorization", b"x-api-key")]
            scope = dict(scope, headers=headers + [(b"x-api-key", key), (b"authorization", b"Bearer " + key)])
        messages: list[Message] = []

        async def capture(message: Message) -> None:
            messages.append(message)

        await self.mock(scope, receive, capture)
        start = messages[0]
        body = b"".join(m.get("body", b"") for m in messages[1:])
        status = int(start["status"])
        if status < 400 and fault == "wrong_status":
            status = 418
        elif 200 <= status < 300 and fault == "missing_field":
            body = _drop_required(self.mock.mock, scope, body)
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _drop_required(mock: Any, scope: Scope, body: bytes) -> bytes:
    operation, _, _ = mock.api.route(scope["method"], scope["path"])
    success = operation.success()
    media = success.content["application/json"]
    required = Schemas(mock.api.document).node(media.schema)["required"]
    data = json.loads(body)
    data.pop(required[0], None)
    return json.dumps(data).encode()


async def _send(send: Send, status: int, content_type: bytes, body: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
