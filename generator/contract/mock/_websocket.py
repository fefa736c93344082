"""The mock's websocket channels: scripted, schema-valid messages; subscriptions honoured; auth enforced.

A handshake without a valid token (one the mock issued, or an accepted API key where the family sends keys as
bearer tokens) is refused with 401 and an error body in the family's shape. Once connected, the mock sends one
round of messages every ``interval`` seconds: one message per subscribed topic (or, on a channel without topics,
one message), built from the message component's examples with the topic filled in, and validated against the
channel's ``receive`` schema. A new subscription gets its first message at once. Client frames are validated
against the ``send`` schema; one that is not JSON, not text or not valid closes the connection with 1007, 1003 or
1008 and the reason: the mock never crashes and never ignores a malformed frame silently.

Tests steer the open connections through :meth:`ChannelServer.drop` and :meth:`ChannelServer.push`.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import re
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import Receive, Scope, Send

from generator.channels import MessageKind, Subscription, WebSocketChannel, websocket_channels
from generator.contract._schemas import Schemas
from generator.contract._values import synthesize
from generator.contract.mock._errors import ErrorContext, error_body
from generator.contract.mock._responses import encode_json
from generator.contract.mock._security import ACCESS, Guard
from generator.contract.mock._state import get_pointer, set_pointer

__all__ = ["ChannelServer", "DEFAULT_INTERVAL"]

logger = logging.getLogger("generator.contract.mock")

DEFAULT_INTERVAL = 0.5
NOT_JSON, UNSUPPORTED, POLICY = 1007, 1003, 1008
MAX_REASON = 120
LOG_SIZE = 10_000


def _log() -> deque[Any]:
    return deque(maxlen=LOG_SIZE)


@dataclass(eq=False)
class _Connection:
    """One open websocket: its channel, subscribed topics, and commands from tests."""

    channel: WebSocketChannel
    loop: asyncio.AbstractEventLoop
    topics: list[str] = field(default_factory=list)
    commands: asyncio.Queue[tuple[str, Any]] = field(default_factory=asyncio.Queue)
    sent: int = 0


@dataclass
class ChannelServer:
    """Serves a spec's ``x-websockets`` channels (ASGI ``websocket`` scopes) for the mock app."""

    schemas: Schemas
    guard: Guard
    error_schema_at: str  # the family's error body, for refused handshakes
    interval: float = DEFAULT_INTERVAL
    channels: dict[str, WebSocketChannel] = field(default_factory=dict)
    received: deque[tuple[str, Any]] = field(default_factory=_log)  # (channel name, client message), for tests
    closes: deque[int] = field(default_factory=_log)  # close codes the clients sent, for tests
    refusals: deque[int] = field(default_factory=_log)  # statuses of refused handshakes, for tests
    _open: set[_Connection] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.channels = {channel.root_path: channel for channel in websocket_channels(self.schemas.document)}

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._open)

    def drop(self, code: int = 1012) -> int:
        """Close every open connection with ``code`` (1012: service restart); returns how many were open."""
        return self._command("close", code)

    def push(self, text: str) -> int:
        """Send a raw text frame (malformed or not) to every open connection; returns how many were open."""
        return self._command("raw", text)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (await receive())["type"] != "websocket.connect":
            return
        channel = self.channels.get(scope.get("path", ""))
        if channel is None:
            await self._deny(scope, send, 404, f"No websocket channel at {scope.get('path')}")
            return
        if not self._authorized(channel, scope):
            await self._deny(scope, send, 401, "Not authenticated")
            return
        await send({"type": "websocket.accept"})
        connection = _Connection(channel, asyncio.get_running_loop())
        with self._lock:
            self._open.add(connection)
        tasks = [
            asyncio.create_task(self._read(connection, receive, send)),
            asyncio.create_task(self._write(connection, send)),
        ]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            with self._lock:
                self._open.discard(connection)

    def _command(self, kind: str, value: Any) -> int:
        with self._lock:
            connections = list(self._open)
        for connection in connections:
            connection.loop.call_soon_threadsafe(connection.commands.put_nowait, (kind, value))
        return len(connections)

    def _authorized(self, channel: WebSocketChannel, scope: Scope) -> bool:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        if channel.auth_in == "query":
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            token = query.get(channel.auth_name)
        else:
            value = headers.get(channel.auth_name.lower(), "")
            scheme, _, rest = value.partition(" ")
            token = rest.strip() if scheme.lower() == "bearer" else value or None
        if not token:
            return False
        return self.guard.store.kind_of(token) == ACCESS or (
            self.guard.bearer_api_keys and token in self.guard.api_keys
        )

    async def _deny(self, scope: Scope, send: Send, status: int, message: str) -> None:
        self.refusals.append(status)
        if "websocket.http.response" not in (scope.get("extensions") or {}):
            await send({"type": "websocket.close", "code": POLICY})
            return
        content = encode_json(error_body(self.schemas, self.error_schema_at, ErrorContext(status, message)))
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
        await send({"type": "websocket.http.response.start", "status": status, "headers": headers})
        await send({"type": "websocket.http.response.body", "body": content})

    async def _read(self, connection: _Connection, receive: Receive, send: Send) -> None:
        while True:
            event = await receive()
            if event["type"] == "websocket.disconnect":
                self.closes.append(int(event.get("code", 1005)))
                return
            problem = self._accept_frame(connection, event)
            if problem is not None:
                code, reason = problem
                await send({"type": "websocket.close", "code": code, "reason": reason[:MAX_REASON]})
                return

    def _accept_frame(self, connection: _Connection, event: Mapping[str, Any]) -> tuple[int, str] | None:
        """Apply a client frame; return the close code and reason when it breaks the channel's contract."""
        channel = connection.channel
        if event.get("text") is None:
            return UNSUPPORTED, "binary frames are not part of this channel"
        try:
            message = json.loads(event["text"])
        except ValueError:
            return NOT_JSON, "the message is not JSON"
        if channel.send_at is None:
            return POLICY, f"the {channel.name} channel takes no client messages"
        problems = self.schemas.problems(channel.send_at, message)
        if problems:
            return POLICY, f"invalid message: {problems[0].message}"
        self.received.append((channel.name, message))
        subscribed = _topics_in(channel.subscribe, message)
        unsubscribed = _topics_in(channel.unsubscribe, message)
        if subscribed is not None:
            new = [topic for topic in subscribed if topic not in connection.topics]
            if channel.subscribe is not None and channel.subscribe.many:
                connection.topics = list(dict.fromkeys(subscribed))
            else:
                connection.topics.extend(new)
            connection.commands.put_nowait(("subscribed", new))
        elif unsubscribed is not None:
            connection.topics = [topic for topic in connection.topics if topic not in unsubscribed]
        return None

    async def _write(self, connection: _Connection, send: Send) -> None:
        topics: list[str | None] = [None] if connection.channel.topic_at is None else list(connection.topics)
        while True:
            for topic in topics:
                await self._send_message(connection, send, topic)
            try:
                kind, value = await asyncio.wait_for(connection.commands.get(), timeout=self.interval)
            except TimeoutError:
                topics = [None] if connection.channel.topic_at is None else list(connection.topics)
                continue
            topics = []
            if kind == "close":
                await send({"type": "websocket.close", "code": value, "reason": "mock: dropped on request"})
                return
            if kind == "raw":
                await send({"type": "websocket.send", "text": value})
            elif kind == "subscribed":
                topics = list(value)

    async def _send_message(self, connection: _Connection, send: Send, topic: str | None) -> None:
        message = self.message(connection.channel, topic, connection.sent)
        if message is None:
            logger.warning("mock: no valid message for topic %r of channel %s", topic, connection.channel.name)
            return
        connection.sent += 1
        await send({"type": "websocket.send", "text": json.dumps(message)})

    def message(self, channel: WebSocketChannel, topic: str | None, number: int = 0) -> Any:
        """Return the ``number``-th scripted message for a topic: valid against ``receive``, or None."""
        kind = _kind_for(channel, topic)
        if kind is None:
            return None
        examples = _examples(self.schemas, kind)
        for candidate in examples[number % len(examples) :] + examples[: number % len(examples)]:
            message = candidate
            if topic is not None and channel.topic_at is not None:
                message = _echo_topic(set_pointer(candidate, channel.topic_at, topic), topic)
                if not self.schemas.is_valid(channel.receive_at, message):
                    message = set_pointer(candidate, channel.topic_at, topic)
            if self.schemas.is_valid(channel.receive_at, message):
                return message
        return None


def _kind_for(channel: WebSocketChannel, topic: str | None) -> MessageKind | None:
    for kind in channel.documented_kinds:
        if topic is None or kind.topic_const == topic:
            return kind
        if kind.topic_pattern is not None and re.search(kind.topic_pattern, topic):
            return kind
    return None


def _examples(schemas: Schemas, kind: MessageKind) -> list[Any]:
    schema = schemas.node(kind.schema_at) or {}
    examples = list(schema.get("examples") or []) if isinstance(schema.get("examples"), list) else []
    if "example" in schema:
        examples.insert(0, schema["example"])
    return [copy.deepcopy(example) for example in examples] or [synthesize(schemas.document, schema)]


def _echo_topic(message: Any, topic: str) -> Any:
    """Put the id of a ``kind:id`` topic into the payload's ``<kind>_id`` fields (``widget:w-1`` -> ``widget_id``)."""
    kind, separator, identifier = topic.partition(":")
    if not separator or not isinstance(message, dict):
        return message
    name = f"{kind}_id"
    for value in [message, *(v for v in message.values() if isinstance(v, dict))]:
        if name in value:
            value[name] = identifier
    return message


def _topics_in(subscription: Subscription | None, message: Any) -> list[str] | None:
    """The topics of a client message when it is this (un)subscribe message, else None."""
    if subscription is None or not isinstance(message, dict):
        return None
    template = set_pointer(subscription.message, subscription.topic_at, None)
    if set_pointer(message, subscription.topic_at, None) != template:
        return None
    topics = get_pointer(message, subscription.topic_at)
    if isinstance(topics, str):
        return [topics]
    return [topic for topic in topics if isinstance(topic, str)] if isinstance(topics, list) else None
