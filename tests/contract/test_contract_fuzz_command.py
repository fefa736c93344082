"""``python -m generator fuzz``: against the embedded mock, a non-conforming server, and broken targets."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.contract._model import load_api
from generator.contract.fuzz import NOT_RUN, OK, FuzzOptions, fuzz, mock_credentials
from generator.contract.mock import MockApp, create_app, free_port, serving
from generator.families import FAMILIES, ROOT, Family
from tests.contract.contract_nonconforming import EXPECTED_CHECKS, NonConformingApp, plan_faults


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(tuple(f.env_prefix for f in FAMILIES.values()))}
    environ.update(env or {})
    command = [sys.executable, "-m", "generator", "fuzz", *args]
    return subprocess.run(command, cwd=cwd, env=environ, capture_output=True, text=True, timeout=240)


def login_env(family: Family) -> dict[str, str]:
    """Environment variables holding the credentials the mock accepts, as a user would set them."""
    credentials = mock_credentials(load_api(family))
    env = {f"{family.env_prefix}_{name.upper()}": value for name, value in credentials.login.items()}
    return env | {f"{family.env_prefix}_API_KEY": str(credentials.api_key)}


def junit_cases(path: Path) -> dict[str, ET.Element]:
    return {case.attrib["name"]: case for case in ET.parse(path).getroot().iter("testcase")}


def problems_of(case: ET.Element) -> list[ET.Element]:
    return list(case.findall("failure")) + list(case.findall("error"))


def test_fuzzing_the_embedded_mock_passes(tmp_path: Path) -> None:
    junit, elsewhere = tmp_path / "mock.xml", tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_cli("reviewpoint", "--max-examples", "3", "--seed", "1", "--junit", str(junit), cwd=elsewhere)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(elsewhere.iterdir()) == [], "nothing left in the working directory (no .hypothesis/)"
    assert "\r" not in result.stderr and "fuzz [" not in result.stderr, "no progress line when not on a terminal"
    api = load_api(FAMILIES["reviewpoint"])
    labels = {op.label for op in api.operations} | {"WS /api/v1/ws"}  # the websocket channel is checked too
    head = result.stdout.splitlines()[:20]
    assert f"verdicts: {len(labels)} ok" in head, head
    for label in labels:
        assert label in result.stdout
    cases = junit_cases(junit)
    assert set(cases) == labels, "one test case per operation or channel, and only those"
    assert not any(problems_of(case) or case.find("skipped") is not None for case in cases.values())
    assert all(float(case.attrib["time"]) > 0 for case in cases.values()), "real durations"
    data = json.loads(junit.with_suffix(".json").read_text())
    assert data["ok"] is True and set(data["verdicts"]) == {OK}
    assert "# Contract fuzzing of `reviewpoint`: passed" in junit.with_suffix(".md").read_text()


def test_operations_left_out_are_not_sent_and_the_report_says_so(tmp_path: Path) -> None:
    junit = tmp_path / "skipped.xml"
    skipped = ("register_user", "login")
    arguments = [f"--skip-operation={name}" for name in skipped]
    result = run_cli("reviewpoint", "--max-examples", "2", "--seed", "1", "--junit", str(junit), *arguments)
    assert result.returncode == 0, result.stdout + result.stderr
    api = load_api(FAMILIES["reviewpoint"])
    left_out = {op.label for op in api.operations if op.name in skipped}
    assert len(left_out) == 2 and not left_out & set(junit_cases(junit))
    assert "left out (--skip-operation): register_user, login" in result.stdout
    data = json.loads(junit.with_suffix(".json").read_text())
    assert data["ok"] is True and not left_out & set(data["operations"])


def test_every_planted_violation_is_reported(tmp_path: Path) -> None:
    family = FAMILIES["pwc"]
    api = load_api(family)
    plan = plan_faults(api)
    assert len(plan) == len(EXPECTED_CHECKS), plan
    app = NonConformingApp(create_app(family, api=api), plan)
    junit = tmp_path / "broken.xml"
    with serving(app) as url:
        args = ["pwc", "--base-url", url + api.base_path, "--max-examples", "3", "--seed", "2"]
        result = run_cli(*args, "--request-timeout", "1", "--junit", str(junit), env=login_env(family))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    cases = junit_cases(junit)
    for label, fault in plan.items():
        found = {element.attrib["type"] for element in problems_of(cases[label])}
        assert found & EXPECTED_CHECKS[fault], f"{fault} planted on {label}, reported: {found}\n{result.stdout}"
        assert f"    {label}: " in result.stdout
    clean = [label for label in cases if label not in plan]
    assert clean and all(not problems_of(cases[label]) for label in clean), result.stdout


@pytest.mark.parametrize("name", ["reviewpoint", "cortex"])
def test_planted_violations_are_found_by_the_library(name: str) -> None:
    family = FAMILIES[name]
    api = load_api(family)
    plan = plan_faults(api)
    app = NonConformingApp(create_app(family, api=api), plan)
    with serving(app) as url:
        options = FuzzOptions(
            family,
            base_url=url + api.base_path,
            credentials=mock_credentials(api),
            max_examples=3,
            seed=3,
            request_timeout=1,
            phases=("examples", "coverage", "fuzzing"),
        )
        report = fuzz(options, api)
    for label, fault in plan.items():
        found = {finding.check or finding.kind for finding in report.operations[label].findings}
        assert found & EXPECTED_CHECKS[fault], f"{fault} planted on {label}, reported: {found}"


def test_an_unreachable_target_is_said_at_once_without_sending_requests(tmp_path: Path) -> None:
    junit = tmp_path / "refused.xml"
    started = time.monotonic()
    result = run_cli("reviewpoint", "--base-url", f"http://127.0.0.1:{free_port()}", "--junit", str(junit))
    assert time.monotonic() - started < 15
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert any("RUN FAILED: cannot reach" in line and "connection refused" in line for line in lines[:5]), lines
    assert ", 0 requests," in lines[0]
    cases = junit_cases(junit)
    assert all(case.find("skipped") is not None for case in cases.values())
    data = json.loads(junit.with_suffix(".json").read_text())
    assert {result["verdict"] for result in data["operations"].values()} == {NOT_RUN}


def test_a_target_answering_html_everywhere_is_reported(tmp_path: Path) -> None:
    async def html_everywhere(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        body = b"<html><body>Bad Gateway</body></html>"
        await send({"type": "http.response.start", "status": 502, "headers": [(b"content-type", b"text/html")]})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": body})  # type: ignore[operator]

    junit = tmp_path / "html.xml"
    with serving(html_everywhere) as url:
        phases = ["--phases", "examples,coverage"]
        result = run_cli("reviewpoint", "--base-url", url, "--max-examples", "2", *phases, "--junit", str(junit))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    cases = junit_cases(junit)
    assert all(problems_of(cases[op.label]) for op in load_api(FAMILIES["reviewpoint"]).operations), result.stdout
    assert "answered 502" in "\n".join(result.stdout.splitlines()[:20])


def test_rate_and_total_time_are_bounded() -> None:
    family = FAMILIES["reviewpoint"]
    api = load_api(family)
    with serving(create_app(family, api=api)) as url:
        options = FuzzOptions(
            family,
            base_url=url + api.base_path,
            credentials=mock_credentials(api),
            max_examples=1000,
            max_time=4,
            rate_limit="40/s",
            phases=("fuzzing",),
        )
        report = fuzz(options, api)
    requests = sum(summary.requests for summary in report.operations.values())
    assert report.duration < 12, report.duration
    assert 0 < requests <= 40 * report.duration + 40, (requests, report.duration)


def test_mock_is_the_default_target_and_uses_the_mock_app() -> None:
    assert isinstance(create_app(FAMILIES["reviewpoint"]), MockApp)


def test_progress_is_drawn_on_a_terminal() -> None:
    master, terminal = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PWC", "CORTEX", "REVIEWPOINT"))}
    command = [sys.executable, "-m", "generator", "fuzz", "reviewpoint", "--phases", "examples", "--seed", "1"]
    process = subprocess.Popen(command, cwd=ROOT, env=environ, stdout=subprocess.PIPE, stderr=terminal, text=True)
    stdout, _ = process.communicate(timeout=120)
    os.close(terminal)
    drawn = b""
    while select.select([master], [], [], 0.2)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    assert process.returncode == 0, stdout
    assert b"\rfuzz [examples] 7/7 operations, " in drawn, drawn
    assert "fuzz [" not in stdout, "the report on stdout stays clean"
