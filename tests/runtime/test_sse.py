"""Server-sent events: Cortex ``monitor_pipeline_execution`` streams ``status`` and ``log`` events.

Every test runs the synchronous stream (``sync()``, ``with``, ``for``) and the asynchronous one (``asyncio()``,
``async with``, ``async for``).
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

from .families import FAMILIES, Family
from .fault_server import FaultServer, Reply

CORTEX = FAMILIES[1]
ROUTE = CORTEX.route("GET", "/pipeline-executions/ex-1/monitor")
STAMP = "2025-01-02T03:04:05+00:00"
RUNNING = {"execution_id": "ex-1", "status": "running", "progress": 0.5, "steps_completed": 1, "steps_total": 2}
LOG = {"timestamp": STAMP, "level": "info", "message": "step 1 done", "step_id": "extract"}
DONE = {"execution_id": "ex-1", "status": "completed", "progress": 1.0}
STREAM = [("status", RUNNING, "1"), ("log", LOG, "2"), ("heartbeat", {}, "3"), ("status", DONE, "4")]
NUMBERED = [("status", {"execution_id": "ex-1", "status": "running", "progress": n}, str(n)) for n in range(1, 7)]


class Monitor:
    """Open the monitor of execution ex-1 the synchronous or the asynchronous way, and collect what it yields."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.module = CORTEX.module("api.pipelines.monitor_pipeline_execution")

    def __repr__(self) -> str:
        return self.mode

    def collect(self, client: Any, seen: list[Any] | None = None, **options: Any) -> list[Any]:
        """Iterate the stream to its end, appending ``(item, arrival time)`` to ``seen``; return the items."""
        seen = [] if seen is None else seen
        if self.mode == "sync":
            with self.module.sync("ex-1", client=client, **options) as stream:
                for item in stream:
                    seen.append((item, time.monotonic()))
            return [item for item, _ in seen]

        async def run() -> None:
            try:
                async with self.module.asyncio("ex-1", client=client, **options) as stream:
                    async for item in stream:
                        seen.append((item, time.monotonic()))
            finally:
                await client.aclose()

        asyncio.run(run())
        return [item for item, _ in seen]

    def open_then(self, client: Any, then: Any, then_async: Any, **options: Any) -> Any:
        """Call the operation (which sends the request), then run ``then(stream)`` or ``await then_async(stream)``."""
        if self.mode == "sync":
            stream = self.module.sync("ex-1", client=client, **options)
            try:
                return then(stream)
            finally:
                stream.close()

        async def run() -> Any:
            try:
                stream = await self.module.asyncio("ex-1", client=client, **options)
                try:
                    return await then_async(stream)
                finally:
                    await stream.aclose()
            finally:
                await client.aclose()

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def monitor(request: pytest.FixtureRequest) -> Monitor:
    return Monitor(request.param)


def test_monitor_yields_typed_status_and_log_events(server: FaultServer, server_url: str, monitor: Monitor) -> None:
    server.always(ROUTE, Reply.events(STREAM))
    models = CORTEX.module("models")

    events = monitor.collect(CORTEX.client(server_url))

    assert [(event.event, event.id) for event in events] == [("status", "1"), ("log", "2"), ("status", "4")]
    running, log, done = (event.data for event in events)
    assert isinstance(running, models.PipelineStatus) and isinstance(done, models.PipelineStatus)
    assert isinstance(log, models.PipelineLog)
    assert (running.status, running.progress, done.status) == ("running", 0.5, "completed")
    assert (log.level, log.message, log.timestamp.isoformat()) == ("info", "step 1 done", STAMP)
    (request,) = server.requests
    assert request.headers["x-correlation-id"]
    assert request.headers["user-agent"].startswith("cortex_client/")
    assert "last-event-id" not in request.headers


def test_monitor_yields_events_as_they_arrive(server: FaultServer, server_url: str, monitor: Monitor) -> None:
    server.always(ROUTE, Reply.events(STREAM[:2], chunk_delay=0.6))
    seen: list[Any] = []

    started = time.monotonic()
    monitor.collect(CORTEX.client(server_url), seen)

    (_, first_at), (_, second_at) = seen
    assert first_at - started < 0.5  # not held back until the stream ends
    assert second_at - first_at >= 0.5


def test_the_request_is_sent_when_the_operation_is_called(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    server.always(ROUTE, Reply.events(STREAM))

    def before_iterating(stream: Any) -> Any:
        return len(server.requests)

    async def before_iterating_async(stream: Any) -> Any:
        return len(server.requests)

    sent = monitor.open_then(CORTEX.client(server_url), before_iterating, before_iterating_async)

    assert sent == 1


def test_an_error_status_raises_when_the_operation_is_called(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    server.always(ROUTE, Reply.json(CORTEX.error_shape("no such execution"), status=404))

    def opened(stream: Any) -> None:
        raise AssertionError("the stream opened")

    async def opened_async(stream: Any) -> None:
        raise AssertionError("the stream opened")

    with pytest.raises(CORTEX.errors.NotFoundError) as caught:
        monitor.open_then(CORTEX.client(server_url), opened, opened_async)

    assert caught.value.body.message == "no such execution"
    assert caught.value.correlation_id == server.requests[0].headers["x-correlation-id"]


def test_closing_the_stream_ends_it_and_drops_the_connection(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    server.always(ROUTE, Reply.events(NUMBERED, chunk_delay=2.0))

    def first_then_close(stream: Any) -> Any:
        with stream:
            first = next(stream)
        return first, list(stream)

    async def first_then_close_async(stream: Any) -> Any:
        async with stream:
            first = await stream.__anext__()
        return first, [item async for item in stream]

    started = time.monotonic()
    first, rest = monitor.open_then(CORTEX.client(server_url), first_then_close, first_then_close_async)

    assert (first.id, rest) == ("1", [])
    assert time.monotonic() - started < 1.5  # did not wait for the next event


def test_monitor_retries_a_503_before_the_stream(server: FaultServer, server_url: str, monitor: Monitor) -> None:
    busy = Reply.json(CORTEX.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(ROUTE, busy, then=Reply.events(STREAM))

    events = monitor.collect(CORTEX.client(server_url))

    assert len(events) == 3
    assert len(server.requests) == 2


def test_monitor_refreshes_the_token_on_401(server: FaultServer, server_url: str, monitor: Monitor) -> None:
    server.require_bearer("access-2", open_routes=[CORTEX.refresh_route])
    server.always(CORTEX.refresh_route, Reply.json(CORTEX.token_body("access-2", "refresh-2")))
    server.always(ROUTE, Reply.events(STREAM))
    client = CORTEX.client(server_url, access_token="stale-access", refresh_token="refresh-1")

    events = monitor.collect(client)

    assert len(events) == 3
    assert [request.route for request in server.requests] == [ROUTE, CORTEX.refresh_route, ROUTE]


def test_a_stream_that_drops_twice_resumes_without_loss_or_duplicates(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    # What a server that honours Last-Event-ID sends: the events after the one named.
    server.script(
        ROUTE,
        Reply.events(NUMBERED[:2], retry=20, drop_after=0),
        Reply.events(NUMBERED[2:4], drop_after=0),
        then=Reply.events(NUMBERED[4:]),
    )

    events = monitor.collect(CORTEX.client(server_url))

    assert [event.id for event in events] == ["1", "2", "3", "4", "5", "6"]
    assert [event.data.progress for event in events] == [1, 2, 3, 4, 5, 6]
    assert [request.headers.get("last-event-id") for request in server.requests] == [None, "2", "4"]
    arrivals = [request.received_at for request in server.requests]
    assert arrivals[1] - arrivals[0] >= 0.02 and arrivals[2] - arrivals[1] >= 0.02  # the server's retry, 20 ms


def test_a_stream_gives_up_after_its_reconnect_budget(server: FaultServer, server_url: str, monitor: Monitor) -> None:
    server.script(ROUTE, Reply.events(NUMBERED[:1], retry=10, drop_after=0), then=Reply.stalled_stream())
    seen: list[Any] = []

    with pytest.raises(CORTEX.package.StreamInterruptedError) as caught:
        monitor.collect(CORTEX.client(server_url), seen, max_reconnects=2)

    assert [item.id for item, _ in seen] == ["1"]
    assert caught.value.last_event_id == "1"
    assert isinstance(caught.value, CORTEX.errors.ApiConnectionError)
    assert "2 reconnections failed" in caught.value.message
    assert [request.headers.get("last-event-id") for request in server.requests] == [None, "1", "1"]


def test_a_reconnection_answered_204_ends_the_stream(server: FaultServer, server_url: str, monitor: Monitor) -> None:
    server.script(ROUTE, Reply.events(NUMBERED[:1], retry=10, drop_after=0), then=Reply(204))

    events = monitor.collect(CORTEX.client(server_url))

    assert [event.id for event in events] == ["1"]
    assert len(server.requests) == 2


def test_a_reconnection_refused_for_good_raises_the_typed_error(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    gone = Reply.json(CORTEX.error_shape("execution deleted"), status=404)
    server.script(ROUTE, Reply.events(NUMBERED[:1], retry=10, drop_after=0), then=gone)

    with pytest.raises(CORTEX.errors.NotFoundError):
        monitor.collect(CORTEX.client(server_url))

    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        ("{not json", ""),
        ('{"execution_id": 7}', "/execution_id"),
        ('{"progress": "half"}', "/progress"),
        ("[1, 2]", ""),
    ],
)
def test_an_event_that_does_not_decode_is_yielded_as_a_malformed_event(
    server: FaultServer, server_url: str, monitor: Monitor, data: str, pointer: str
) -> None:
    server.always(ROUTE, Reply.events([("status", RUNNING, "1"), ("status", data, "2"), ("status", DONE, "3")]))

    first, bad, last = monitor.collect(CORTEX.client(server_url))

    assert isinstance(bad, CORTEX.package.MalformedEvent)
    assert (bad.event, bad.id, bad.raw_data) == ("status", "2", data)
    assert isinstance(bad.error, CORTEX.errors.MalformedResponseError)
    assert "event 'status' (id '2')" in bad.error.message
    assert (first.data.status, last.data.status) == ("running", "completed")
    assert bad.error.pointer == pointer


@pytest.mark.parametrize("data", ['{"execution_id": "ex-1"}', '{"execution_id": "ex-1", "status": "exploded"}'])
def test_an_event_with_fields_the_seed_does_not_read_missing_or_new_decodes(
    server: FaultServer, server_url: str, monitor: Monitor, data: str
) -> None:
    """The seed passes status events on unread: none of their fields is required, and states are open strings."""
    server.always(ROUTE, Reply.events([("status", RUNNING, "1"), ("status", data, "2")]))

    first, second = monitor.collect(CORTEX.client(server_url))

    assert second.data.to_dict() == json.loads(data)


def test_raise_on_malformed_raises_and_the_stream_goes_on(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    server.always(ROUTE, Reply.events([("status", RUNNING, "1"), ("status", "{not json", "2"), ("status", DONE, "3")]))

    def read(stream: Any) -> Any:
        first = next(stream)
        with pytest.raises(CORTEX.errors.MalformedResponseError):
            next(stream)
        return first, list(stream)

    async def read_async(stream: Any) -> Any:
        first = await stream.__anext__()
        with pytest.raises(CORTEX.errors.MalformedResponseError):
            await stream.__anext__()
        return first, [item async for item in stream]

    first, rest = monitor.open_then(CORTEX.client(server_url), read, read_async, raise_on_malformed=True)

    assert first.id == "1"
    assert [event.id for event in rest] == ["3"]


def test_monitor_answered_with_a_page_instead_of_a_stream_is_malformed(
    server: FaultServer, server_url: str, monitor: Monitor
) -> None:
    server.always(ROUTE, Reply.text("<html>Sign in to continue</html>", content_type="text/html"))

    with pytest.raises(CORTEX.errors.MalformedResponseError) as caught:
        monitor.collect(CORTEX.client(server_url))

    assert caught.value.raw_body == "<html>Sign in to continue</html>"
    assert not caught.value.is_retryable


@pytest.mark.parametrize("family", [CORTEX], ids=str)
def test_monitor_detailed_call_parses_the_error_of_a_failed_stream(
    server: FaultServer, server_url: str, family: Family
) -> None:
    module = family.module("api.pipelines.monitor_pipeline_execution")
    server.always(ROUTE, Reply.json(family.error_shape("no such execution"), status=404))

    response = module.sync_detailed("ex-1", client=family.client(server_url))

    assert response.status_code == 404
    assert response.parsed.message == "no such execution"
