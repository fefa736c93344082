"""The mock's websocket channels, spoken to with a plain websocket client on 127.0.0.1 (not our generated one)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from generator.channels import WebSocketChannel, websocket_channels
from generator.contract._model import Api, load_api
from generator.contract._schemas import Schemas
from generator.contract.fuzz import mock_credentials
from generator.contract.mock import MockApp, MockConfig, create_app, default_api_key, serving
from generator.families import FAMILIES

TIMEOUT = 5.0


class Mock:
    """One family's mock on loopback, with a way to log in and to open its channels."""

    def __init__(self, api: Api, app: MockApp, url: str) -> None:
        self.api = api
        self.app = app
        self.url = url
        self.channels = {channel.name: channel for channel in websocket_channels(api.document)}
        self.schemas = Schemas(api.document)

    def token(self) -> str:
        login = mock_credentials(self.api).login
        assert self.api.family.auth is not None
        path = self.url + self.api.base_path + self.api.family.auth.login_path
        return str(httpx.post(path, json=login, timeout=TIMEOUT).json()["access_token"])

    def open(self, name: str, token: str | None) -> ClientConnection:
        channel = self.channels[name]
        ws_url = "ws" + self.url.removeprefix("http") + channel.root_path
        headers = {}
        if token and channel.auth_in == "query":
            ws_url += f"?{channel.auth_name}={token}"
        elif token:
            headers[channel.auth_name] = f"Bearer {token}"
        return connect(ws_url, additional_headers=headers, open_timeout=TIMEOUT)


@contextmanager
def served(name: str, interval: float = 0.05) -> Iterator[Mock]:
    api = load_api(FAMILIES[name])
    app = create_app(api.family, MockConfig(websocket_interval=interval), api=api)
    with serving(app) as url:
        yield Mock(api, app, url)


@pytest.fixture(scope="module", params=list(FAMILIES))
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    with served(str(request.param)) as served_mock:
        yield served_mock


def receive(connection: ClientConnection, count: int) -> list[Any]:
    return [json.loads(connection.recv(timeout=TIMEOUT)) for _ in range(count)]


def subscribe(channel: WebSocketChannel, connection: ClientConnection, topics: list[str]) -> None:
    assert channel.subscribe is not None
    message = json.loads(json.dumps(channel.subscribe.message))
    *parents, last = channel.subscribe.topic_at.split("/")[1:]
    node = message
    for part in parents:
        node = node[part]
    if channel.subscribe.many:
        node[last] = topics
        connection.send(json.dumps(message))
    else:
        for topic in topics:
            node[last] = topic
            connection.send(json.dumps(message))


TOPICS = {"realtime": ["widget:w-1", "export:e-2"], "events": ["file_uploaded", "notification"]}


def test_handshakes_without_a_valid_token_are_refused_in_the_familys_error_shape(mock: Mock) -> None:
    error_schema = mock.api.error_schema
    for name in mock.channels:
        for token in (None, "not-a-token-the-mock-issued"):
            with pytest.raises(InvalidStatus) as refused:
                mock.open(name, token)
            response = refused.value.response
            assert response.status_code == 401
            assert mock.schemas.is_valid(error_schema, json.loads(response.body or b""))


def test_an_unknown_path_is_404(mock: Mock) -> None:
    with pytest.raises(InvalidStatus) as refused:
        connect("ws" + mock.url.removeprefix("http") + "/ws/nowhere", open_timeout=TIMEOUT)
    assert refused.value.response.status_code == 404


def test_scripted_messages_are_valid_and_honour_subscriptions(mock: Mock) -> None:
    token = mock.token()
    for name, channel in mock.channels.items():
        with mock.open(name, token) as connection:
            topics = TOPICS.get(name, [])
            if topics:
                with pytest.raises(TimeoutError):
                    connection.recv(timeout=0.2)  # nothing before subscribing
                subscribe(channel, connection, topics)
            messages = receive(connection, 6)
        assert all(mock.schemas.is_valid(channel.receive_at, message) for message in messages), messages
        if channel.topic_at:
            seen = {message[channel.topic_at.strip("/")] for message in messages}
            assert seen == set(topics), messages


def test_a_subscription_echoes_the_id_of_its_topic_into_the_payload() -> None:
    with served("cortex") as mock, mock.open("realtime", mock.token()) as connection:
        subscribe(mock.channels["realtime"], connection, ["widget:w-77"])
        (message,) = receive(connection, 1)
    assert message["channel"] == "widget:w-77" and message["data"]["widget_id"] == "w-77"


def test_unsubscribing_stops_the_topic() -> None:
    unsubscription = {"type": "unsubscribe", "channel": "widget:w-1"}
    with served("cortex", interval=0.02) as mock, mock.open("realtime", mock.token()) as connection:
        subscribe(mock.channels["realtime"], connection, ["widget:w-1", "export:e-2"])
        receive(connection, 2)
        connection.send(json.dumps(unsubscription))
        deadline = time.monotonic() + TIMEOUT
        while ("realtime", unsubscription) not in mock.app.mock.channels.received and time.monotonic() < deadline:
            time.sleep(0.01)
        mock.app.mock.channels.push("marker")  # sent after everything the mock sent before it saw the unsubscription
        while connection.recv(timeout=TIMEOUT) != "marker":
            pass
        later = receive(connection, 6)
    assert {message["channel"] for message in later} == {"export:e-2"}


@pytest.mark.parametrize(
    ("frame", "code", "reason"),
    [
        ("{not json", 1007, "not JSON"),
        (b"\x00\x01", 1003, "binary"),
        (json.dumps({"type": "subscribe", "channel": "study:1"}), 1008, "invalid message"),
    ],
)
def test_malformed_client_frames_close_with_a_code_and_a_reason(frame: str | bytes, code: int, reason: str) -> None:
    with served("cortex") as mock:
        with mock.open("realtime", mock.token()) as connection:
            connection.send(frame)
            with pytest.raises(ConnectionClosed) as closed:
                connection.recv(timeout=TIMEOUT)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == code and reason in closed.value.rcvd.reason
        with mock.open("realtime", mock.token()) as connection:  # the mock itself is fine
            subscribe(mock.channels["realtime"], connection, ["export:e-1"])
            assert receive(connection, 1)[0]["channel"] == "export:e-1"


def test_a_channel_without_client_messages_refuses_any() -> None:
    with served("pwc") as mock, mock.open("sales_updates", default_api_key(mock.api.family)) as connection:
        receive(connection, 1)  # PwC API keys are bearer tokens: the mock's default key is accepted
        connection.send(json.dumps({"type": "subscribe"}))
        with pytest.raises(ConnectionClosed) as closed:
            receive(connection, 10)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008


def test_drop_and_push_reach_every_open_connection() -> None:
    with served("pwc", interval=10.0) as mock:
        app = mock.app
        with mock.open("sales_updates", mock.token()) as one, mock.open("system_health", mock.token()) as two:
            receive(one, 1), receive(two, 1)  # the first round comes at once
            assert app.mock.channels.push("raw text") == 2
            assert one.recv(timeout=TIMEOUT) == "raw text" == two.recv(timeout=TIMEOUT)
            assert app.mock.channels.drop(1012) == 2
            for connection in (one, two):
                with pytest.raises(ConnectionClosed) as closed:
                    connection.recv(timeout=TIMEOUT)
                assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012
