"""The event stream as source, on ``httpx.MockTransport`` with an injected sleep: reconnect delays and budget,
``Last-Event-ID``, events without data, the async twin."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest

from templates.runtime._errors import ApiConnectionError, connection_error
from templates.runtime._sse import (
    AsyncEventStream,
    EventStream,
    MalformedEvent,
    ServerSentEvent,
    StreamInterruptedError,
    StreamOptions,
)


def as_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    return dict(data.items())  # like a model's from_dict: an object, or an error


DECODERS: Mapping[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {"tick": as_dict, "message": as_dict}
SSE = {"Content-Type": "text/event-stream"}


class Dropping(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends its chunks, then fails like a connection reset (or ends cleanly with ``drop=False``)."""

    def __init__(self, *chunks: bytes, drop: bool = True) -> None:
        self.chunks = chunks
        self.drop = drop

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.drop:
            raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.drop:
            raise httpx.ReadError("connection reset")


class Server:
    """Answers each request with the next scripted response and records the requests."""

    def __init__(self, *replies: Callable[[], httpx.Response]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.replies.pop(0)() if len(self.replies) > 1 else self.replies[0]()

    def open_stream(self, **kwargs: Any) -> httpx.Response:
        """What the generated client's ``open_stream`` does: send, hand the response out unread, map errors."""
        client = httpx.Client(transport=httpx.MockTransport(self.handle), base_url="https://api.test")
        try:
            return client.send(client.build_request(**kwargs), stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc

    async def aopen_stream(self, **kwargs: Any) -> httpx.Response:
        client = httpx.AsyncClient(transport=httpx.MockTransport(self.handle), base_url="https://api.test")
        try:
            return await client.send(client.build_request(**kwargs), stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    @property
    def last_event_ids(self) -> list[str | None]:
        return [request.headers.get("Last-Event-ID") for request in self.requests]


def events(text: str, *, drop: bool = True) -> Callable[[], httpx.Response]:
    return lambda: httpx.Response(200, headers=SSE, stream=Dropping(text.encode(), drop=drop))


KWARGS = {"method": "GET", "url": "/ticks", "headers": {"X-Trace": "t-1"}}


def stream(server: Server, **options: Any) -> EventStream[dict[str, Any]]:
    return EventStream(server, KWARGS, DECODERS, options=StreamOptions(**options), sleep=server.sleep)


def test_reconnects_after_the_servers_retry_with_the_last_event_id() -> None:
    server = Server(
        events('retry: 2500\nid: 7\nevent: tick\ndata: {"n": 7}\n\n'),
        events('id: 8\nevent: tick\ndata: {"n": 8}\n\n', drop=False),
    )

    items = list(stream(server))

    assert [(item.id, item.data) for item in items if isinstance(item, ServerSentEvent)] == [
        ("7", {"n": 7}),
        ("8", {"n": 8}),
    ]
    assert server.last_event_ids == [None, "7"]
    assert server.sleeps == [2.5]
    assert server.requests[1].headers["X-Trace"] == "t-1"  # the operation's own headers stay


def test_without_a_retry_the_delay_is_one_second_and_a_huge_one_is_capped() -> None:
    server = Server(events("event: tick\ndata: {}\n\n"), events("retry: 999999999\n\n"), events("", drop=False))

    list(stream(server))

    assert server.sleeps == [1.0, 60.0]
    assert server.last_event_ids == [None, None, None]  # no event had an id


def test_the_budget_counts_reconnections_in_a_row_that_deliver_nothing() -> None:
    server = Server(events("id: 1\nevent: tick\ndata: {}\n\n"), events(": nothing\n\n"))
    items: list[Any] = []

    with pytest.raises(StreamInterruptedError) as caught:
        items.extend(stream(server, max_reconnects=3))

    assert [item.id for item in items] == ["1"]
    assert len(server.requests) == 4
    assert caught.value.last_event_id == "1"
    assert isinstance(caught.value, ApiConnectionError)
    assert isinstance(caught.value.__cause__, ApiConnectionError)


def test_an_event_resets_the_budget() -> None:
    replies = [events(f"id: {n}\nevent: tick\ndata: {{}}\n\n") for n in range(1, 6)]
    server = Server(*replies, events("", drop=False))

    items = list(stream(server, max_reconnects=1))

    assert [item.id for item in items] == ["1", "2", "3", "4", "5"]


def test_connection_errors_while_reconnecting_count_against_the_budget() -> None:
    def refused() -> httpx.Response:
        raise httpx.ConnectError("refused")

    server = Server(events("id: 1\nevent: tick\ndata: {}\n\n"), refused)

    with pytest.raises(StreamInterruptedError):
        list(stream(server, max_reconnects=2))

    assert len(server.requests) == 3


def test_events_without_data_or_with_an_undocumented_name_are_skipped_but_their_id_counts() -> None:
    server = Server(
        events("id: 1\nevent: tick\ndata: {}\n\nid: 2\nevent: tick\n\nid: 3\nevent: gossip\ndata: {}\n\n"),
        events("", drop=False),
    )

    items = list(stream(server))

    assert [item.id for item in items] == ["1"]
    assert server.last_event_ids == [None, "3"]


def test_undecodable_data_is_a_malformed_event_with_the_raw_text() -> None:
    server = Server(events("id: 1\nevent: tick\ndata: {oops\n\nevent: tick\ndata: []\n\n", drop=False))

    bad_json, wrong_shape = list(stream(server))

    assert isinstance(bad_json, MalformedEvent) and isinstance(wrong_shape, MalformedEvent)
    assert (bad_json.raw_data, bad_json.id, wrong_shape.raw_data) == ("{oops", "1", "[]")
    assert "{oops" not in bad_json.error.message  # data may hold anything: the message names, it does not quote


def test_an_error_status_raises_at_once() -> None:
    server = Server(lambda: httpx.Response(404, json={"message": "gone"}))

    with pytest.raises(Exception, match="404 Not Found"):
        stream(server)

    assert len(server.requests) == 1


def test_the_async_twin_reconnects_the_same_way() -> None:
    server = Server(
        events('retry: 10\nid: 1\nevent: tick\ndata: {"n": 1}\n\n'),
        events(": nothing\n\n"),
        events('id: 2\nevent: tick\ndata: {"n": 2}\n\n', drop=False),
    )

    async def collect() -> list[Any]:
        opened = await AsyncEventStream.open(server, KWARGS, DECODERS, sleep=server.asleep)
        async with opened as events_:
            return [item async for item in events_]

    items = asyncio.run(collect())

    assert [item.id for item in items] == ["1", "2"]
    assert server.last_event_ids == [None, "1", "1"]
    assert server.sleeps == [0.01, 0.01]
