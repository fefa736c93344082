"""The websocket runtime as source: policies, URLs, decoding, subscriptions, credentials and redaction.

Connections against real servers are tested with the generated clients in ``tests/runtime/test_websocket.py``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from templates.runtime import _websocket
from templates.runtime._auth import AuthScheme, ClientAuth, Tokens
from templates.runtime._websocket import (
    AsyncChannel,
    ChannelSpec,
    MalformedMessage,
    MessageKind,
    Reconnect,
    Subscription,
    UnknownMessage,
    channel_url,
    should_reconnect,
)

BASE = "https://api.example.org/v1"
SCHEME = AuthScheme(api_key_header="X-API-Key", login_path="/auth/login", refresh_path="/auth/refresh")


@dataclass
class Widget:
    channel: str
    value: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Widget:
        value = data["data"]["value"]
        if not isinstance(value, int):
            raise TypeError("value must be an integer")
        return cls(data["channel"], value)


@dataclass
class Notice:
    text: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Notice:
        return cls(data["data"]["text"])


class Topics(AsyncChannel[Widget | Notice]):
    SPEC = ChannelSpec(
        name="topics",
        path="/ws",
        base_path="/v1",
        auth_in="query",
        auth_name="token",
        kinds=(MessageKind(Widget, pattern="^widget:"), MessageKind(Notice, topic="notice")),
        topic_at=("channel",),
        subscribe=Subscription({"type": "subscribe", "channel": "widget:1"}, ("channel",)),
    )


class Plain(AsyncChannel[Notice]):
    SPEC = ChannelSpec(name="plain", path="/ws/notices", kinds=(MessageKind(Notice),))


class FakeClient:
    """The parts of the generated ``Client`` a channel uses, over an ``httpx.MockTransport``."""

    def __init__(self, auth: ClientAuth, handler: Any = None, base_url: str = BASE) -> None:
        self.base_url = base_url
        self.auth = auth
        self.verify = True
        self.sent: list[httpx.Request] = []

        def record(request: httpx.Request) -> httpx.Response:
            self.sent.append(request)
            return handler(request) if handler else httpx.Response(500)

        transport = httpx.MockTransport(record)
        headers = {"User-Agent": "pkg/1.0", "X-Trace": "t-1"}
        self._sync = httpx.Client(base_url=base_url, auth=auth, headers=headers, transport=transport)
        self._async = httpx.AsyncClient(base_url=base_url, auth=auth, headers=headers, transport=transport)

    def get_httpx_client(self) -> httpx.Client:
        return self._sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._async


def renewing(request: httpx.Request) -> httpx.Response:
    assert request.url.path == "/v1/auth/refresh"
    return httpx.Response(200, json={"access_token": "fresh", "expires_in": 3600}, request=request)


def channel(cls: type[AsyncChannel[Any]] = Topics, token: str | None = "tok-1", **kw: Any) -> Any:
    tokens = Tokens(token) if token else None
    return cls(FakeClient(ClientAuth(BASE, SCHEME, api_key="key-1", tokens=tokens), **kw))


# --- policies -------------------------------------------------------------------------------------------------


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    policy = Reconnect(initial_delay=0.5, max_delay=4.0, multiplier=2.0, jitter=0.0)
    assert [policy.delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 4.0]


def test_full_jitter_draws_between_zero_and_the_delay() -> None:
    draws = iter([0.0, 0.5, 0.999])
    policy = Reconnect(initial_delay=1.0, jitter=1.0, random=lambda: next(draws))
    assert policy.delay(1) == 1.0
    assert policy.delay(1) == 0.5
    assert 0.0 < policy.delay(1) < 0.01


def test_retries_are_bounded_unless_told_otherwise() -> None:
    assert Reconnect(max_retries=2).allows(2) and not Reconnect(max_retries=2).allows(3)
    assert not Reconnect(max_retries=0).allows(1)
    assert Reconnect(max_retries=None).allows(10_000)


@pytest.mark.parametrize(
    ("code", "expected"),
    [(1000, False), (1001, True), (1006, True), (1008, False), (1011, True), (1012, True), (1013, True), (4001, False)],
)
def test_close_codes_that_reconnect(code: int, expected: bool) -> None:
    assert should_reconnect(code) is expected


@pytest.mark.parametrize(
    ("base_url", "base_path", "expected"),
    [
        ("https://api.example.org/v1", "/v1", "wss://api.example.org/ws"),
        ("http://127.0.0.1:8123/v1/", "/v1", "ws://127.0.0.1:8123/ws"),
        ("https://gateway.example.org/cortex/v1", "/v1", "wss://gateway.example.org/cortex/ws"),
        ("http://127.0.0.1:8123", "", "ws://127.0.0.1:8123/ws"),
        ("http://127.0.0.1:8123/other?x=1", "/v1", "ws://127.0.0.1:8123/other/ws"),
    ],
)
def test_channel_url_is_on_the_host_of_the_base_url(base_url: str, base_path: str, expected: str) -> None:
    assert channel_url(base_url, base_path, "/ws") == expected


def test_subscriptions_send_one_message_per_topic_or_one_listing_all() -> None:
    single = Subscription({"type": "subscribe", "channel": "widget:1"}, ("channel",))
    many = Subscription({"type": "subscribe", "data": {"events": ["a"]}}, ("data", "events"), many=True)

    assert single.messages(["widget:2", "export:3"]) == [
        {"type": "subscribe", "channel": "widget:2"},
        {"type": "subscribe", "channel": "export:3"},
    ]
    assert many.messages(["b", "c"]) == [{"type": "subscribe", "data": {"events": ["b", "c"]}}]
    assert many.messages([]) == [] and single.messages([]) == []
    assert many.message == {"type": "subscribe", "data": {"events": ["a"]}}  # the template stays as it was


# --- decoding -------------------------------------------------------------------------------------------------


def test_documented_messages_decode_into_their_model_by_topic() -> None:
    topics = channel()
    assert topics.decode('{"channel": "widget:7", "data": {"value": 3}}') == (Widget("widget:7", 3), "widget:7")
    assert topics.decode(b'{"channel": "notice", "data": {"text": "hi"}}') == (Notice("hi"), "notice")


def test_an_unknown_topic_is_yielded_with_its_data_and_raw_text() -> None:
    raw = '{"channel": "study:1", "data": {"enrolled": 70}}'
    message, topic = channel().decode(raw)
    assert message == UnknownMessage(raw, {"channel": "study:1", "data": {"enrolled": 70}}, "study:1")
    assert topic == "study:1"


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        ("not json {", "not JSON"),
        ("[1, 2]", "not a JSON object but list"),
        ('{"data": {}}', "no topic at /channel"),
        ('{"channel": "widget:7", "data": {"value": "three"}}', "does not match Widget: TypeError"),
        ('{"channel": "widget:7"}', "does not match Widget: KeyError"),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_a_malformed_frame_is_yielded_with_the_reason_never_raised(frame: str | bytes, reason: str) -> None:
    message, _ = channel().decode(frame)
    assert isinstance(message, MalformedMessage) and reason in message.error
    assert message.raw == (frame if isinstance(frame, str) else frame.decode("utf-8", "replace"))


def test_a_channel_without_topics_decodes_its_one_message() -> None:
    assert channel(Plain).decode('{"data": {"text": "hi"}, "extra": 1}') == (Notice("hi"), None)


def test_reprs_show_no_raw_payloads_and_no_tokens() -> None:
    assert "secret" not in repr(MalformedMessage('{"token": "secret"}', "not JSON"))
    assert "secret" not in repr(UnknownMessage('{"k": "secret"}', {"k": "secret"}, "x"))
    topics = Topics(FakeClient(ClientAuth(BASE, SCHEME)), url="wss://h/ws?token=secret")
    assert "secret" not in repr(topics) and "token=%2A%2A%2A" in repr(topics)


# --- handlers and subscriptions ---------------------------------------------------------------------------------


def test_handlers_match_model_classes_and_topics_and_can_be_removed() -> None:
    topics = channel()
    seen: list[tuple[str, Any]] = []

    async def on_widget(message: Widget) -> None:
        seen.append(("class", message))

    remove = topics.on(Widget, on_widget)
    topics.on("widget:7", lambda message: seen.append(("topic", message)))
    topics.on(UnknownMessage, lambda message: seen.append(("unknown", message.topic)))

    async def dispatch(raw: str) -> None:
        await topics._dispatch(*topics.decode(raw))

    asyncio.run(dispatch('{"channel": "widget:7", "data": {"value": 1}}'))
    asyncio.run(dispatch('{"channel": "study:1"}'))
    remove()
    asyncio.run(dispatch('{"channel": "widget:8", "data": {"value": 2}}'))

    assert seen == [("class", Widget("widget:7", 1)), ("topic", Widget("widget:7", 1)), ("unknown", "study:1")]


def test_subscribing_records_topics_for_resubscription_and_rejects_channels_without_topics() -> None:
    topics = channel()

    async def run() -> None:
        await topics.subscribe("widget:1", "widget:2", "widget:1")
        await topics.unsubscribe("widget:2")
        with pytest.raises(TypeError, match="no topics"):
            await channel(Plain).subscribe("anything")

    asyncio.run(run())
    assert topics.topics == ("widget:1",)


def test_unsubscribing_without_a_documented_message_mutes_the_topic() -> None:
    class Events(AsyncChannel[Notice]):
        SPEC = ChannelSpec(
            name="events",
            path="/ws",
            kinds=(MessageKind(Notice, topic="notice"),),
            topic_at=("type",),
            subscribe=Subscription({"type": "subscribe", "events": ["notice"]}, ("events",), many=True),
        )

    events = channel(Events)
    asyncio.run(events.subscribe("notice"))
    asyncio.run(events.unsubscribe("notice"))
    assert events.topics == () and "notice" in events._muted
    asyncio.run(events.subscribe("notice"))
    assert "notice" not in events._muted


def test_iterating_before_connecting_says_how_to_connect() -> None:
    async def first() -> Any:
        return await channel().__anext__()

    with pytest.raises(RuntimeError, match="async with"):
        asyncio.run(first())


# --- credentials --------------------------------------------------------------------------------------------------


def probe(headers: dict[str, str]) -> httpx.Request:
    return httpx.Request("GET", "https://api.example.org/ws", headers=headers)


def test_a_query_token_moves_out_of_the_headers_and_the_api_key_stays_home() -> None:
    url, headers = channel()._credentials(
        probe({"Authorization": "Bearer tok-1", "X-API-Key": "key-1", "User-Agent": "pkg/1", "X-Trace": "t"})
    )
    assert url == "wss://api.example.org/ws?token=tok-1"
    assert headers == [("x-trace", "t")]


def test_a_header_token_is_sent_as_a_bearer_header() -> None:
    class Headed(AsyncChannel[Notice]):
        SPEC = ChannelSpec(name="h", path="/ws", base_path="/v1", kinds=(MessageKind(Notice),))

    url, headers = channel(Headed)._credentials(probe({"Authorization": "Bearer tok-1", "X-API-Key": "key-1"}))
    assert url == "wss://api.example.org/ws" and headers == [("Authorization", "Bearer tok-1")]


def test_without_a_bearer_token_no_credentials_are_sent() -> None:
    url, headers = channel(token=None)._credentials(probe({"X-API-Key": "key-1"}))
    assert url == "wss://api.example.org/ws" and headers == []


@pytest.mark.parametrize("blocking", [False, True])
def test_the_authorizer_renews_an_expired_token_through_the_clients_flow(blocking: bool) -> None:
    auth = ClientAuth(BASE, SCHEME, tokens=Tokens("old", "refresh-1", expires_at=0.0))
    client = FakeClient(auth, renewing)
    http = client.get_httpx_client() if blocking else client.get_async_httpx_client()
    request = http.build_request("GET", "https://api.example.org/ws")

    async def run() -> httpx.Request | None:
        authorizer = _websocket._Authorizer(auth, http, request)
        try:
            return await authorizer.step(None)
        finally:
            await authorizer.aclose()

    assert asyncio.run(run()) is request
    assert request.headers["Authorization"] == "Bearer fresh"
    assert [r.url.path for r in client.sent] == ["/v1/auth/refresh"]
    assert json.loads(client.sent[0].content) == {"refresh_token": "refresh-1"}


def test_a_refused_handshake_renews_once_then_gives_up() -> None:
    auth = ClientAuth(BASE, SCHEME, tokens=Tokens("revoked", "refresh-1"))
    client = FakeClient(auth, renewing)
    http = client.get_async_httpx_client()
    request = http.build_request("GET", "https://api.example.org/ws")

    async def run() -> list[Any]:
        authorizer = _websocket._Authorizer(auth, http, request)
        steps = [await authorizer.step(None)]
        steps.append(await authorizer.step(httpx.Response(401, request=request)))
        steps.append(await authorizer.step(httpx.Response(401, request=request)))
        await authorizer.aclose()
        return steps

    first, renewed, done = asyncio.run(run())
    assert first is request and renewed is request and done is None
    assert request.headers["Authorization"] == "Bearer fresh" and len(client.sent) == 1


# --- logs ---------------------------------------------------------------------------------------------------------


def test_the_libraries_handshake_debug_lines_are_redacted() -> None:
    redact = _websocket._RedactHandshake()
    records = [
        logging.LogRecord("x", logging.DEBUG, "", 0, "> GET %s HTTP/1.1", ("/ws?token=secret&x=1",), None),
        logging.LogRecord("x", logging.DEBUG, "", 0, "> %s: %s", ("Authorization", "Bearer secret"), None),
        logging.LogRecord("x", logging.DEBUG, "", 0, "> %s: %s", ("X-API-Key", "secret"), None),
        logging.LogRecord("x", logging.DEBUG, "", 0, "< %s: %s", ("Set-Cookie", "s=secret"), None),
        logging.LogRecord("x", logging.DEBUG, "", 0, "> %s: %s", ("Host", "api.example.org"), None),
    ]
    lines = [record.getMessage() for record in records if redact.filter(record)]
    assert "secret" not in "\n".join(lines)
    assert lines[0] == "> GET /ws?token=%2A%2A%2A&x=1 HTTP/1.1" and lines[-1] == "> Host: api.example.org"


def test_a_sync_channel_starts_its_thread_on_use_and_refuses_use_after_close() -> None:
    class SyncTopics(_websocket.SyncChannel[Widget | Notice]):
        ASYNC = Topics

    before = threading.active_count()
    channel = SyncTopics(FakeClient(ClientAuth(BASE, SCHEME)))
    assert threading.active_count() == before and "idle" in repr(channel) and "SyncTopics" in repr(channel)
    channel.close()
    channel.close()  # twice is fine
    assert list(channel) == [] and threading.active_count() == before
    with pytest.raises(RuntimeError, match="closed"):
        channel.subscribe("widget:1")
