"""Contract checks of a deployment's websocket channels: connect, subscribe, validate every message that arrives.

Each ``x-websockets`` channel is checked at once, for a bounded time: connect with the run's credentials (the
token where the spec puts it; a login first when the run has login fields), subscribe to topics (the run's, or the
spec's: every exact topic and the example topic of each topic pattern), then validate each message against the
channel's ``receive`` schema until every topic sent ``MESSAGES_PER_TOPIC`` messages or the time is up. Results go
into the run's report like an operation's, labelled ``WS <path>``: one request and one check per message, a
violation per kind of mismatch. A refused or failed connection is an error; so is a channel that sent nothing, as
nothing could be checked. Without credentials the expected answer is a refusal, and an accepted handshake is a
violation.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import time
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from generator.channels import WebSocketChannel, websocket_channels
from generator.contract._model import Api
from generator.contract._schemas import Schemas
from generator.contract.fuzz._options import FuzzOptions
from generator.contract.fuzz._report import FuzzReport, OperationSummary, Violation
from generator.contract.mock._state import get_pointer, set_pointer

__all__ = ["MESSAGES_PER_TOPIC", "check_channels", "channel_label"]

MESSAGES_PER_TOPIC = 3
CONFORMANCE = "websocket_message_conformance"
REFUSED = frozenset({401, 403})
MAX_SHOWN = 300


def channel_label(channel: WebSocketChannel) -> str:
    return f"WS {channel.root_path}"


def check_channels(options: FuzzOptions, api: Api, report: FuzzReport) -> None:
    """Check every channel of the spec against ``options.base_url``; add the results to ``report``.

    Nothing is checked (and nothing reported) for an in-process app, which has no websocket endpoint, or for a run
    restricted to some operations.
    """
    channels = websocket_channels(api.document)
    if not channels or options.base_url is None or options.operations:
        return
    started = time.monotonic()
    token, problem = _token(options, api)
    schemas = Schemas(api.document)
    root = _root(options.base_url, api.base_path)

    async def run_all() -> None:
        checks = [
            _check(channel, schemas, root, token, problem, options, report.summary_for(channel_label(channel)))
            for channel in channels
        ]
        await asyncio.gather(*checks)

    asyncio.run(run_all())
    report.duration += time.monotonic() - started


def _root(base_url: str, base_path: str) -> str:
    url = httpx.URL(base_url)
    path = url.path.rstrip("/")
    if base_path and path.endswith(base_path):
        path = path[: len(path) - len(base_path)]
    return str(url.copy_with(scheme={"https": "wss"}.get(url.scheme, "ws"), path=path or "/", query=None)).rstrip("/")


def _token(options: FuzzOptions, api: Api) -> tuple[str | None, str | None]:
    """The bearer token of the run: given, logged in for, or an API key sent as a bearer token; or why not."""
    credentials = options.credentials
    if credentials.token:
        return credentials.token, None
    login_path = api.family.auth.get("login_path")
    if credentials.login and login_path and options.base_url:
        try:
            response = httpx.post(
                options.base_url.rstrip("/") + login_path, json=dict(credentials.login), timeout=options.request_timeout
            )
            token = response.json().get("access_token") if response.is_success else None
        except (httpx.HTTPError, ValueError, AttributeError) as exc:
            return None, f"login for the websocket checks failed: {type(exc).__name__}"
        return (str(token), None) if isinstance(token, str) else (None, f"login answered {response.status_code}")
    if credentials.api_key and api.family.auth.get("api_key_style") == "bearer":
        return credentials.api_key, None
    return None, None


def _topics(channel: WebSocketChannel, schemas: Schemas, given: tuple[str, ...]) -> list[str]:
    if channel.subscribe is None or channel.topic_at is None:
        return []
    kinds = channel.documented_kinds
    chosen = [topic for topic in given if any(_matches(kind.topic_const, kind.topic_pattern, topic) for kind in kinds)]
    if chosen:
        return chosen
    topics = []
    for kind in kinds:
        example = (schemas.node(kind.schema_at) or {}).get("example")
        topic = kind.topic_const or get_pointer(example, channel.topic_at)
        if isinstance(topic, str):
            topics.append(topic)
    return topics


def _schema_for(channel: WebSocketChannel, message: Any) -> str:
    """The schema a message should match: its kind's, by topic (for precise errors), else the channel's."""
    topic = get_pointer(message, channel.topic_at) if channel.topic_at else None
    if not isinstance(topic, str):
        return channel.receive_at
    kind = next((k for k in channel.documented_kinds if _matches(k.topic_const, k.topic_pattern, topic)), None)
    return kind.schema_at if kind is not None else channel.receive_at


def _matches(const: str | None, pattern: str | None, topic: str) -> bool:
    return topic == const if const is not None else pattern is not None and re.search(pattern, topic) is not None


async def _check(
    channel: WebSocketChannel,
    schemas: Schemas,
    root: str,
    token: str | None,
    problem: str | None,
    options: FuzzOptions,
    summary: OperationSummary,
) -> None:
    label = summary.operation
    if problem is not None:
        summary.add(Violation(label, "error", "No token for the websocket", problem))
        return
    url, headers = root + channel.root_path, {}
    if token and channel.auth_in == "query":
        url = str(httpx.URL(url).copy_merge_params({channel.auth_name: token}))
    elif token:
        headers[channel.auth_name] = f"Bearer {token}" if channel.auth_name.lower() == "authorization" else token
    try:
        connection = await connect(url, additional_headers=headers, open_timeout=options.request_timeout)
    except InvalidStatus as exc:
        status = exc.response.status_code
        summary.requests += 1
        summary.statuses[status] += 1
        if token is None and status in REFUSED:
            summary.checks_run += 1  # refused without credentials, as it should be
            return
        summary.add(Violation(label, "error", "Handshake refused", f"the handshake was answered {status}", "", status))
        return
    except (OSError, TimeoutError, WebSocketException) as exc:
        summary.network_errors += 1
        summary.add(Violation(label, "error", "Connection failed", f"{type(exc).__name__}: {exc}"))
        return
    async with connection:
        if token is None:
            summary.add(Violation(label, "websocket_auth", "Accepted without credentials", "the handshake succeeded"))
            return
        await _listen(
            channel, schemas, connection, _topics(channel, schemas, options.websocket_topics), options, summary
        )


async def _listen(
    channel: WebSocketChannel,
    schemas: Schemas,
    connection: ClientConnection,
    topics: list[str],
    options: FuzzOptions,
    summary: OperationSummary,
) -> None:
    label = summary.operation
    if channel.subscribe is not None and topics:
        for message in _subscriptions(channel, topics):
            await connection.send(json.dumps(message))
    wanted = {topic: MESSAGES_PER_TOPIC for topic in topics} or {"": MESSAGES_PER_TOPIC}
    seen: set[tuple[str, str]] = set()
    deadline = time.monotonic() + options.websocket_seconds
    while any(count > 0 for count in wanted.values()) and time.monotonic() < deadline:
        try:
            frame = await asyncio.wait_for(connection.recv(), timeout=max(deadline - time.monotonic(), 0.01))
        except TimeoutError:
            break
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else 1006
            summary.add(Violation(label, "error", "Connection closed", f"the server closed the channel ({code})"))
            return
        summary.requests += 1
        summary.checks_run += 1
        message = _conformance(channel, schemas, frame, summary, seen)
        topic = get_pointer(message, channel.topic_at) if channel.topic_at and isinstance(message, dict) else ""
        if topic in wanted:
            wanted[topic] -= 1
    if summary.requests == 0:
        subscribed = f" after subscribing to {', '.join(topics)}" if topics else ""
        message = f"no message within {options.websocket_seconds:g}s{subscribed}: nothing could be checked"
        summary.add(Violation(label, "error", "No messages", message))


def _subscriptions(channel: WebSocketChannel, topics: list[str]) -> list[Any]:
    subscription = channel.subscribe
    assert subscription is not None
    if subscription.many:
        return [set_pointer(subscription.message, subscription.topic_at, list(topics))]
    return [set_pointer(copy.deepcopy(subscription.message), subscription.topic_at, topic) for topic in topics]


def _conformance(
    channel: WebSocketChannel,
    schemas: Schemas,
    frame: str | bytes,
    summary: OperationSummary,
    seen: set[tuple[str, str]],
) -> Any:
    """Validate one frame against the channel's receive schema; record each kind of mismatch once, with an example."""
    text = frame if isinstance(frame, str) else frame.decode("utf-8", "replace")
    shown = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "..."
    try:
        message = json.loads(text)
    except ValueError:
        problem = ("", "not JSON")
        message = None
    else:
        if schemas.is_valid(channel.receive_at, message):
            return message
        problems = schemas.problems(_schema_for(channel, message), message)
        first = problems[0] if problems else None
        problem = ("/".join(map(str, first.loc)) or "(root)", first.message) if first else ("(root)", "invalid")
    if problem not in seen:
        seen.add(problem)
        title = "Message is not JSON" if message is None else "Message does not match the channel's schema"
        details = f"at {problem[0]}: {problem[1]}\n{shown}" if message is not None else shown
        summary.add(Violation(summary.operation, CONFORMANCE, title, details))
    return message
