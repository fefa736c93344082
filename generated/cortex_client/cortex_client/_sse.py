"""Server-sent events: streams of typed events that resume after a dropped connection.

An event-stream operation sends its request when it is called (errors raise there) and returns an
:class:`EventStream`: an iterator of :class:`ServerSentEvent` whose data is decoded into the documented model, and a
context manager that closes the connection. :class:`AsyncEventStream` is its asynchronous twin.

When the connection drops (or no byte arrives within the read timeout), the stream reconnects with the
``Last-Event-ID`` of the last event it received, after the delay the server asked for in ``retry`` (1 s until it
does), and goes on with the events the server sends from there. After ``max_reconnects`` attempts in a row that
deliver no event, it raises :class:`StreamInterruptedError`. A server that ends the stream, or answers a reconnection
with 204, ends the iteration.

An event whose data does not decode is yielded as a :class:`MalformedEvent` with its raw text, and the stream goes
on; with ``raise_on_malformed`` its ``MalformedResponseError`` is raised instead (the stream stays usable).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._errors import (
    ApiConnectionError,
    ApiStatusError,
    MalformedResponseError,
    connection_error,
    decode_problem,
    malformed,
    status_error,
)
from ._json import loads
from ._logging import logger, redact_url

if TYPE_CHECKING:
    import httpx_sse

__all__ = [
    "AsyncEventStream",
    "EventStream",
    "MalformedEvent",
    "OpeningEventStream",
    "ServerSentEvent",
    "StreamInterruptedError",
    "StreamOptions",
]

T = TypeVar("T")
Decoders = Mapping[str, Callable[[Mapping[str, Any]], T]]
ErrorFactory = Callable[[httpx.Response], ApiStatusError]

DEFAULT_MAX_RECONNECTS = 3
DEFAULT_RECONNECT_DELAY = 1.0
MAX_RECONNECT_DELAY = 60.0
LAST_EVENT_ID_HEADER = "Last-Event-ID"


@dataclass(frozen=True)
class ServerSentEvent(Generic[T]):
    """One event of a stream: its name, its ``data`` decoded into the documented model, its id and retry."""

    event: str
    data: T
    id: str | None = None
    retry: int | None = None


@dataclass(frozen=True)
class MalformedEvent:
    """An event whose data is not what the spec documents: its name, raw text, id and why it did not decode."""

    event: str
    raw_data: str
    id: str | None
    error: MalformedResponseError


class StreamInterruptedError(ApiConnectionError):
    """The event stream dropped and every reconnection within the budget failed; ``last_event_id`` says where."""

    def __init__(self, message: str, *, request: httpx.Request | None, last_event_id: str | None) -> None:
        super().__init__(message, request=request)
        self.last_event_id = last_event_id


@dataclass(frozen=True)
class StreamOptions:
    """How a stream resumes and what it does with an event that does not decode."""

    max_reconnects: int = DEFAULT_MAX_RECONNECTS
    raise_on_malformed: bool = False


async def _sleep(seconds: float) -> None:
    """``asyncio.sleep``, with asyncio imported by whoever runs the event loop rather than with the package."""
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


class _Client(Protocol):
    def open_stream(self, **kwargs: Any) -> httpx.Response: ...


class _AsyncClient(Protocol):
    async def aopen_stream(self, **kwargs: Any) -> httpx.Response: ...


class _Resumption(Generic[T]):
    """What both stream classes share: decoding, the last event id, the reconnect delay and budget. No I/O."""

    def __init__(
        self, kwargs: dict[str, Any], decoders: Decoders[T], error_from_response: ErrorFactory, options: StreamOptions
    ) -> None:
        self.kwargs = kwargs
        self.decoders = decoders
        self.error_from_response = error_from_response
        self.options = options
        self.last_event_id: str | None = None
        self.delay = DEFAULT_RECONNECT_DELAY
        self.failures = 0

    def request(self) -> dict[str, Any]:
        """The keyword arguments of the next request: the original ones, plus ``Last-Event-ID`` once known."""
        if self.last_event_id is None:
            return self.kwargs
        headers = {**self.kwargs.get("headers", {}), LAST_EVENT_ID_HEADER: self.last_event_id}
        return {**self.kwargs, "headers": headers}

    def problem(self, response: httpx.Response) -> ApiStatusError | MalformedResponseError | None:
        """The error a (read) response that does not open an event stream raises."""
        if not response.is_success:
            return self.error_from_response(response)
        if not _is_event_stream(response):
            return malformed(response, ValueError("the response is not a text/event-stream"))
        return None

    def next_delay(self, request: httpx.Request | None, cause: Exception) -> float:
        """Count one more failed connection; return how long to wait before the next one.

        Raises:
            StreamInterruptedError: The budget of reconnections in a row is spent.
        """
        self.failures += 1
        if self.failures <= self.options.max_reconnects:
            logger.info("event stream dropped (%s); reconnecting in %.2f s", type(cause).__name__, self.delay)
            return self.delay
        where = f"{request.method} {redact_url(request.url)}" if request is not None else "the event stream"
        message = f"{where} dropped and {self.options.max_reconnects} reconnections failed: {cause}"
        raise StreamInterruptedError(message, request=request, last_event_id=self.last_event_id) from cause

    def reconnected(self, response: httpx.Response | None) -> ApiStatusError | None:
        """Judge the answer to a reconnection: None to go on (with it, or to the end after a 204), else the
        error that counts as one more failure.

        Raises:
            ApiStatusError: A status that retrying cannot fix.
            MalformedResponseError: An answer that is not an event stream.
        """
        problem = self.problem(response) if response is not None else None
        if problem is None or isinstance(problem, ApiStatusError) and problem.is_retryable:
            return problem
        raise problem

    def decode(
        self, response: httpx.Response, sse: httpx_sse.ServerSentEvent
    ) -> ServerSentEvent[T] | MalformedEvent | None:
        """Turn a parsed event into what the stream yields (None: skip it), and remember its id and retry."""
        self.failures = 0
        self.last_event_id = sse.id or self.last_event_id
        if sse.retry is not None:
            self.delay = min(sse.retry / 1000, MAX_RECONNECT_DELAY)
        name = sse.event or "message"
        decoder = self.decoders.get(name)
        if decoder is None or not sse.data:
            logger.debug("skipping event %r without documented data", name)
            return None
        try:
            data = decoder(loads(sse.data))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            error = _malformed_event(response, name, sse.id or None, exc)
            return MalformedEvent(event=name, raw_data=sse.data, id=sse.id or None, error=error)
        return ServerSentEvent(event=name, data=data, id=sse.id or None, retry=sse.retry)


class EventStream(Generic[T]):
    """The events of a streaming operation as they arrive; iterate it, and close it (or use ``with``).

    Raises (while iterating):
        StreamInterruptedError: The connection dropped and could not be resumed.
        ApiStatusError: A reconnection was refused with a status that retrying cannot fix.
        MalformedResponseError: An event did not decode, with ``raise_on_malformed``.
    """

    def __init__(
        self,
        client: _Client,
        kwargs: dict[str, Any],
        decoders: Decoders[T],
        error_from_response: ErrorFactory = status_error,
        options: StreamOptions | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._client = client
        self._state = _Resumption(kwargs, decoders, error_from_response, options or StreamOptions())
        self._sleep = sleep
        self._response: httpx.Response | None = None
        self._events: Iterator[httpx_sse.ServerSentEvent] | None = None
        response = self._open()
        if response is None:
            return
        if (problem := self._state.problem(response)) is not None:
            raise problem
        self._start(response)

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event received (sent as ``Last-Event-ID`` on a reconnection)."""
        return self._state.last_event_id

    def __iter__(self) -> EventStream[T]:
        return self

    def __next__(self) -> ServerSentEvent[T] | MalformedEvent:
        while self._events is not None and self._response is not None:
            try:
                sse = next(self._events)
            except StopIteration:
                break
            except httpx.TransportError as exc:
                self._reconnect(connection_error(exc))
                continue
            item = self._state.decode(self._response, sse)
            if isinstance(item, MalformedEvent) and self._state.options.raise_on_malformed:
                raise item.error
            if item is not None:
                return item
        self.close()
        raise StopIteration

    def close(self) -> None:
        """Close the connection; the iteration ends."""
        if self._response is not None:
            self._response.close()
        self._response, self._events = None, None

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _open(self) -> httpx.Response | None:
        """Send the request; read and return a response that is not a stream, None for a 204 (nothing to stream)."""
        response = self._client.open_stream(**self._state.request())
        if response.status_code == 204 or response.is_success and _is_event_stream(response):
            if response.status_code == 204:
                response.close()
                return None
            return response
        try:
            response.read()
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            response.close()
        return response

    def _start(self, response: httpx.Response) -> None:
        self._response = response
        import httpx_sse  # noqa: PLC0415 (loaded with the first stream, not with the package)

        self._events = httpx_sse.EventSource(response).iter_sse()

    def _reconnect(self, cause: Exception | None) -> None:
        request = self._response.request if self._response is not None else None
        self.close()
        while cause is not None:
            self._sleep(self._state.next_delay(request, cause))
            try:
                response = self._open()
            except ApiConnectionError as exc:
                cause = exc
                continue
            cause = self._state.reconnected(response)
            if cause is None and response is not None:
                self._start(response)


class AsyncEventStream(Generic[T]):
    """The asynchronous twin of :class:`EventStream`: ``async for``, ``aclose()`` or ``async with``."""

    def __init__(
        self,
        client: _AsyncClient,
        kwargs: dict[str, Any],
        decoders: Decoders[T],
        error_from_response: ErrorFactory = status_error,
        options: StreamOptions | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = _sleep,
    ) -> None:
        self._client = client
        self._state = _Resumption(kwargs, decoders, error_from_response, options or StreamOptions())
        self._sleep = sleep
        self._response: httpx.Response | None = None
        self._events: AsyncIterator[httpx_sse.ServerSentEvent] | None = None

    @classmethod
    async def open(
        cls,
        client: _AsyncClient,
        kwargs: dict[str, Any],
        decoders: Decoders[T],
        error_from_response: ErrorFactory = status_error,
        options: StreamOptions | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = _sleep,
    ) -> AsyncEventStream[T]:
        """Send the request and return the open stream.

        Raises:
            ApiStatusError: The server answered with an error status.
            ApiConnectionError: No response arrived.
            MalformedResponseError: The response is not an event stream.
        """
        stream = cls(client, kwargs, decoders, error_from_response, options, sleep=sleep)
        response = await stream._open()
        if response is not None:
            if (problem := stream._state.problem(response)) is not None:
                raise problem
            stream._start(response)
        return stream

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event received (sent as ``Last-Event-ID`` on a reconnection)."""
        return self._state.last_event_id

    def __aiter__(self) -> AsyncEventStream[T]:
        return self

    async def __anext__(self) -> ServerSentEvent[T] | MalformedEvent:
        while self._events is not None and self._response is not None:
            try:
                sse = await self._events.__anext__()
            except StopAsyncIteration:
                break
            except httpx.TransportError as exc:
                await self._reconnect(connection_error(exc))
                continue
            item = self._state.decode(self._response, sse)
            if isinstance(item, MalformedEvent) and self._state.options.raise_on_malformed:
                raise item.error
            if item is not None:
                return item
        await self.aclose()
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Close the connection; the iteration ends."""
        if self._response is not None:
            await self._response.aclose()
        self._response, self._events = None, None

    async def __aenter__(self) -> AsyncEventStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _open(self) -> httpx.Response | None:
        response = await self._client.aopen_stream(**self._state.request())
        if response.status_code == 204 or response.is_success and _is_event_stream(response):
            if response.status_code == 204:
                await response.aclose()
                return None
            return response
        try:
            await response.aread()
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            await response.aclose()
        return response

    def _start(self, response: httpx.Response) -> None:
        self._response = response
        import httpx_sse  # noqa: PLC0415 (loaded with the first stream, not with the package)

        self._events = httpx_sse.EventSource(response).aiter_sse()

    async def _reconnect(self, cause: Exception | None) -> None:
        request = self._response.request if self._response is not None else None
        await self.aclose()
        while cause is not None:
            await self._sleep(self._state.next_delay(request, cause))
            try:
                response = await self._open()
            except ApiConnectionError as exc:
                cause = exc
                continue
            cause = self._state.reconnected(response)
            if cause is None and response is not None:
                self._start(response)


class OpeningEventStream(Generic[T]):
    """What an asynchronous streaming operation returns: ``await`` it, or open it with ``async with``.

    Either way the request is sent then, and its errors raise there.
    """

    def __init__(self, open_stream: Callable[[], Awaitable[AsyncEventStream[T]]]) -> None:
        self._open_stream = open_stream
        self._stream: AsyncEventStream[T] | None = None

    def __await__(self) -> Generator[Any, None, AsyncEventStream[T]]:
        return self._open_stream().__await__()

    async def __aenter__(self) -> AsyncEventStream[T]:
        self._stream = await self._open_stream()
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()


def _is_event_stream(response: httpx.Response) -> bool:
    return str(response.headers.get("Content-Type", "")).partition(";")[0].strip() == "text/event-stream"


def _malformed_event(
    response: httpx.Response, name: str, event_id: str | None, exc: Exception
) -> MalformedResponseError:
    request = response.request
    which = f"event {name!r}" + (f" (id {event_id!r})" if event_id else "")
    detail, pointer, reason = decode_problem(exc)
    message = (
        f"{which} of {request.method} {redact_url(request.url)} is not what the spec documents: {detail};"
        " its raw data is attached to the MalformedEvent"
    )
    return MalformedResponseError(message, request=request, response=response, pointer=pointer, reason=reason)
