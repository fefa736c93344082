"""Websocket channels: typed messages over a connection that authenticates, reconnects and re-subscribes.

A channel connects with the credentials of the HTTP client it is given: its auth flow renews an expired access
token before every (re)connection, and once more when the handshake is refused with 401 or 403. Each frame is
decoded into the documented message model, handed to the matching handlers and yielded. A frame that is not a
documented message is yielded too, never raised: :class:`UnknownMessage` for JSON of a topic the spec does not
list, :class:`MalformedMessage` (with the reason) for anything else, both with the raw text. When the connection
drops, the channel reconnects with exponential backoff and jitter (:class:`Reconnect`) and subscribes again to
its topics; protocol pings detect a dead connection. Tokens in query strings are redacted from logs and reprs.

Each channel of a spec is a generated subclass of :class:`AsyncChannel` and of :class:`SyncChannel`, which runs
the same channel on a private event loop thread for synchronous code.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import random
import re
import ssl
import threading
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, ClassVar, Generic, Literal, Protocol, Self, TypeVar, Union, overload

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from ._auth import ClientAuth
from ._errors import ApiConnectionError, ApiStatusError, status_error
from ._json import loads
from ._logging import SECRET_NAMES, logger, redact_url

__all__ = [
    "AsyncChannel",
    "ChannelClosedError",
    "ChannelSpec",
    "MalformedMessage",
    "MessageKind",
    "Received",
    "Reconnect",
    "Subscription",
    "SyncChannel",
    "UnknownMessage",
    "channel_url",
    "should_reconnect",
]

AS_BUILT = httpx.Auth()  # the auth flow's own requests (renewals) go as the flow built them

M = TypeVar("M")
H = TypeVar("H")
T = TypeVar("T")

NORMAL_CLOSURE = 1000
RECONNECT_CODES = frozenset({1001, 1006, 1011, 1012, 1013, 1014})
REFUSED_STATUSES = frozenset({401, 403})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
HANDSHAKE_HEADERS = frozenset({"host", "accept", "accept-encoding", "connection", "user-agent", "content-length"})
SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-api-key", "proxy-authorization"})
REDACTED = "***"


@dataclass(frozen=True)
class UnknownMessage:
    """A JSON message of a topic the spec does not list (a newer server may send more kinds than it knows)."""

    raw: str = field(repr=False)
    data: Any = field(repr=False)
    topic: str | None = None


@dataclass(frozen=True)
class MalformedMessage:
    """A frame that is not the documented JSON; ``error`` says why and ``raw`` holds its text."""

    raw: str = field(repr=False)
    error: str = ""


Received = Union[M, UnknownMessage, MalformedMessage]  # noqa: UP007 - a generic alias needs Union
"""What iterating a channel yields: a documented message, or what could not be decoded into one."""


class ChannelClosedError(ApiConnectionError):
    """The server closed the channel with a code that rules out reconnecting (``code``, ``reason``)."""

    def __init__(self, message: str, *, code: int, reason: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class MessageKind(Generic[M]):
    """One documented message: its model, and the topic (exact) or topic ``pattern`` (``re.search``) it comes on."""

    model: type[M]
    topic: str | None = None
    pattern: str | None = None

    def matches(self, topic: str | None) -> bool:
        if self.topic is not None:
            return topic == self.topic
        if self.pattern is not None:
            return topic is not None and re.search(self.pattern, topic) is not None
        return True

    def decode(self, data: Mapping[str, Any]) -> M:
        decoded: M = getattr(self.model, "from_dict")(data)  # noqa: B009 - every generated model has from_dict
        return decoded


@dataclass(frozen=True)
class Subscription:
    """A (un)subscribe message: ``message`` with the topic put at the path ``topic_at``.

    With ``many`` the path holds a list, and one message carries every topic; otherwise one message per topic.
    """

    message: Mapping[str, Any]
    topic_at: tuple[str, ...]
    many: bool = False

    def messages(self, topics: Sequence[str]) -> list[Any]:
        if not topics:
            return []
        if self.many:
            return [_put(self.message, self.topic_at, list(topics))]
        return [_put(self.message, self.topic_at, topic) for topic in topics]


@dataclass(frozen=True)
class ChannelSpec:
    """What the spec says about one channel; generated per channel.

    Args:
        name: The channel's name in the spec.
        path: Its path from the host's root.
        base_path: The path of the spec's HTTP server URL, stripped from the client's base URL to find the root.
        auth_in: Where the bearer token goes: a ``header`` or a ``query`` parameter, named ``auth_name``.
        kinds: The documented messages, in the order they are tried.
        topic_at: The path of a received message's topic (empty: the channel has no topics).
        subscribe: How to subscribe to topics; None when the channel has no subscriptions.
        unsubscribe: How to unsubscribe; None when the API documents no such message.
        error_from_response: Builds the typed error for a refused handshake.
    """

    name: str
    path: str
    base_path: str = ""
    auth_in: Literal["header", "query"] = "header"
    auth_name: str = "Authorization"
    kinds: tuple[MessageKind[Any], ...] = ()
    topic_at: tuple[str, ...] = ()
    subscribe: Subscription | None = None
    unsubscribe: Subscription | None = None
    error_from_response: Callable[[httpx.Response], ApiStatusError] = status_error


@dataclass(frozen=True)
class Reconnect:
    """When and how fast a channel reconnects: exponential backoff with jitter.

    Args:
        max_retries: Retries after failed connection attempts in a row; None retries forever, 0 never retries.
        initial_delay: Seconds before the first retry.
        max_delay: Upper bound of a delay, in seconds.
        multiplier: Growth of the delay from one attempt to the next.
        jitter: Fraction of each delay drawn at random (1.0: anywhere between 0 and the delay).
        random: Source of randomness in [0, 1), injectable for tests.
    """

    max_retries: int | None = 10
    initial_delay: float = 0.5
    max_delay: float = 30.0
    multiplier: float = 2.0
    jitter: float = 1.0
    random: Callable[[], float] = field(default=random.random, repr=False)

    def allows(self, failures: int) -> bool:
        return self.max_retries is None or failures <= self.max_retries

    def delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failed attempt in a row."""
        ceiling = min(self.max_delay, self.initial_delay * self.multiplier ** max(failures - 1, 0))
        return ceiling * (1.0 - self.jitter * self.random())


def should_reconnect(code: int) -> bool:
    """Whether a connection closed with ``code`` is worth reconnecting: it dropped, or the server asks to retry."""
    return code in RECONNECT_CODES


def channel_url(base_url: str, base_path: str, path: str) -> str:
    """Return a channel's websocket URL on the host of an HTTP base URL (``https://h/v1`` -> ``wss://h/ws``)."""
    url = httpx.URL(base_url)
    root = url.path.rstrip("/")
    if base_path and root.endswith(base_path.rstrip("/")):
        root = root[: len(root) - len(base_path.rstrip("/"))]
    scheme = {"https": "wss", "http": "ws"}.get(url.scheme, url.scheme)
    return str(url.copy_with(scheme=scheme, path=root + path, query=None, fragment=None))


class ClientLike(Protocol):
    """What a channel needs of the generated ``Client``."""

    @property
    def base_url(self) -> str: ...

    @property
    def auth(self) -> ClientAuth: ...

    @property
    def verify(self) -> Any: ...

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


Handler = Callable[[Any], object]


class AsyncChannel(Generic[M]):
    """A websocket channel: ``async with`` connects and closes, ``async for`` yields its messages.

    Args:
        client: The HTTP client whose base URL, credentials, headers and TLS settings the channel uses.
        url: The channel's websocket URL, when it is not on the host of the client's base URL.
        reconnect: The reconnection policy.
        ping_interval: Seconds between protocol pings (None: no pings); a missing pong drops the connection.
        ping_timeout: Seconds to wait for a pong.
        open_timeout: Seconds to wait for the opening handshake.
        close_timeout: Seconds to wait for the server's part of the closing handshake.

    Attributes:
        reconnects: How often the channel reconnected after a drop.
    """

    SPEC: ClassVar[ChannelSpec]

    def __init__(
        self,
        client: ClientLike,
        *,
        url: str | None = None,
        reconnect: Reconnect | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        open_timeout: float = 10.0,
        close_timeout: float = 10.0,
    ) -> None:
        self._client = client
        self._url = url or channel_url(client.base_url, self.SPEC.base_path, self.SPEC.path)
        self.reconnect = reconnect or Reconnect()
        self._ping_interval = ping_interval
        self._ping_timeout = ping_timeout
        self._open_timeout = open_timeout
        self._close_timeout = close_timeout
        self._connection: ClientConnection | None = None
        self._topics: list[str] = []
        self._muted: set[str] = set()
        self._handlers: list[tuple[type | str, Handler]] = []
        self._closed = False
        self._stop = asyncio.Event()
        self._blocking_http = False
        self._ssl: ssl.SSLContext | None = None
        self.reconnects = 0

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._connection is not None else "idle"
        return f"{type(self).__name__}(url={redact_url(self._url)!r}, topics={self._topics!r}, {state})"

    @property
    def url(self) -> str:
        """The channel's websocket URL (without credentials)."""
        return self._url

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics subscribed to; they are subscribed to again after every reconnection."""
        return tuple(self._topics)

    async def connect(self) -> None:
        """Open the connection (retrying as ``reconnect`` allows) and subscribe to the topics given so far.

        Raises:
            AuthenticationError: The handshake was refused (401), also after renewing the token.
            PermissionDeniedError: The handshake was refused (403), also after renewing the token.
            ApiStatusError: The handshake got another error status that retrying cannot fix.
            ApiConnectionError: No connection could be made within the allowed attempts.
        """
        if self._connection is None and not self._closed:
            await self._connect()

    async def close(self) -> None:
        """Close the connection cleanly (code 1000); iteration ends."""
        self._closed = True
        self._stop.set()
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close(NORMAL_CLOSURE, "client disconnect")
            logger.info("websocket %s closed", redact_url(self._url))

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @overload
    def on(self, key: type[H], handler: Callable[[H], object]) -> Callable[[], None]: ...

    @overload
    def on(self, key: str, handler: Callable[[Received[M]], object]) -> Callable[[], None]: ...

    def on(self, key: type[Any] | str, handler: Callable[[Any], object]) -> Callable[[], None]:
        """Call ``handler`` (a function or a coroutine function) with each message of a model class or a topic.

        Handlers run as messages are received, that is while the channel is iterated (or :meth:`run` runs).
        Returns a function that removes the handler again.
        """
        entry = (key, handler)
        self._handlers.append(entry)

        def remove() -> None:
            if entry in self._handlers:
                self._handlers.remove(entry)

        return remove

    async def subscribe(self, *topics: str) -> None:
        """Subscribe to topics (e.g. ``widget:widget-456`` or ``file_uploaded``), now and after every reconnection.

        Raises:
            TypeError: The channel has no subscriptions.
        """
        subscription = self._subscription()
        new = [topic for topic in dict.fromkeys(topics) if topic not in self._topics]
        self._topics.extend(new)
        self._muted.difference_update(topics)
        await self._send_quietly(subscription.messages(self._topics if subscription.many else new))

    async def unsubscribe(self, *topics: str) -> None:
        """Stop receiving topics.

        Where the API documents no unsubscribe message, the topics are dropped from later subscriptions and their
        messages are no longer yielded.
        """
        self._subscription()
        gone = [topic for topic in dict.fromkeys(topics) if topic in self._topics]
        self._topics = [topic for topic in self._topics if topic not in gone]
        if self.SPEC.unsubscribe is None:
            self._muted.update(gone)
            return
        await self._send_quietly(self.SPEC.unsubscribe.messages(gone))

    async def send(self, message: Any) -> None:
        """Send a message: a generated model (its ``to_dict()``) or a JSON-serializable mapping.

        Raises:
            ApiConnectionError: The channel is not connected.
        """
        data = message.to_dict() if hasattr(message, "to_dict") else message
        connection = self._connection
        if connection is None:
            raise ApiConnectionError(f"websocket {redact_url(self._url)} is not connected")
        try:
            await connection.send(json.dumps(data))
        except ConnectionClosed as exc:
            raise ApiConnectionError(f"websocket {redact_url(self._url)} dropped: {exc}") from None

    async def run(self) -> None:
        """Receive messages and hand them to the handlers until the channel is closed."""
        async for _ in self:
            pass

    def __aiter__(self) -> AsyncChannel[M]:
        return self

    async def __anext__(self) -> Received[M]:
        while True:
            connection = self._connection
            if connection is None:
                if self._closed:
                    raise StopAsyncIteration
                msg = "connect the channel first: `async with` it or await connect()"
                raise RuntimeError(msg)
            try:
                frame = await connection.recv()
            except ConnectionClosed as exc:
                if self._closed or not await self._after_close(connection, exc):
                    raise StopAsyncIteration from None
                continue
            message, topic = self.decode(frame)
            if topic is not None and topic in self._muted:
                continue
            await self._dispatch(message, topic)
            return message

    def decode(self, frame: str | bytes) -> tuple[Received[M], str | None]:
        """Decode one frame into its message and topic; never raises."""
        raw = frame if isinstance(frame, str) else frame.decode("utf-8", "replace")
        try:
            data = loads(frame)
        except ValueError as exc:
            return MalformedMessage(raw, f"not JSON: {exc}"), None
        if not isinstance(data, dict):
            return MalformedMessage(raw, f"not a JSON object but {type(data).__name__}"), None
        topic = _get(data, self.SPEC.topic_at) if self.SPEC.topic_at else None
        if self.SPEC.topic_at and not isinstance(topic, str):
            return MalformedMessage(raw, f"no topic at /{'/'.join(self.SPEC.topic_at)}"), None
        kind = next((kind for kind in self.SPEC.kinds if kind.matches(topic)), None)
        if kind is None:
            return UnknownMessage(raw, data, topic), topic
        try:
            return kind.decode(data), topic
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            reason = f"does not match {kind.model.__name__}: {type(exc).__name__}: {exc}"
            return MalformedMessage(raw, reason), topic

    async def _dispatch(self, message: Received[M], topic: str | None) -> None:
        for key, handler in list(self._handlers):
            if (isinstance(key, str) and key == topic) or (isinstance(key, type) and isinstance(message, key)):
                result = handler(message)
                if inspect.isawaitable(result):
                    await result

    async def _after_close(self, connection: ClientConnection, exc: ConnectionClosed) -> bool:
        """Reconnect after the server dropped or closed the connection, when the close code allows."""
        code = exc.rcvd.code if exc.rcvd is not None else 1006
        reason = exc.rcvd.reason if exc.rcvd is not None else ""
        if self._connection is connection:
            self._connection = None
        if code == NORMAL_CLOSURE:
            logger.info("websocket %s closed by the server", redact_url(self._url))
            return False
        if not should_reconnect(code):
            msg = f"websocket {redact_url(self._url)} closed by the server with code {code}: {reason or 'no reason'}"
            raise ChannelClosedError(msg, code=code, reason=reason)
        logger.warning("websocket %s dropped (code %d); reconnecting", redact_url(self._url), code)
        connected = await self._connect()
        self.reconnects += int(connected)
        return connected

    async def _connect(self) -> bool:
        failures = 0
        while True:
            try:
                connection = await self._handshake()
                break
            except _Retryable as exc:
                failures += 1
                if not self.reconnect.allows(failures):
                    raise exc.error from None
                delay = self.reconnect.delay(failures)
                logger.warning("%s; retrying in %.2f s", exc.error, delay)
                if await self._stopped_within(delay):
                    return False
        if self._closed:
            await connection.close(NORMAL_CLOSURE, "client disconnect")
            return False
        self._connection = connection
        logger.info("websocket %s connected", redact_url(self._url))
        if self.SPEC.subscribe is not None:
            await self._send_quietly(self.SPEC.subscribe.messages(self._topics))
        return True

    async def _stopped_within(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    async def _handshake(self) -> ClientConnection:
        """Connect with fresh credentials; on 401 or 403, renew them once and try again."""
        http = self._client.get_httpx_client() if self._blocking_http else self._client.get_async_httpx_client()
        probe = http.build_request("GET", httpx.URL(self._url).copy_with(scheme=_http_scheme(self._url)))
        authorizer = _Authorizer(self._client.auth, http, probe)
        try:
            await authorizer.step(None)
            try:
                return await self._open(probe)
            except _Refused as refused:
                if await authorizer.step(httpx.Response(401, request=probe)) is None:
                    raise refused.error from None
            try:
                return await self._open(probe)
            except _Refused as refused:
                raise refused.error from None
        except httpx.TransportError as exc:
            raise _Retryable(ApiConnectionError(f"token renewal failed: {type(exc).__name__}: {exc}")) from None
        finally:
            await authorizer.aclose()

    async def _open(self, probe: httpx.Request) -> ClientConnection:
        url, headers = self._credentials(probe)
        try:
            return await connect(
                url,
                additional_headers=headers,
                user_agent_header=probe.headers.get("User-Agent"),
                ssl=self._ssl_context() if url.startswith("wss:") else None,
                logger=_PROTOCOL_LOGGER,
                ping_interval=self._ping_interval,
                ping_timeout=self._ping_timeout,
                open_timeout=self._open_timeout,
                close_timeout=self._close_timeout,
            )
        except InvalidStatus as exc:
            response = httpx.Response(
                exc.response.status_code,
                headers=list(exc.response.headers.raw_items()),
                content=bytes(exc.response.body or b""),
                request=httpx.Request("GET", redact_url(url)),
            )
            error = self.SPEC.error_from_response(response)
            if response.status_code in REFUSED_STATUSES:
                raise _Refused(error) from None
            if response.status_code in RETRY_STATUSES:
                raise _Retryable(error) from None
            raise error from None
        except InvalidURI as exc:
            raise ValueError(f"not a websocket URL: {redact_url(self._url)}: {exc}") from None
        except (OSError, TimeoutError, InvalidHandshake) as exc:
            message = f"websocket {redact_url(self._url)} failed: {type(exc).__name__}: {exc}"
            raise _Retryable(ApiConnectionError(message)) from None

    def _ssl_context(self) -> ssl.SSLContext:
        """The client's TLS settings (certificates verified unless it says otherwise), loaded once."""
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context(verify=self._client.verify)
        return self._ssl

    def _credentials(self, probe: httpx.Request) -> tuple[str, list[tuple[str, str]]]:
        """The URL and headers of the handshake: the client's headers, the token only where the spec puts it."""
        api_key_header = (self._client.auth.scheme.api_key_header or "").lower()
        skipped = HANDSHAKE_HEADERS | {"authorization", api_key_header}
        headers = [(name, value) for name, value in probe.headers.multi_items() if name.lower() not in skipped]
        scheme, _, token = probe.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return self._url, headers
        if self.SPEC.auth_in == "query":
            return str(httpx.URL(self._url).copy_merge_params({self.SPEC.auth_name: token})), headers
        value = f"Bearer {token}" if self.SPEC.auth_name.lower() == "authorization" else token
        return self._url, [*headers, (self.SPEC.auth_name, value)]

    def _subscription(self) -> Subscription:
        if self.SPEC.subscribe is None:
            msg = f"the {self.SPEC.name} channel has no topics to subscribe to"
            raise TypeError(msg)
        return self.SPEC.subscribe

    async def _send_quietly(self, messages: list[Any]) -> None:
        """Send (un)subscriptions when connected; a dropped connection sends them again once reconnected."""
        connection = self._connection
        if connection is None:
            return
        for message in messages:
            try:
                await connection.send(json.dumps(message))
            except ConnectionClosed:
                return


class SyncChannel(Generic[M]):
    """The synchronous twin of an :class:`AsyncChannel`: ``with`` connects and closes, ``for`` yields messages.

    The channel runs on a private event loop in a background thread; handlers run there too, while the
    calling thread waits for the next message. Takes the same arguments as :class:`AsyncChannel`.
    """

    ASYNC: ClassVar[type[AsyncChannel[Any]]]

    def __init__(self, client: ClientLike, **options: Any) -> None:
        self._loop = _LoopThread(f"{type(self).__name__}-loop")
        self._channel: AsyncChannel[M] = self.ASYNC(client, **options)
        self._channel._blocking_http = True

    def __repr__(self) -> str:
        return repr(self._channel).replace(type(self._channel).__name__, type(self).__name__, 1)

    @property
    def url(self) -> str:
        return self._channel.url

    @property
    def topics(self) -> tuple[str, ...]:
        return self._channel.topics

    @property
    def reconnects(self) -> int:
        return self._channel.reconnects

    def connect(self) -> None:
        """See :meth:`AsyncChannel.connect`."""
        self._loop.call(self._channel.connect())

    def close(self) -> None:
        """Close the connection cleanly and stop the background thread."""
        if self._loop.stopped:
            return
        try:
            self._loop.call(self._channel.close())
        finally:
            self._loop.stop()

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @overload
    def on(self, key: type[H], handler: Callable[[H], object]) -> Callable[[], None]: ...

    @overload
    def on(self, key: str, handler: Callable[[Received[M]], object]) -> Callable[[], None]: ...

    def on(self, key: type[Any] | str, handler: Callable[[Any], object]) -> Callable[[], None]:
        """See :meth:`AsyncChannel.on`; handlers run on the channel's thread."""
        return self._channel.on(key, handler)

    def subscribe(self, *topics: str) -> None:
        """See :meth:`AsyncChannel.subscribe`."""
        self._loop.call(self._channel.subscribe(*topics))

    def unsubscribe(self, *topics: str) -> None:
        """See :meth:`AsyncChannel.unsubscribe`."""
        self._loop.call(self._channel.unsubscribe(*topics))

    def send(self, message: Any) -> None:
        """See :meth:`AsyncChannel.send`."""
        self._loop.call(self._channel.send(message))

    def run(self) -> None:
        """Receive messages and hand them to the handlers until the channel is closed."""
        for _ in self:
            pass

    def __iter__(self) -> Iterator[Received[M]]:
        return self

    def __next__(self) -> Received[M]:
        if self._loop.stopped:
            raise StopIteration
        try:
            return self._loop.call(self._channel.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None


class _LoopThread:
    """An event loop running in a daemon thread (started on first use), for calling coroutines from sync code."""

    def __init__(self, name: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        if self._loop.is_closed():
            coroutine.close()
            msg = "the channel is closed"
            raise RuntimeError(msg)
        if not self._thread.is_alive():
            self._thread.start()
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result()
        except BaseException:
            future.cancel()
            raise

    @property
    def stopped(self) -> bool:
        return self._loop.is_closed()

    def stop(self) -> None:
        if self._loop.is_closed():
            return
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
        self._loop.close()


class _Authorizer:
    """Steps the client's auth flow for a handshake: renewals are sent over HTTP, the probe gets the credentials."""

    def __init__(self, auth: httpx.Auth, http: httpx.Client | httpx.AsyncClient, probe: httpx.Request) -> None:
        self._http = http
        self._probe = probe
        self._flow: Generator[httpx.Request, httpx.Response, None] | AsyncGenerator[httpx.Request, httpx.Response]
        if isinstance(http, httpx.Client):
            self._flow = auth.sync_auth_flow(probe)
        else:
            self._flow = auth.async_auth_flow(probe)

    async def step(self, response: httpx.Response | None) -> httpx.Request | None:
        """Resume the flow (with the handshake's refusal, if any) until it hands back the probe; None when done."""
        if isinstance(self._flow, Generator):
            return await asyncio.to_thread(self._sync_step, self._flow, response)
        flow = self._flow
        try:
            request = await (flow.__anext__() if response is None else flow.asend(response))
            while request is not self._probe:
                assert isinstance(self._http, httpx.AsyncClient)
                request = await flow.asend(await self._http.send(request, auth=AS_BUILT))
        except StopAsyncIteration:
            return None
        return request

    def _sync_step(
        self, flow: Generator[httpx.Request, httpx.Response, None], response: httpx.Response | None
    ) -> httpx.Request | None:
        try:
            request = next(flow) if response is None else flow.send(response)
            while request is not self._probe:
                assert isinstance(self._http, httpx.Client)
                request = flow.send(self._http.send(request, auth=AS_BUILT))
        except StopIteration:
            return None
        return request

    async def aclose(self) -> None:
        if isinstance(self._flow, Generator):
            self._flow.close()
        else:
            await self._flow.aclose()


class _Refused(Exception):
    def __init__(self, error: ApiStatusError) -> None:
        self.error = error


class _Retryable(Exception):
    def __init__(self, error: Exception) -> None:
        self.error = error


class _RedactHandshake(logging.Filter):
    """Redact credentials from the websocket library's debug lines: query secrets and secret headers."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "> GET %s HTTP/1.1" and isinstance(record.args, tuple):
            record.args = (redact_url(httpx.URL("ws://host" + str(record.args[0]))).removeprefix("ws://host"),)
        elif record.msg in ("> %s: %s", "< %s: %s") and isinstance(record.args, tuple) and len(record.args) == 2:
            name = str(record.args[0])
            if name.lower() in SECRET_HEADERS or name.lower() in SECRET_NAMES:
                record.args = (name, REDACTED)
        return True


_PROTOCOL_LOGGER = logging.getLogger(f"{logger.name}.websocket")
_PROTOCOL_LOGGER.addFilter(_RedactHandshake())


def _http_scheme(url: str) -> str:
    return "https" if url.startswith("wss:") else "http"


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _put(template: Mapping[str, Any], path: tuple[str, ...], value: Any) -> Any:
    result: dict[str, Any] = json.loads(json.dumps(template))
    node = result
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value
    return result
