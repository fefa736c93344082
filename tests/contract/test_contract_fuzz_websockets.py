"""Fuzzing websocket channels: the mock passes, planted violations are found, nothing received is not "ok"."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from starlette.types import Receive, Scope, Send

from generator.contract._model import Api, auth_flow, load_api
from generator.contract.fuzz import Credentials, FuzzOptions, FuzzReport, mock_credentials
from generator.contract.fuzz._http import Target
from generator.contract.fuzz._report import FAILED, OK, UNAUTHENTICATED
from generator.contract.fuzz._session import Session
from generator.contract.fuzz._websockets import CONFORMANCE, check_channels
from generator.contract.mock import MockConfig, create_app, serving
from generator.families import FAMILIES

FRAMES = {
    "/ws/sales/updates": [
        "<html>Bad Gateway</html>",
        '{"timestamp": "yesterday", "revenue": 10.5}',
        '{"timestamp": "yesterday", "revenue": 11.5}',  # the same mismatch again: reported once
        '{"timestamp": "2011-12-09T12:50:00Z", "revenue": 10.5}',  # not read: 3 messages are enough
    ],
    "/ws/security/alerts": ['{"severity": "high", "message": "m", "timestamp": "2011-12-09T12:50:00Z"}'] * 3,
    "/ws/system/health": [],  # says nothing
}


class ScriptedChannels:
    """A deployment whose channels accept anyone and send fixed frames, valid or not."""

    def __init__(self, frames: dict[str, list[str]]) -> None:
        self.frames = frames

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "websocket":
            return
        await receive()
        await send({"type": "websocket.accept"})
        for frame in self.frames.get(scope["path"], []):
            await send({"type": "websocket.send", "text": frame})
        while (await receive())["type"] != "websocket.disconnect":
            pass


def session_for(api: Api, options: FuzzOptions) -> Session:
    target = Target(options.base_url, options.app, api.base_path, options.request_timeout)
    session = Session(auth_flow(api), options.credentials, target)
    session.start()
    return session


def check(name: str, base_url: str, credentials: Credentials, **options: Any) -> FuzzReport:
    api = load_api(FAMILIES[name])
    report = FuzzReport(name, base_url, None)
    fuzz_options = FuzzOptions(FAMILIES[name], base_url=base_url + api.base_path, credentials=credentials)
    fuzz_options = replace(fuzz_options, websocket_seconds=2.0, **options)
    check_channels(fuzz_options, api, report, session_for(api, fuzz_options))
    return report


@pytest.mark.parametrize("name", list(FAMILIES))
def test_the_mocks_channels_conform(name: str) -> None:
    api = load_api(FAMILIES[name])
    with serving(create_app(api.family, MockConfig(websocket_interval=0.02), api=api)) as url:
        report = check(name, url, mock_credentials(api))
    assert report.ok, report.findings
    assert report.operations and all(result.checks_run >= 3 for result in report.operations.values())


def test_planted_violations_are_reported_once_per_kind_and_silence_is_an_error() -> None:
    with serving(ScriptedChannels(FRAMES)) as url:
        report = check("pwc", url, Credentials(token="any-token"))
    sales, alerts, health = (report.operations[f"WS {path}"] for path in FRAMES)
    not_json, mismatch = sales.findings
    assert not_json.headline == "websocket message is not JSON" and "Bad Gateway" in not_json.detail
    assert mismatch.headline.startswith("websocket message does not match the channel's schema at /timestamp")
    assert mismatch.count == 2 and mismatch.pointer == "/timestamp" and "yesterday" in mismatch.detail
    assert all(f.check == CONFORMANCE for f in sales.findings) and sales.verdict == FAILED
    assert sales.checks_run == 3 and alerts.passed and alerts.checks_run == 3
    (silence,) = health.findings
    assert health.verdict == FAILED and "nothing could be checked" in silence.detail


def test_without_credentials_a_refusal_is_expected_and_an_acceptance_is_a_violation() -> None:
    api = load_api(FAMILIES["reviewpoint"])
    with serving(create_app(api.family, api=api)) as url:
        refused = check("reviewpoint", url, Credentials())
    with serving(ScriptedChannels({})) as url:
        accepted = check("reviewpoint", url, Credentials())
    channel = refused.operations["WS /api/v1/ws"]
    assert channel.verdict == UNAUTHENTICATED and channel.statuses[401] == 1 and not channel.findings
    (finding,) = accepted.operations["WS /api/v1/ws"].findings
    assert finding.kind == "auth" and accepted.operations["WS /api/v1/ws"].verdict == FAILED


def test_refused_credentials_and_dead_targets_are_errors() -> None:
    api = load_api(FAMILIES["cortex"])
    with serving(create_app(api.family, api=api)) as url:
        refused = check("cortex", url, Credentials(token="not-issued"))
    (channel,) = refused.operations.values()
    assert channel.verdict == UNAUTHENTICATED and "answered 401" in channel.reason and not refused.ok
    dead = check("cortex", "http://127.0.0.1:9", Credentials(token="t"))
    (channel,) = dead.operations.values()
    assert channel.verdict == FAILED and channel.findings[0].headline == "websocket connection failed"


def test_given_topics_replace_the_examples() -> None:
    api = load_api(FAMILIES["cortex"])
    app = create_app(api.family, MockConfig(websocket_interval=0.02), api=api)
    with serving(app) as url:
        report = check("cortex", url, mock_credentials(api), websocket_topics=("export:e-42",))
    assert report.ok and all(r.verdict == OK for r in report.operations.values())
    subscribed = [json.dumps(message) for _, message in app.mock.channels.received]
    assert subscribed == [json.dumps({"type": "subscribe", "channel": "export:e-42"})]


def test_in_process_and_operation_restricted_runs_check_no_channel() -> None:
    api = load_api(FAMILIES["pwc"])
    report = FuzzReport("pwc", "in-process", None)
    options = FuzzOptions(FAMILIES["pwc"], app=create_app(api.family, api=api))
    session = Session(auth_flow(api), options.credentials, Target(None, options.app, api.base_path, 5.0))
    check_channels(options, api, report, session)
    check_channels(replace(options, base_url="http://127.0.0.1:9", operations=("login",)), api, report, session)
    assert report.operations == {}


def test_a_message_is_judged_by_the_schema_of_its_topics_kind() -> None:
    frames = {"/ws": ['{"channel": "export:e-1", "data": {"export_id": "e-1", "status": 5}}']}
    with serving(ScriptedChannels(frames)) as url:
        report = check("cortex", url, Credentials(token="t"), websocket_topics=("export:e-1",))
    (finding,) = report.operations["WS /ws"].findings
    assert finding.check == CONFORMANCE and "at /data/status: 5 is not of type 'string'" in finding.headline
