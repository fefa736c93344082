"""Contract checks of a deployment's websocket channels: connect, subscribe, validate every message that arrives.

Each ``x-websockets`` channel is checked at once, for a bounded time: connect with the run's credentials (the
token where the spec puts it; a login first when the run has login fields), subscribe to topics (the run's, or the
spec's: every exact topic and the example topic of each topic pattern), then validate each message against the
channel's ``receive`` schema until every topic sent ``MESSAGES_PER_TOPIC`` messages or the time is up. Results go
into the run's report like an operation's, labelled ``WS <path>``, with a verdict: ``ok`` when messages arrived and
all matched; ``failed`` for a mismatch, a failed connection or a channel that sent nothing (nothing could be
checked); ``unauthenticated`` when the handshake was refused. Without credentials the expected answer is a refusal
(the verdict is then ``unauthenticated``, as for HTTP operations), and an accepted handshake is a violation.
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
from generator.contract.fuzz._report import FAILED, OK, UNAUTHENTICATED, Finding, FuzzReport, OperationResult
from generator.contract.fuzz._session import Session
from generator.contract.mock._state import get_pointer, set_pointer

__all__ = ["MESSAGES_PER_TOPIC", "check_channels", "channel_label"]

MESSAGES_PER_TOPIC = 3
CONFORMANCE = "websocket_message_conformance"
REFUSED = frozenset({401, 403})
MAX_SHOWN = 300


def channel_label(channel: WebSocketChannel) -> str:
    return f"WS {channel.root_path}"


def check_channels(options: FuzzOptions, api: Api, report: FuzzReport, session: Session) -> None:
    """Check every channel of the spec against ``options.base_url``; add the results to ``report``.

    Nothing is checked (and nothing reported) for an in-process app, which has no websocket endpoint, or for a run
    restricted to some operations; ``--websocket-seconds 0`` turns the checks off (and the report says so). The
    token is the run's: given, logged in for by ``session``, or a bearer API key.
    """
    channels = websocket_channels(api.document)
    if not channels or options.base_url is None or options.operations:
        return
    if options.websocket_seconds <= 0:
        report.notes.append(f"{len(channels)} websocket channel(s) not checked (--websocket-seconds 0)")
        return
    started = time.monotonic()
    token = session.bearer()
    schemas = Schemas(api.document)
    root = _root(options.base_url, api.base_path)
    results = {channel_label(channel): OperationResult(channel_label(channel), channel.name) for channel in channels}

    async def run_all() -> None:
        checks = [
            _check(channel, schemas, root, token, options, results[channel_label(channel)]) for channel in channels
        ]
        await asyncio.gather(*checks)

    asyncio.run(run_all())
    for result in results.values():
        result.duration = time.monotonic() - started
        if result.verdict != UNAUTHENTICATED:
            result.verdict = FAILED if result.findings else OK
    report.operations.update(results)
    report.duration += time.monotonic() - started


def _root(base_url: str, base_path: str) -> str:
    url = httpx.URL(base_url)
    path = url.path.rstrip("/")
    if base_path and path.endswith(base_path):
        path = path[: len(path) - len(base_path)]
    return str(url.copy_with(scheme={"https": "wss"}.get(url.scheme, "ws"), path=path or "/", query=None)).rstrip("/")


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
    options: FuzzOptions,
    result: OperationResult,
) -> None:
    url, headers = root + channel.root_path, {}
    if token and channel.auth_in == "query":
        url = str(httpx.URL(url).copy_merge_params({channel.auth_name: token}))
    elif token:
        headers[channel.auth_name] = f"Bearer {token}" if channel.auth_name.lower() == "authorization" else token
    try:
        connection = await connect(url, additional_headers=headers, open_timeout=options.request_timeout)
    except InvalidStatus as exc:
        status = exc.response.status_code
        result.requests += 1
        result.statuses[status] += 1
        if status in REFUSED:
            result.checks_run += 1
            result.verdict = UNAUTHENTICATED
            refused = f"the handshake was answered {status}"
            result.reason = "refused without credentials, as it should be" if token is None else refused
            return
        _add(result, "status", f"websocket handshake answered {status}", status=status)
        return
    except (OSError, TimeoutError, WebSocketException) as exc:
        result.network_errors += 1
        _add(result, "network", "websocket connection failed", f"{type(exc).__name__}: {exc}")
        return
    async with connection:
        if token is None:
            _add(result, "auth", "websocket handshake accepted without credentials")
            return
        topics = _topics(channel, schemas, options.websocket_topics)
        await _listen(channel, schemas, connection, topics, options, result)


async def _listen(
    channel: WebSocketChannel,
    schemas: Schemas,
    connection: ClientConnection,
    topics: list[str],
    options: FuzzOptions,
    result: OperationResult,
) -> None:
    if channel.subscribe is not None and topics:
        for message in _subscriptions(channel, topics):
            await connection.send(json.dumps(message))
    wanted = {topic: MESSAGES_PER_TOPIC for topic in topics} or {"": MESSAGES_PER_TOPIC}
    seen: dict[tuple[str, str], Finding] = {}
    deadline = time.monotonic() + options.websocket_seconds
    while any(count > 0 for count in wanted.values()) and time.monotonic() < deadline:
        try:
            frame = await asyncio.wait_for(connection.recv(), timeout=max(deadline - time.monotonic(), 0.01))
        except TimeoutError:
            break
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else 1006
            _add(result, "network", f"the server closed the websocket ({code})")
            return
        result.requests += 1
        result.checks_run += 1
        message = _conformance(channel, schemas, frame, result, seen)
        topic = get_pointer(message, channel.topic_at) if channel.topic_at and isinstance(message, dict) else ""
        if topic in wanted:
            wanted[topic] -= 1
    if result.requests == 0:
        subscribed = f" after subscribing to {', '.join(topics)}" if topics else ""
        detail = f"no message within {options.websocket_seconds:g}s{subscribed}: nothing could be checked"
        _add(result, "check", "the websocket channel sent no message", detail)


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
    result: OperationResult,
    seen: dict[tuple[str, str], Finding],
) -> Any:
    """Validate one frame against the channel's receive schema; record each kind of mismatch once, with a count."""
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
    if problem in seen:
        seen[problem].count += 1
    elif message is None:
        seen[problem] = _add(result, "schema", "websocket message is not JSON", shown, check=CONFORMANCE)
    else:
        pointer = "/" + problem[0] if problem[0] != "(root)" else ""
        headline = f"websocket message does not match the channel's schema at {pointer or '/'}: {problem[1]}"
        seen[problem] = _add(result, "schema", headline, shown, check=CONFORMANCE, pointer=pointer)
    return message


def _add(
    result: OperationResult,
    kind: str,
    headline: str,
    detail: str = "",
    *,
    status: int | None = None,
    check: str | None = None,
    pointer: str | None = None,
) -> Finding:
    finding = Finding(result.operation, kind, headline, detail, status=status, check=check, pointer=pointer)
    result.findings.append(finding)
    return finding
