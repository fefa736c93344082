"""Fuzzing pieces without a server: credentials, auth wiring, schemathesis config, reports, JUnit, CLI options."""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from schemathesis.config import SchemathesisConfig

from generator.cli import _parser
from generator.contract._model import load_api
from generator.contract.commands import fuzz_options
from generator.contract.fuzz import (
    Credentials,
    FuzzOptions,
    FuzzReport,
    Violation,
    auth_config,
    credentials_from_env,
    format_summary,
    format_violation,
    fuzz,
    junit_xml,
    mock_credentials,
    schemathesis_config,
)
from generator.contract.mock import create_app
from generator.families import FAMILIES


@pytest.mark.parametrize("name", list(FAMILIES))
def test_credentials_come_from_the_family_prefix(name: str) -> None:
    family = FAMILIES[name]
    assert family.auth is not None
    fields = family.auth.login_fields
    environ = {f"{family.env_prefix}_{field.upper()}": f"value-{field}" for field in fields}
    environ |= {f"{family.env_prefix}_API_KEY": "key", "OTHER_TOKEN": "ignored"}
    credentials = credentials_from_env(family, environ)
    assert credentials.login == {field: f"value-{field}" for field in fields}
    assert credentials.api_key == "key" and credentials.token is None
    partial = {f"{family.env_prefix}_{fields[0].upper()}": "only-one"}
    assert credentials_from_env(family, partial).empty


def test_login_credentials_become_dynamic_auth_on_the_bearer_scheme() -> None:
    api = load_api(FAMILIES["cortex"])
    credentials = Credentials(login={"email": "a@b.c", "password": "pw"}, api_key="k")
    live = auth_config(api, credentials, in_process=False)
    assert live["dynamic"]["openapi"]["BearerAuth"] == {
        "path": "/auth/login",
        "payload": {"email": "a@b.c", "password": "pw"},
        "extract_selector": "/access_token",
    }
    assert live["openapi"] == {"ApiKeyAuth": {"api_key": "k"}}
    in_process = auth_config(api, credentials, in_process=True)
    assert in_process["dynamic"]["openapi"]["BearerAuth"]["path"] == api.base_path + "/auth/login"


def test_a_token_wins_over_login_and_pwc_keys_go_as_bearer() -> None:
    cortex = load_api(FAMILIES["cortex"])
    section = auth_config(cortex, Credentials(login={"email": "e", "password": "p"}, token="t"), in_process=False)
    assert "dynamic" not in section and section["openapi"]["BearerAuth"] == {"bearer": "t"}
    pwc = load_api(FAMILIES["pwc"])
    assert auth_config(pwc, Credentials(api_key="pwc_k"), in_process=False) == {
        "openapi": {"BearerAuth": {"bearer": "pwc_k"}}
    }
    assert auth_config(pwc, Credentials(), in_process=False) == {}


@pytest.mark.parametrize("name", list(FAMILIES))
def test_mock_credentials_use_the_login_example(name: str) -> None:
    api = load_api(FAMILIES[name])
    credentials = mock_credentials(api)
    auth = FAMILIES[name].auth
    assert auth is not None and set(credentials.login) == set(auth.login_fields)
    assert credentials.api_key


def test_schemathesis_accepts_the_generated_configuration() -> None:
    api = load_api(FAMILIES["reviewpoint"])
    options = FuzzOptions(
        FAMILIES["reviewpoint"],
        base_url="http://127.0.0.1:1/",
        credentials=mock_credentials(api),
        max_time=30,
        rate_limit="5/s",
        seed=7,
        phases=("examples", "stateful"),
    )
    data = schemathesis_config(options, api)
    config = SchemathesisConfig.from_dict(data)
    assert config.seed == 7 and config.max_time == 30
    assert data["base-url"] == "http://127.0.0.1:1"
    assert data["phases"]["coverage"] == {"enabled": False} and data["phases"]["stateful"]["enabled"] is True
    multipart = [
        op.operation_id for op in api.operations if op.body and any(m.startswith("multipart/") for m in op.body.content)
    ]
    assert [entry["include-operation-id"] for entry in data["operations"]] == multipart


def _report() -> FuzzReport:
    report = FuzzReport("toy", "http://x", 3)
    report.summary_for("GET /a").requests = 4
    report.summary_for("GET /a").statuses.update({200: 3, 404: 1})
    failure = Violation("GET /b", "status_code_conformance", "Undocumented status", "got 418", "curl http://x/b", 418)
    report.summary_for("GET /b").add(failure)
    report.summary_for("GET /b").add(failure)
    report.summary_for("GET /c").add(Violation("GET /c", "error", "Network Error", "Connection refused"))
    return report


def test_report_counts_distinct_violations_and_errors() -> None:
    report = _report()
    assert len(report.failures) == 1 and len(report.errors) == 1 and not report.ok
    text = format_summary(report)
    assert "1 violation(s), 1 error(s)" in text and "GET /a" in text and "200x3 404x1" in text
    rendered = format_violation(report.failures[0])
    assert rendered.startswith("GET /b: [status_code_conformance] Undocumented status (got 418)")
    assert "reproduce: curl http://x/b" in rendered


def test_junit_has_a_case_per_operation_with_failures_and_errors() -> None:
    root = ET.fromstring(junit_xml([_report()]))
    suite = root.find("testsuite")
    assert suite is not None and suite.attrib["tests"] == "3"
    assert (suite.attrib["failures"], suite.attrib["errors"]) == ("1", "1")
    cases = {case.attrib["name"]: case for case in suite.iter("testcase")}
    assert cases["GET /a"].find("failure") is None
    assert cases["GET /b"].find("failure").attrib["type"] == "status_code_conformance"  # type: ignore[union-attr]
    assert cases["GET /c"].find("error") is not None


def test_cli_options_become_fuzz_options() -> None:
    args = _parser().parse_args(
        ["fuzz", "pwc", "--base-url", "https://h", "--max-examples", "3", "--max-time", "9", "--rate-limit", "2/s"]
        + ["--request-timeout", "1.5", "--seed", "4", "--operation", "login", "--operation", "list_sales"]
    )
    assert isinstance(args, argparse.Namespace) and args.families == ["pwc"]
    options = fuzz_options(args, FAMILIES["pwc"], "https://h", Credentials(), ("fuzzing",))
    assert (options.max_examples, options.max_time, options.rate_limit) == (3, 9, "2/s")
    assert (options.request_timeout, options.seed, options.operations) == (1.5, 4, ("login", "list_sales"))
    mock = _parser().parse_args(["mock", "cortex", "--port", "9001", "--api-key", "a", "--api-key", "b"])
    assert mock.families == ["cortex"] and mock.port == 9001 and mock.api_key == ["a", "b"]


def test_a_run_can_be_restricted_to_some_operations() -> None:
    family = FAMILIES["reviewpoint"]
    api = load_api(family)
    chosen = api.operations[-1]
    options = FuzzOptions(family, app=create_app(family, api=api), credentials=mock_credentials(api), max_examples=2)
    report = fuzz(replace(options, operations=(chosen.operation_id,), phases=("examples", "fuzzing")), api)
    assert set(report.operations) == {chosen.label} and report.operations[chosen.label].requests > 0
