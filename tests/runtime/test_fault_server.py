"""The fault server itself, driven with plain httpx: scripts, records, bearer checks and faults do what they say."""

from __future__ import annotations

import httpx
import pytest

from .fault_server import FaultServer, Reply


def test_scripted_replies_come_in_order_then_the_default(server: FaultServer, server_url: str) -> None:
    server.script("GET /x", Reply.json({"n": 1}), Reply.json({"n": 2}, status=503), then=Reply.json({"n": 0}))

    with httpx.Client(base_url=server_url) as http:
        answers = [http.get("/x") for _ in range(4)]
        unscripted = http.post("/x", json={"a": 1}, headers={"X-Trace": "t-1"})

    assert [(answer.status_code, answer.json()["n"]) for answer in answers] == [(200, 1), (503, 2), (200, 0), (200, 0)]
    assert unscripted.status_code == 404
    assert [request.route for request in server.requests] == ["GET /x"] * 4 + ["POST /x"]
    assert server.requests[-1].json() == {"a": 1}
    assert server.requests[-1].headers["x-trace"] == "t-1"


def test_bearer_check_answers_401_outside_open_routes(server: FaultServer, server_url: str) -> None:
    server.require_bearer("good", open_routes=["POST /login"])
    server.always("GET /x", Reply.json({}))
    server.always("POST /login", Reply.json({}))

    with httpx.Client(base_url=server_url) as http:
        statuses = [
            http.get("/x").status_code,
            http.get("/x", headers={"Authorization": "Bearer bad"}).status_code,
            http.get("/x", headers={"Authorization": "Bearer good"}).status_code,
            http.post("/login").status_code,
        ]

    assert statuses == [401, 401, 200, 200]


def test_dropped_and_slow_replies(server: FaultServer, server_url: str) -> None:
    server.always("GET /drop", Reply.json({"long": "x" * 100}, drop_after=5))
    server.always("GET /slow", Reply.json({}, delay=1.0))

    with httpx.Client(base_url=server_url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/drop")
        with pytest.raises(httpx.ReadTimeout):
            http.get("/slow", timeout=0.2)


def test_event_stream_reply(server: FaultServer, server_url: str) -> None:
    server.always("GET /events", Reply.events([("status", {"a": 1}, "7"), (None, "plain")]))

    with httpx.Client(base_url=server_url) as http:
        answer = http.get("/events")

    assert answer.headers["content-type"] == "text/event-stream"
    assert answer.text == 'event: status\nid: 7\ndata: {"a": 1}\n\ndata: plain\n\n'
