"""Server-sent events: Cortex ``monitor_pipeline_execution`` streams ``status`` and ``log`` events."""

from __future__ import annotations

import json

import asyncio
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


@pytest.fixture(params=["sync", "async"])
def monitor(request: pytest.FixtureRequest) -> Any:
    """``monitor(client, seen)``: collect the events of execution ex-1 into ``seen`` (sync or async), return them."""
    module = CORTEX.module("api.pipelines.monitor_pipeline_execution")

    def collect(client: Any, seen: list[Any] | None = None) -> list[Any]:
        seen = [] if seen is None else seen
        if request.param == "sync":
            for event in module.sync("ex-1", client=client):
                seen.append((event, time.monotonic()))
            return [event for event, _ in seen]

        async def run() -> None:
            try:
                async for event in module.asyncio("ex-1", client=client):
                    seen.append((event, time.monotonic()))
            finally:
                await client.aclose()

        asyncio.run(run())
        return [event for event, _ in seen]

    return collect


def test_monitor_yields_typed_status_and_log_events(server: FaultServer, server_url: str, monitor: Any) -> None:
    server.always(ROUTE, Reply.events(STREAM))
    models = CORTEX.module("models")

    events = monitor(CORTEX.client(server_url))

    assert [(event.event, event.id) for event in events] == [("status", "1"), ("log", "2"), ("status", "4")]
    running, log, done = (event.data for event in events)
    assert isinstance(running, models.PipelineStatus) and isinstance(done, models.PipelineStatus)
    assert isinstance(log, models.PipelineLog)
    assert (running.status, running.progress, done.status) == ("running", 0.5, "completed")
    assert (log.level, log.message, log.timestamp.isoformat()) == ("info", "step 1 done", STAMP)
    (request,) = server.requests
    assert request.headers["x-correlation-id"]
    assert request.headers["user-agent"].startswith("cortex_client/")


def test_monitor_yields_events_as_they_arrive(server: FaultServer, server_url: str, monitor: Any) -> None:
    server.always(ROUTE, Reply.events(STREAM[:2], chunk_delay=1.0))
    seen: list[Any] = []

    started = time.monotonic()
    monitor(CORTEX.client(server_url), seen)

    (_, first_at), (_, second_at) = seen
    assert first_at - started < 0.8  # not held back until the stream ends
    assert second_at - first_at >= 0.8


def test_monitor_retries_a_503_before_the_stream(server: FaultServer, server_url: str, monitor: Any) -> None:
    busy = Reply.json(CORTEX.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(ROUTE, busy, then=Reply.events(STREAM))

    events = monitor(CORTEX.client(server_url))

    assert len(events) == 3
    assert len(server.requests) == 2


def test_monitor_refreshes_the_token_on_401(server: FaultServer, server_url: str, monitor: Any) -> None:
    server.require_bearer("access-2", open_routes=[CORTEX.refresh_route])
    server.always(CORTEX.refresh_route, Reply.json(CORTEX.token_body("access-2", "refresh-2")))
    server.always(ROUTE, Reply.events(STREAM))
    client = CORTEX.client(server_url, access_token="stale-access", refresh_token="refresh-1")

    events = monitor(client)

    assert len(events) == 3
    assert [request.route for request in server.requests] == [ROUTE, CORTEX.refresh_route, ROUTE]


def test_monitor_error_status_raises_the_typed_error(server: FaultServer, server_url: str, monitor: Any) -> None:
    server.always(ROUTE, Reply.json(CORTEX.error_shape("no such execution"), status=404))

    with pytest.raises(CORTEX.errors.NotFoundError) as caught:
        monitor(CORTEX.client(server_url))

    assert caught.value.body.message == "no such execution"
    assert caught.value.correlation_id == server.requests[0].headers["x-correlation-id"]


@pytest.mark.parametrize(
    ("data", "pointer"),
    [("{not json", ""), ('{"execution_id": 7}', "/execution_id"), ('{"progress": "half"}', "/progress"), ("[1, 2]", "")],
)
def test_monitor_malformed_event_raises_malformed_response_error(
    server: FaultServer, server_url: str, monitor: Any, data: str, pointer: str
) -> None:
    server.always(ROUTE, Reply.events([("status", RUNNING), ("status", data)]))
    seen: list[Any] = []

    with pytest.raises(CORTEX.errors.MalformedResponseError) as caught:
        monitor(CORTEX.client(server_url), seen)

    assert len(seen) == 1  # the good event came first
    assert caught.value.status_code == 200
    assert caught.value.pointer == pointer


@pytest.mark.parametrize("data", ['{"execution_id": "ex-1"}', '{"execution_id": "ex-1", "status": "exploded"}'])
def test_monitor_event_with_fields_the_seed_does_not_read_missing_or_new_decodes(
    server: FaultServer, server_url: str, monitor: Any, data: str
) -> None:
    """The seed passes status events on unread: none of their fields is required, and states are open strings."""
    server.always(ROUTE, Reply.events([("status", RUNNING), ("status", data)]))
    seen: list[Any] = []

    monitor(CORTEX.client(server_url), seen)

    assert [event.data.to_dict() for event, _ in seen][1] == json.loads(data)


def test_monitor_dropped_mid_stream_raises_connection_error(server: FaultServer, server_url: str, monitor: Any) -> None:
    server.always(ROUTE, Reply.events(STREAM[:2], drop_after=0))
    seen: list[Any] = []

    with pytest.raises(CORTEX.errors.ApiConnectionError):
        monitor(CORTEX.client(server_url), seen)

    assert [event.event for event, _ in seen] == ["status", "log"]
    assert len(server.requests) == 1  # events were delivered: the stream is not replayed


def test_monitor_answered_with_a_page_instead_of_a_stream_is_malformed(
    server: FaultServer, server_url: str, monitor: Any
) -> None:
    server.always(ROUTE, Reply.text("<html>Sign in to continue</html>", content_type="text/html"))

    with pytest.raises(CORTEX.errors.MalformedResponseError) as caught:
        monitor(CORTEX.client(server_url))

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
