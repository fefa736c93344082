"""``python -m generator fuzz`` against deployments that are not the mock: verdicts, exit codes, causes up front.

Each scenario runs the command line against a loopback server that behaves like a deployment met in the field
(tests/contract/contract_deployments.py, written from the ReViewPoint guide) and checks the verdict of every
operation, the exit code, and that the report names the cause in its first 20 lines.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from generator.cli import main
from generator.contract._model import load_api
from generator.contract.fuzz import FAILED, NOT_FOUND, NOT_RUN, OK
from generator.contract.mock import create_app, serving
from generator.families import FAMILIES
from tests.contract.contract_deployments import ACCOUNT, API_KEY, Deployment

REVIEWPOINT = load_api(FAMILIES["reviewpoint"])
QUICK = ["--phases", "examples", "--max-examples", "2", "--seed", "7", "--websocket-seconds", "0"]  # HTTP only
LOGIN = {"REVIEWPOINT_EMAIL": ACCOUNT[0], "REVIEWPOINT_PASSWORD": ACCOUNT[1]}
KEY = {"REVIEWPOINT_API_KEY": API_KEY}


class Result(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., Result]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``python -m generator fuzz`` in this process (the whole command line, without a new interpreter)."""

    def run(*args: str, env: dict[str, str]) -> Result:
        prefixes = tuple(family.env_prefix for family in FAMILIES.values())
        for name in [name for name in os.environ if name.startswith(prefixes)]:
            monkeypatch.delenv(name)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        code = main(["fuzz", *args])
        out = capsys.readouterr()
        return Result(code, out.out, out.err)

    return run


def fuzz_against(
    cli: Cli, deployment: Deployment, env: dict[str, str], tmp_path: Path, *args: str
) -> tuple[Result, dict, str]:
    junit = tmp_path / "fuzz.xml"
    with serving(deployment.app()) as url:
        result = cli("reviewpoint", "--base-url", url, *QUICK, *args, "--junit", str(junit), env=env)
    report = json.loads(junit.with_suffix(".json").read_text())
    head = "\n".join(result.stdout.splitlines()[:20])
    return result, report, head


def verdicts(report: dict) -> dict[str, str]:
    by_label = {operation.label: operation.operation_id for operation in REVIEWPOINT.operations}
    return {by_label[label]: result["verdict"] for label, result in report["operations"].items()}


def test_refused_credentials_fail_the_run_once_and_the_api_key_still_opens_what_it_can(
    cli: Cli, tmp_path: Path
) -> None:
    env = LOGIN | {"REVIEWPOINT_PASSWORD": "not-the-password"} | KEY
    deployment = Deployment()
    result, report, head = fuzz_against(cli, deployment, env, tmp_path)
    assert result.returncode == 1
    assert verdicts(report) == dict.fromkeys(verdicts(report), OK), "the API key opens every secured operation"
    login_failure = [line for line in head.splitlines() if line.startswith("RUN FAILED: login failed")]
    assert len(login_failure) == 1, head
    assert "answered 401" in login_failure[0] and "Incorrect email or password" in login_failure[0]
    assert "REVIEWPOINT_EMAIL, REVIEWPOINT_PASSWORD" in login_failure[0]
    assert result.stdout.count("login failed") == 1, "reported once"
    assert "not-the-password" not in result.stdout + json.dumps(report)
    assert not deployment.logins


def test_a_refused_key_and_no_login_leave_nothing_checked(cli: Cli, tmp_path: Path) -> None:
    env = {"REVIEWPOINT_API_KEY": "rvp_revoked_key"}
    result, report, head = fuzz_against(cli, Deployment(), env, tmp_path, "--phases", "examples,coverage,fuzzing")
    assert result.returncode == 1
    assert "note: stopped after the examples phase: every request carrying credentials was refused" in head
    assert report["requests"] < 30, "the phases after the first would only have repeated the refusal"
    secured = {op.operation_id for op in REVIEWPOINT.operations if op.security}
    assert {verdicts(report)[name] for name in secured} == {"unauthenticated"}
    assert "RUN FAILED: credentials refused: every request carrying REVIEWPOINT_API_KEY was answered 401" in head
    assert "rvp_revoked_key" not in result.stdout


def test_a_deployment_wanting_the_key_on_login_is_logged_into_once(cli: Cli, tmp_path: Path) -> None:
    deployment = Deployment(key_everywhere=True)
    result, report, head = fuzz_against(cli, deployment, LOGIN | KEY, tmp_path)
    assert result.returncode == 0, result.stdout
    assert set(verdicts(report).values()) == {OK}
    assert deployment.logins[ACCOUNT[0]] == 1 and report["logins"] == 1, "one login for the whole run"
    assert deployment.login_without_key == 0, "every login request, the fuzzed ones included, carried the key"
    assert "result: OK" in head
    assert ACCOUNT[1] not in result.stdout + json.dumps(report) and API_KEY not in result.stdout


def test_without_the_key_on_login_the_cause_is_named(cli: Cli, tmp_path: Path) -> None:
    result, report, head = fuzz_against(cli, Deployment(key_everywhere=True), LOGIN, tmp_path)
    assert result.returncode == 1
    assert "RUN FAILED: login failed" in head and "Invalid or missing API key" in head
    assert (
        verdicts(report)["get_user"] == NOT_RUN
        and "login failed" in report["operations"]["GET /api/v1/users/{user_id}"]["reason"]
    )


def test_a_base_url_without_the_base_path_gets_a_hint(cli: Cli, tmp_path: Path) -> None:
    family = FAMILIES["cortex"]
    api = load_api(family)
    junit = tmp_path / "cortex.xml"
    env = {"CORTEX_API_KEY": "cortex_mock_api_key"}
    with serving(create_app(family, api=api)) as url:  # the deployment serves the API under /v1
        args = ["--base-url", url, *QUICK, "--max-examples", "1", "--phases", "examples,coverage,fuzzing"]
        result = cli("cortex", *args, "--junit", str(junit), env=env)
    assert result.returncode == 1
    head = "\n".join(result.stdout.splitlines()[:20])
    assert "did BASE_URL include /v1?" in head, head
    assert "stopped after the examples phase: every operation answered only 404/405" in head
    report = json.loads(junit.with_suffix(".json").read_text())
    assert report["requests"] < 100, "no coverage or fuzzing of paths that are not there"
    ran = {label: r["verdict"] for label, r in report["operations"].items() if r["verdict"] != NOT_RUN}
    assert len(ran) >= len(api.operations) - 1 and set(ran.values()) == {NOT_FOUND}, ran


def test_documented_paths_the_deployment_lacks_are_not_found(cli: Cli, tmp_path: Path) -> None:
    deployment = Deployment(missing=frozenset({"/api/v1/uploads", "/api/v1/users/{user_id}"}))
    result, report, head = fuzz_against(cli, deployment, LOGIN | KEY, tmp_path)
    assert result.returncode == 1
    expected = dict.fromkeys(verdicts(report), OK) | {"upload_file": NOT_FOUND, "get_user": NOT_FOUND}
    assert verdicts(report) == expected
    assert "not found at this URL" in head and "POST /api/v1/uploads" in head


def test_extra_fields_wrong_statuses_and_redirects_are_divergences(cli: Cli, tmp_path: Path) -> None:
    deployment = Deployment(quirks=frozenset({"register-200", "me-redirect", "extra-fields", "wrong-type"}))
    result, report, head = fuzz_against(cli, deployment, LOGIN | KEY, tmp_path)
    assert result.returncode == 1
    user_is_closed = REVIEWPOINT.document["components"]["schemas"]["User"].get("additionalProperties") is False
    register_any_2xx = "2XX" in REVIEWPOINT.document["paths"]["/api/v1/auth/register"]["post"]["responses"]
    expected = dict.fromkeys(verdicts(report), OK) | {
        "register_user": OK if register_any_2xx else FAILED,  # 200 for a guessed 201 breaks no 2XX contract
        "get_current_user": FAILED,
        "get_user": FAILED,
        "list_users": FAILED if user_is_closed else OK,  # extra fields diverge only where the spec closes the object
    }
    assert verdicts(report) == expected
    assert ("answered 200; the spec documents 201" in head) is not register_any_2xx
    assert "redirects (307 to /api/v1/users/me/)" in head
    assert "200 body at /is_active" in head
    if user_is_closed:
        assert "200 body at /users/*: Additional properties are not allowed ('avatar_url' was unexpected)" in head
    assert "'links'" not in result.stdout, "the page object is open: its extra field is fine"
    schema = [c for c in report["causes"] if c["kind"] == "schema" and "/is_active" in c["headline"]]
    assert schema and schema[0]["count"] >= 1 and schema[0]["curl"].startswith("curl -X GET")
    assert "[Filtered]" in schema[0]["curl"] and API_KEY not in schema[0]["curl"]
