"""The mock server: one generic ASGI app (Starlette requests and responses) per family, driven by its spec alone.

Order of decisions for each request: route (404, 405), security (401), request validation (4xx in the
family's error shape), link-driven state (404 for resources never created or deleted; jobs finish at once), then a
schema-valid success reply synthesized from the spec's examples.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from generator.contract._model import Api, Operation, load_api
from generator.contract._schemas import Problem, Schemas
from generator.contract._surprises import Surprises
from generator.contract.mock._config import MockConfig
from generator.contract.mock._errors import ErrorContext, error_body
from generator.contract.mock._request import Incoming, Rejection, Validated, validate_request
from generator.contract.mock._responses import Reply, Responder, echo_names, encode_json
from generator.contract.mock._security import Guard, Presented, TokenStore
from generator.contract.mock._state import JobTransitions, ResourceStore
from generator.contract.mock._websocket import ChannelServer
from generator.families import Family, select

__all__ = ["MockApp", "MockState", "create_app"]

logger = logging.getLogger("generator.contract.mock")


@dataclass
class MockState:
    """Everything one mock instance holds: the spec, issued tokens, stored resources."""

    api: Api
    schemas: Schemas
    guard: Guard
    store: ResourceStore
    responder: Responder
    channels: ChannelServer
    jobs: JobTransitions

    @classmethod
    def build(cls, api: Api, config: MockConfig) -> MockState:
        schemas = Schemas(api.document)
        guard = Guard(api, TokenStore(), config.keys_for(api.family), dict(config.basic_users))
        surprises = Surprises(schemas, config.surprises, config.unlisted_enums, config.seed)
        channels = ChannelServer(schemas, guard, api.error_schema, config.websocket_interval)
        store, jobs = ResourceStore.from_api(api), JobTransitions.from_api(api)
        return cls(api, schemas, guard, store, Responder(schemas, surprises), channels, jobs)

    def handle(self, method: str, raw_path: str, incoming: Incoming, accept: str) -> Reply:
        """Answer one request (the framework-free core of the app)."""
        operation, path_params, allowed = self.api.route(method, raw_path)
        if operation is None:
            if allowed:
                reply = self.error(None, 405, f"Method {method} not allowed", echo={})
                return Reply(405, reply.media_type, reply.content, {"Allow": ", ".join(allowed)})
            return self.error(None, 404, f"No operation at {raw_path}", echo={})
        incoming = Incoming(path_params, incoming.query, incoming.headers, incoming.cookies, incoming.body)
        header_echo = echo_names({"header": dict(incoming.headers)}, None)
        if not self.guard.allows(operation, Presented(incoming.headers, dict(incoming.query), incoming.cookies)):
            return self.error(operation, 401, "Not authenticated", echo=header_echo)
        result = validate_request(self.schemas, operation, incoming)
        if isinstance(result, Rejection):
            status = self.pick_status(operation, result.statuses)
            return self.error(operation, status, result.message, result.problems, echo=header_echo)
        return self.respond(operation, result, accept, header_echo)

    def respond(self, operation: Operation, request: Validated, accept: str, header_echo: dict[str, Any]) -> Reply:
        path_params = request.params["path"]
        missing = self.store.missing(operation, path_params)
        if missing is not None:
            message = f"No resource with {missing} {path_params.get(missing)!r}"
            problem = Problem(("path", missing), message, "not_found")
            return self.error(operation, 404, message, (problem,), echo=header_echo)
        if self._refresh_rejected(operation, request.body):
            return self.error(operation, 401, "Invalid or expired refresh token", echo=header_echo)
        success = operation.success()
        if success is None:
            return self.error(operation, 500, "The spec documents no success response", echo=header_echo)
        if operation.method in ("put", "patch"):
            self.store.update(operation, path_params, request.body)
        self.jobs.apply(operation, path_params, self.store)
        resource = self.store.current(operation, path_params)
        media = next(iter(success.content.values()), None)
        forced = self.store.new_ids(operation, media.example if media else None)
        reply = self.responder.success(
            operation, success, echo_names(request.params, request.body, request.files), resource, forced, accept
        )
        if self.guard.issues_tokens(operation) and reply.body is not None:
            body = self.guard.issue_tokens(reply.body)
            reply = Reply(reply.status, reply.media_type, encode_json(body), reply.headers, body)
        if reply.body is not None:
            self.store.record(operation, reply.body)
        if operation.method == "delete":
            self.store.delete(operation, path_params)
        return reply

    def _refresh_rejected(self, operation: Operation, body: Any) -> bool:
        """Whether a token operation was sent a ``refresh_token`` in its body that the mock never issued."""
        if not self.guard.issues_tokens(operation) or not isinstance(body, dict) or "refresh_token" not in body:
            return False
        return not self.guard.valid_refresh_token(body["refresh_token"])

    def pick_status(self, operation: Operation, preferred: tuple[int, ...]) -> int:
        """Return the first preferred status the operation documents (else any documented 4xx)."""
        for status in preferred:
            if operation.documents(status):
                return status
        documented = sorted(int(r.status) for r in operation.responses if r.status.isdigit() and r.status[0] == "4")
        fallback = [status for status in documented if status not in (401, 403, 404, 409, 429)]
        return (fallback or [preferred[0]])[0]

    def error(
        self,
        operation: Operation | None,
        status: int,
        message: str,
        problems: tuple[Problem, ...] = (),
        *,
        echo: dict[str, Any],
    ) -> Reply:
        """Return an error reply in the family's shape, as the operation documents it for ``status``."""
        response = operation.response_for(status) if operation is not None else None
        media = next((m for name, m in (response.content if response else {}).items() if "json" in name), None)
        schema_at = media.schema if media and media.schema else self.api.error_schema
        context = ErrorContext(status, message, problems, echo)
        body = error_body(self.schemas, schema_at, context, media.example if media else None)
        headers = self.responder.headers(response) if response is not None else {}
        return Reply(status, "application/json", encode_json(body), headers, body)


class MockApp:
    """The ASGI app: every HTTP request goes to :meth:`MockState.handle` (no framework routing, so any path works)."""

    def __init__(self, mock: MockState) -> None:
        self.mock = mock
        self.state = SimpleNamespace(mock=mock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] == "websocket":
            await self.mock.channels(scope, receive, send)
            return
        request = Request(scope, receive)
        response = await self.respond(request)
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        incoming = Incoming(
            path_params={},
            query=request.query_params.multi_items(),
            headers={key.lower(): value for key, value in request.headers.items()},
            cookies=dict(request.cookies),
            body=await request.body(),
        )
        try:
            accept = request.headers.get("accept", "*/*")
            reply = self.mock.handle(request.method, raw_path.decode("latin-1"), incoming, accept)
        except Exception:  # a mock bug must still answer in the family's shape; the log has the traceback
            logger.exception("mock %s failed on %s %s", self.mock.api.family.name, request.method, request.url.path)
            reply = self.mock.error(None, 500, "Mock server error", echo={})
        content = b"" if request.method == "HEAD" else reply.content
        return Response(content, status_code=reply.status, headers=reply.headers, media_type=reply.media_type)


def create_app(family: Family | str, config: MockConfig | None = None, api: Api | None = None) -> MockApp:
    """Return the mock server of a family (a :class:`Family` or its name) as an ASGI app.

    Its :class:`MockState` is ``app.state.mock``. It serves below the spec's base path (``/v1`` for Cortex).

    Raises:
        KeyError: No family has that name.
    """
    if isinstance(family, str):
        (family,) = select([family])
    return MockApp(MockState.build(api or load_api(family), config or MockConfig()))
