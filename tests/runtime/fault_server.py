"""A fault-injecting HTTP server for the client runtime tests.

One Starlette app answers every method on every path. A test scripts the replies of a route (``"GET /path"``) in
order, and what to answer once the script is spent; a reply can also be a function of the request (``Answer``)
for what depends on it, such as ``Range``. The app records every request it receives. A reply can be
slow (``delay``), cut off mid-body (``drop_after``), streamed in chunks (server-sent events) or anything else a
real server or proxy sends: HTML error pages, truncated JSON, ``Retry-After`` headers.

``valid_tokens`` turns on bearer checking: any route outside ``open_routes`` then answers 401 to a request whose
``Authorization`` is not ``Bearer <one of them>``, before its script is consulted.

``ServerThread`` serves an app with uvicorn on 127.0.0.1, on a port the OS picks, in a background thread.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

__all__ = ["Answer", "FaultServer", "RecordedRequest", "Reply", "ServerThread", "http_date"]

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    ``delay`` is waited before the status line. ``chunks`` are sent one by one, ``chunk_delay`` apart, instead of
    ``body``. ``drop_after`` closes the connection mid-body: after that many bytes of ``body`` (with the full
    ``Content-Length`` announced), or after the chunks.
    """

    status: int = 200
    body: bytes = b""
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop_after: int | None = None
    chunks: Sequence[bytes] = ()
    chunk_delay: float = 0.0

    @classmethod
    def json(cls, data: Any, status: int = 200, **options: Any) -> Reply:
        """Answer with ``data`` as JSON."""
        return cls(status, json.dumps(data).encode(), "application/json", **options)

    @classmethod
    def text(cls, text: str, status: int = 200, content_type: str = "text/plain", **options: Any) -> Reply:
        """Answer with ``text`` as it is (an HTML page, truncated JSON...)."""
        return cls(status, text.encode(), content_type, **options)

    @classmethod
    def events(
        cls, events: Iterable[Sequence[Any]], chunk_delay: float = 0.0, retry: int | None = None, **options: Any
    ) -> Reply:
        """Answer with a ``text/event-stream``, one chunk per ``(event name, data[, id])``; data that is not a
        string is JSON-encoded, a name of None leaves the ``event:`` line out. ``retry`` (milliseconds) goes
        with the first event."""
        chunks = []
        for name, data, *event_id in events:
            payload = data if isinstance(data, str) else json.dumps(data)
            lines = [f"event: {name}"] if name else []
            lines += [f"retry: {retry}"] if retry is not None and not chunks else []
            lines += [f"id: {value}" for value in event_id] + [f"data: {payload}", "", ""]
            chunks.append("\n".join(lines).encode())
        return cls(200, content_type="text/event-stream", chunks=tuple(chunks), chunk_delay=chunk_delay, **options)

    @classmethod
    def stalled_stream(cls) -> Reply:
        """Open an event stream, send a comment, and drop the connection: a reconnection that delivers nothing."""
        return cls(200, content_type="text/event-stream", chunks=(b": keep-alive\n\n",), drop_after=0)

    def with_headers(self, **headers: str) -> Reply:
        """Return this reply with more headers (underscores in names become dashes)."""
        extra = {name.replace("_", "-"): value for name, value in headers.items()}
        return replace(self, headers={**self.headers, **extra})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        headers = [(name.lower().encode(), value.encode()) for name, value in self.headers.items()]
        if self.content_type is not None:
            headers.append((b"content-type", self.content_type.encode()))
        if not self.chunks:
            headers.append((b"content-length", str(len(self.body)).encode()))
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        for chunk in self.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        if self.drop_after is not None:
            # Returning with the response incomplete makes uvicorn close the connection.
            await send({"type": "http.response.body", "body": self.body[: self.drop_after], "more_body": True})
            return
        await send({"type": "http.response.body", "body": b"" if self.chunks else self.body})


NOT_FOUND = Reply.json({"detail": "no reply scripted"}, status=404)
UNAUTHORIZED = Reply.json(
    {"detail": "invalid token", "message": "invalid token", "error": {"message": "invalid token"}}, status=401
)


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it; header names are lower case."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes
    received_at: float

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"

    def json(self) -> Any:
        return json.loads(self.body)


Answer = Reply | Callable[[RecordedRequest], Reply]


class FaultServer:
    """The app, the scripts and the record of requests; ``reset()`` forgets them between tests."""

    def __init__(self) -> None:
        self.app = Starlette(routes=[Route("/{path:path}", self._handle, methods=METHODS)])
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget every script, default reply, token and recorded request."""
        with self._lock:
            self._scripts: dict[str, deque[Answer]] = {}
            self._then: dict[str, Answer] = {}
            self._requests: list[RecordedRequest] = []
            self.valid_tokens: set[str] | None = None
            self.open_routes: set[str] = set()

    def script(self, route: str, *replies: Answer, then: Answer | None = None) -> None:
        """Answer ``route`` (``"METHOD /path"``) with ``replies`` in order, then with ``then`` (or a 404) forever."""
        with self._lock:
            self._scripts[route] = deque(replies)
            if then is not None:
                self._then[route] = then

    def always(self, route: str, reply: Answer) -> None:
        """Answer ``route`` with ``reply`` every time."""
        self.script(route, then=reply)

    def require_bearer(self, *tokens: str, open_routes: Iterable[str] = ()) -> None:
        """Answer 401 on every route but ``open_routes`` unless the request carries one of these bearer tokens."""
        with self._lock:
            self.valid_tokens = set(tokens)
            self.open_routes = set(open_routes)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since the last reset, in arrival order."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, route: str) -> list[RecordedRequest]:
        """The requests received on ``route``."""
        return [request for request in self.requests if request.route == route]

    async def _handle(self, request: Request) -> Reply:
        recorded = RecordedRequest(
            method=request.method,
            path=request.url.path,
            query=request.url.query,
            headers={name.decode("latin-1"): value.decode("latin-1") for name, value in request.headers.raw},
            body=await request.body(),
            received_at=time.monotonic(),
        )
        with self._lock:
            self._requests.append(recorded)
            tokens = self.valid_tokens
            if (
                tokens is not None
                and recorded.route not in self.open_routes
                and recorded.headers.get("authorization") not in {f"Bearer {token}" for token in tokens}
            ):
                return UNAUTHORIZED
            script = self._scripts.get(recorded.route)
            answer = script.popleft() if script else self._then.get(recorded.route, NOT_FOUND)
        return answer if isinstance(answer, Reply) else answer(recorded)


def http_date(seconds_from_now: float) -> str:
    """Format ``now + seconds_from_now`` as an HTTP date (``Retry-After``), which has whole-second precision."""
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


class ServerThread:
    """Serve an ASGI app with uvicorn on 127.0.0.1 and a free port, in a daemon thread."""

    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            lifespan="off",
            access_log=False,
            log_level="warning",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="fault-server", daemon=True)
        self.base_url = ""

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; return the base URL (``http://127.0.0.1:<port>``)."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                msg = "uvicorn did not start"
                raise RuntimeError(msg)
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    def stop(self) -> None:
        """Ask uvicorn to shut down and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)
