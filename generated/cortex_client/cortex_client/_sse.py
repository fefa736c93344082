"""Server-sent events: decode a ``text/event-stream`` response into typed events as they arrive."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
import httpx_sse

from ._errors import ApiStatusError, malformed, status_error
from ._logging import logger

__all__ = ["ServerSentEvent", "aiter_events", "iter_events"]

T = TypeVar("T")
Decoders = Mapping[str, Callable[[Mapping[str, Any]], T]]
ErrorFactory = Callable[[httpx.Response], ApiStatusError]


@dataclass(frozen=True)
class ServerSentEvent(Generic[T]):
    """One event of a stream: its name, its ``data`` decoded into the documented model, its id and retry."""

    event: str
    data: T
    id: str | None = None
    retry: int | None = None


def iter_events(
    response: httpx.Response, decoders: Decoders[T], error_from_response: ErrorFactory = status_error
) -> Iterator[ServerSentEvent[T]]:
    """Yield the documented events of a streamed response as they arrive.

    Raises:
        ApiStatusError: The response has an error status.
        MalformedResponseError: An event's data is not the documented JSON.
    """
    if not response.is_success:
        response.read()
        raise error_from_response(response)
    if not _is_event_stream(response):
        response.read()
        raise malformed(response, ValueError("the response is not a text/event-stream"))
    for sse in httpx_sse.EventSource(response).iter_sse():
        event = _decode(response, sse, decoders)
        if event is not None:
            yield event


async def aiter_events(
    response: httpx.Response, decoders: Decoders[T], error_from_response: ErrorFactory = status_error
) -> AsyncIterator[ServerSentEvent[T]]:
    """The asynchronous twin of :func:`iter_events`."""
    if not response.is_success:
        await response.aread()
        raise error_from_response(response)
    if not _is_event_stream(response):
        await response.aread()
        raise malformed(response, ValueError("the response is not a text/event-stream"))
    async for sse in httpx_sse.EventSource(response).aiter_sse():
        event = _decode(response, sse, decoders)
        if event is not None:
            yield event


def _is_event_stream(response: httpx.Response) -> bool:
    return str(response.headers.get("Content-Type", "")).partition(";")[0].strip() == "text/event-stream"


def _decode(
    response: httpx.Response, sse: httpx_sse.ServerSentEvent, decoders: Decoders[T]
) -> ServerSentEvent[T] | None:
    name = sse.event or "message"
    decoder = decoders.get(name)
    if decoder is None:
        logger.debug("skipping undocumented event %r", name)
        return None
    try:
        data = decoder(json.loads(sse.data))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise malformed(response, exc) from exc
    return ServerSentEvent(event=name, data=data, id=sse.id or None, retry=sse.retry)
