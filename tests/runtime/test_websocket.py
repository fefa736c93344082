"""Websocket channels of the generated clients against the mock on 127.0.0.1, asynchronously and synchronously.

Auth refused, typed messages of subscribed topics, reconnection that re-subscribes and keeps the handlers, malformed
frames, token renewal before a reconnection (and after a refused handshake), heartbeats, clean and server closes,
and no token in logs or reprs. Reconnection delays are injected (a few milliseconds, no jitter), and every wait is
bounded.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from .families import FAMILIES
from .mocks import Served

TIMEOUT = 5.0


@pytest.fixture(params=[f.name for f in FAMILIES])
def mock(request: pytest.FixtureRequest, mocks: dict[str, Served]) -> Served:
    return mocks[str(request.param)]


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


async def take(channel: Any, count: int, keep: Callable[[Any], bool] = lambda m: True) -> list[Any]:
    found: list[Any] = []
    while len(found) < count:
        message = await asyncio.wait_for(channel.__anext__(), TIMEOUT)
        if keep(message):
            found.append(message)
    return found


def take_sync(channel: Any, count: int, keep: Callable[[Any], bool] = lambda m: True) -> list[Any]:
    found: list[Any] = []
    for message in channel:
        if keep(message):
            found.append(message)
        if len(found) == count:
            break
    return found


# --- auth -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "bogus-secret-token"])
def test_a_handshake_without_valid_credentials_is_refused(mock: Served, mode: str, token: str | None) -> None:
    client = mock.client(login=False, access_token=token)
    refusals = len(mock.server.refusals)
    with pytest.raises(mock.family.errors.AuthenticationError) as refused:
        if mode == "sync":
            mock.sync_class()(client, **mock.fast()).connect()
        else:
            asyncio.run(mock.async_class()(client, **mock.fast()).connect())
    assert refused.value.status_code == 401
    assert "bogus-secret-token" not in str(refused.value) + str(refused.value.request.url)
    assert len(mock.server.refusals) == refusals + 1  # no refresh token: refused once, not retried


# --- typed messages, handlers, subscriptions -------------------------------------------------------------------------


def test_subscribed_topics_arrive_as_typed_messages_and_reach_handlers(mock: Served, mode: str) -> None:
    client = mock.client()
    by_class: list[Any] = []
    by_topic: list[Any] = []
    if mode == "sync":
        with mock.sync_class()(client, **mock.fast()) as channel:
            channel.on(mock.model(), by_class.append)
            for topic in mock.case.topics:
                channel.on(topic, by_topic.append)
            if mock.case.topics:
                channel.subscribe(*mock.case.topics)
            messages = take_sync(channel, 3)
    else:

        async def run() -> list[Any]:
            async with mock.async_class()(client, **mock.fast()) as channel:

                async def record(message: Any) -> None:
                    by_class.append(message)

                channel.on(mock.model(), record)
                for topic in mock.case.topics:
                    channel.on(topic, by_topic.append)
                if mock.case.topics:
                    await channel.subscribe(*mock.case.topics)
                return await take(channel, 3)

        messages = asyncio.run(run())
    assert all(isinstance(message, mock.model()) for message in messages), messages
    assert by_class == messages and by_topic == (messages if mock.case.topics else [])
    if mock.family.name == "cortex":
        assert {(m.channel, m.data.widget_id) for m in messages} == {("widget:w-1", "w-1")}


def test_cortex_routes_each_channel_kind_to_its_model(mocks: dict[str, Served]) -> None:
    mock = mocks["cortex"]
    models = mock.family.module("models")

    async def run() -> dict[str, type]:
        async with mock.async_class()(mock.client(), **mock.fast()) as channel:
            await channel.subscribe("widget:w-1", "dashboard:d-1", "export:e-1")
            return {message.channel: type(message) for message in await take(channel, 6)}

    assert asyncio.run(run()) == {
        "widget:w-1": models.WidgetChannelMessage,
        "dashboard:d-1": models.DashboardChannelMessage,
        "export:e-1": models.ExportChannelMessage,
    }


def test_cortex_unsubscribes_on_the_server(mocks: dict[str, Served]) -> None:
    mock = mocks["cortex"]

    async def run() -> None:
        async with mock.async_class()(mock.client(), **mock.fast()) as channel:
            await channel.subscribe("widget:w-9", "export:e-9")
            await take(channel, 2)
            await channel.unsubscribe("widget:w-9")
            assert channel.topics == ("export:e-9",)

    asyncio.run(run())
    assert ("realtime", {"type": "unsubscribe", "channel": "widget:w-9"}) in mock.server.received


def test_reviewpoint_subscribes_with_one_message_listing_every_event_type(mocks: dict[str, Served]) -> None:
    mock = mocks["reviewpoint"]
    models = mock.family.module("models")

    async def run() -> set[type]:
        async with mock.async_class()(mock.client(), **mock.fast()) as channel:
            await channel.subscribe("file_uploaded")
            await channel.subscribe("notification")
            return {type(message) for message in await take(channel, 6)}

    assert asyncio.run(run()) == {models.FileUploadedMessage, models.NotificationMessage}
    sent = [message for name, message in mock.server.received if name == "events"][-2:]
    assert [message["data"]["events"] for message in sent] == [["file_uploaded"], ["file_uploaded", "notification"]]


# --- reconnection ---------------------------------------------------------------------------------------------------


def test_a_dropped_connection_reconnects_resubscribes_and_keeps_its_handlers(mock: Served, mode: str) -> None:
    client = mock.client()
    handled: list[Any] = []
    subscriptions = len(mock.server.received)
    if mode == "sync":
        with mock.sync_class()(client, **mock.fast()) as channel:
            channel.on(mock.model(), handled.append)
            if mock.case.topics:
                channel.subscribe(*mock.case.topics)
            take_sync(channel, 1)
            assert mock.server.drop(1012) >= 1
            after = take_sync(channel, 3)
            reconnects = channel.reconnects
    else:

        async def run() -> tuple[list[Any], int]:
            async with mock.async_class()(client, **mock.fast()) as channel:
                channel.on(mock.model(), handled.append)
                if mock.case.topics:
                    await channel.subscribe(*mock.case.topics)
                await take(channel, 1)
                assert mock.server.drop(1012) >= 1
                return await take(channel, 3), channel.reconnects

        after, reconnects = asyncio.run(run())
    assert reconnects == 1 and len(handled) == 4 and all(isinstance(m, mock.model()) for m in after)
    resubscribed = list(mock.server.received)[subscriptions:]
    assert len(resubscribed) == (2 if mock.case.topics else 0), resubscribed


def test_a_server_that_ends_the_stream_or_refuses_the_client_is_not_reconnected(mocks: dict[str, Served]) -> None:
    mock = mocks["pwc"]
    errors = mock.module()

    async def run(code: int) -> list[Any]:
        async with mock.async_class()(mock.client(), **mock.fast()) as channel:
            await take(channel, 1)
            mock.server.drop(code)
            return [message async for message in channel]  # ends (or raises) instead of reconnecting

    assert all(isinstance(m, mock.model()) for m in asyncio.run(run(1000)))
    with pytest.raises(errors.ChannelClosedError) as closed:
        asyncio.run(run(1008))
    assert closed.value.code == 1008 and "1008" in str(closed.value)


# --- malformed and unknown frames -------------------------------------------------------------------------------------

UNKNOWN = {
    "cortex": '{"channel": "study:s-1", "data": {"enrolled": 70}}',
    "reviewpoint": '{"type": "review_assigned", "data": {"review_id": 17}}',
}
WRONG_SHAPE = {
    "pwc": '{"revenue": 12.5}',
    "cortex": '{"channel": "widget:w-1", "data": {"cached": "yes"}}',  # WidgetData requires nothing: a wrong type
    "reviewpoint": '{"type": "file_uploaded", "data": {"size": 3}}',
}


def test_malformed_and_unknown_frames_are_surfaced_and_the_stream_goes_on(mock: Served) -> None:
    module = mock.module()
    pushed = ["not json at all", WRONG_SHAPE[mock.family.name], *[UNKNOWN[k] for k in UNKNOWN if k == mock.family.name]]

    async def run() -> list[Any]:
        async with mock.async_class()(mock.client(), **mock.fast()) as channel:
            if mock.case.topics:
                await channel.subscribe(*mock.case.topics)
            await take(channel, 1)
            for text in pushed:
                mock.server.push(text)
            odd = await take(channel, len(pushed), lambda m: not isinstance(m, mock.model()))
            return [*odd, *await take(channel, 2)]

    messages = asyncio.run(run())
    malformed, wrong, *unknown = messages[: len(pushed)]
    assert isinstance(malformed, module.MalformedMessage) and malformed.raw == "not json at all"
    assert isinstance(wrong, module.MalformedMessage) and "does not match" in wrong.error
    assert wrong.raw == WRONG_SHAPE[mock.family.name]
    for message in unknown:
        assert isinstance(message, module.UnknownMessage) and message.raw == UNKNOWN[mock.family.name]
    assert all(isinstance(m, mock.model()) for m in messages[len(pushed) :])


# --- token renewal ----------------------------------------------------------------------------------------------------


def test_an_expired_token_is_renewed_before_reconnecting(mock: Served, mode: str) -> None:
    client = mock.client()
    old = client.tokens
    refusals = len(mock.server.refusals)

    def expire() -> None:
        client.auth.set_tokens(replace(client.tokens, expires_at=0.0))
        mock.server.drop(1012)

    if mode == "sync":
        with mock.sync_class()(client, **mock.fast()) as channel:
            if mock.case.topics:
                channel.subscribe(*mock.case.topics)
            take_sync(channel, 1)
            expire()
            take_sync(channel, 2)
    else:

        async def run() -> None:
            async with mock.async_class()(client, **mock.fast()) as channel:
                if mock.case.topics:
                    await channel.subscribe(*mock.case.topics)
                await take(channel, 1)
                expire()
                await take(channel, 2)

        asyncio.run(run())
    assert client.tokens.access_token != old.access_token
    assert len(mock.server.refusals) == refusals  # renewed first, so never refused


def test_a_refused_handshake_renews_the_token_once(mock: Served) -> None:
    client = mock.client()
    old = client.tokens.access_token
    refusals = len(mock.server.refusals)

    async def run() -> None:
        async with mock.async_class()(client, **mock.fast()) as channel:
            if mock.case.topics:
                await channel.subscribe(*mock.case.topics)
            await take(channel, 1)
            mock.app.mock.guard.store.tokens.pop(old)  # revoked on the server, still valid for the client
            mock.server.drop(1012)
            await take(channel, 2)

    asyncio.run(run())
    assert client.tokens.access_token != old and len(mock.server.refusals) == refusals + 1


def test_a_refused_renewal_ends_the_channel_with_an_authentication_error(mocks: dict[str, Served]) -> None:
    mock = mocks["reviewpoint"]
    client = mock.client()

    async def run() -> None:
        async with mock.async_class()(client, **mock.fast()) as channel:
            await channel.subscribe("notification")
            await take(channel, 1)
            for token in (client.tokens.access_token, client.tokens.refresh_token):
                mock.app.mock.guard.store.tokens.pop(token)
            mock.server.drop(1012)
            await take(channel, 1)

    with pytest.raises(mock.family.errors.AuthenticationError):
        asyncio.run(run())
    assert client.tokens is None


# --- heartbeat ------------------------------------------------------------------------------------------------------


def test_pings_keep_a_quiet_connection_open(mocks: dict[str, Served]) -> None:
    mock = mocks["cortex"]  # nothing is sent before a subscription

    async def run() -> int:
        async with mock.async_class()(mock.client(), ping_interval=0.05, ping_timeout=1.0, **mock.fast()) as channel:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(channel.__anext__(), 0.5)  # ~10 pings answered meanwhile
            await channel.subscribe("export:e-5")
            await take(channel, 1)
            return int(channel.reconnects)

    assert asyncio.run(run()) == 0


class DeadServer:
    """Completes websocket handshakes, then never reads or answers anything (a half-dead peer)."""

    GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    def __init__(self) -> None:
        self.handshakes = 0
        self.writers: list[asyncio.StreamWriter] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        key = next(
            line.split(":", 1)[1].strip() for line in head.split("\r\n") if line.lower().startswith("sec-websocket-key")
        )
        accept = base64.b64encode(hashlib.sha1((key + self.GUID).encode()).digest()).decode()
        head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        writer.write(f"{head}Sec-WebSocket-Accept: {accept}\r\n\r\n".encode())
        self.handshakes += 1
        self.writers.append(writer)


def test_a_peer_that_stops_answering_pings_is_dropped_and_reconnected(mocks: dict[str, Served]) -> None:
    mock = mocks["pwc"]
    dead = DeadServer()

    async def run() -> int:
        server = await asyncio.start_server(dead.handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        url = f"ws://127.0.0.1:{port}/ws/sales/updates"
        timeouts = {"ping_interval": 0.05, "ping_timeout": 0.05, "close_timeout": 0.05}
        channel = mock.async_class()(mock.client(), url=url, **timeouts, **mock.fast())
        async with channel, server:
            reading = asyncio.ensure_future(channel.__anext__())
            deadline = time.monotonic() + TIMEOUT
            while dead.handshakes < 3 and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            reading.cancel()
            for writer in dead.writers:
                writer.close()
            return int(channel.reconnects)

    assert asyncio.run(run()) >= 2 and dead.handshakes >= 3


# --- close, logs, reprs ----------------------------------------------------------------------------------------------


def test_closing_is_clean_and_ends_iteration(mock: Served, mode: str) -> None:
    closes = len(mock.server.closes)
    if mode == "sync":
        channel = mock.sync_class()(mock.client(), **mock.fast())
        with channel:
            take_sync(channel, 1) if not mock.case.topics else None
        assert list(channel) == []
    else:

        async def run() -> list[Any]:
            channel = mock.async_class()(mock.client(), **mock.fast())
            async with channel:
                if not mock.case.topics:
                    await take(channel, 1)
            return [message async for message in channel]

        assert asyncio.run(run()) == []
    wait_until(lambda: len(mock.server.closes) > closes)
    assert list(mock.server.closes)[closes:] == [1000]


def test_no_token_in_logs_or_reprs(mock: Served, caplog: pytest.LogCaptureFixture) -> None:
    client = mock.client()
    secrets = {client.tokens.access_token, client.tokens.refresh_token}
    caplog.set_level(logging.DEBUG)

    async def run() -> list[str]:
        async with mock.async_class()(client, **mock.fast()) as channel:
            if mock.case.topics:
                await channel.subscribe(*mock.case.topics)
            messages = await take(channel, 1)
            mock.server.drop(1012)
            messages += await take(channel, 1)
            return [repr(channel), channel.url, *map(repr, messages)]

    texts = asyncio.run(run())
    assert any("websocket" in record.getMessage() and "reconnect" in record.getMessage() for record in caplog.records)
    assert any(record.getMessage().startswith("> GET ") for record in caplog.records)  # the library's debug lines
    for secret in secrets:
        assert secret not in caplog.text and not any(secret in text for text in texts)
