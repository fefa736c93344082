"""Fuzzing pieces without a server: credentials, which credentials each operation gets, schemathesis config."""

from __future__ import annotations

import argparse
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from schemathesis.config import SchemathesisConfig

from generator.cli import _parser
from generator.contract._model import auth_flow, load_api
from generator.contract.commands import fuzz_options
from generator.contract.fuzz import (
    NOT_RUN,
    OK,
    CredentialProvider,
    Credentials,
    FuzzOptions,
    Session,
    credentials_from_env,
    fuzz,
    mock_credentials,
    plan_access,
    schemathesis_config,
)
from generator.contract.mock import create_app
from generator.families import FAMILIES
from tests.contract.test_contract_fuzz_session import FakeTarget, answer


@pytest.mark.parametrize("name", list(FAMILIES))
def test_credentials_come_from_the_family_prefix(name: str) -> None:
    family = FAMILIES[name]
    assert family.auth is not None
    fields = family.auth.login_fields
    environ = {f"{family.env_prefix}_{field.upper()}": f"value-{field}" for field in fields}
    environ |= {f"{family.env_prefix}_API_KEY": "key-secret-1", "OTHER_TOKEN": "ignored"}
    credentials = credentials_from_env(family, environ)
    assert credentials.login == {field: f"value-{field}" for field in fields}
    assert credentials.api_key == "key-secret-1" and credentials.token is None
    assert credentials.env("login", "api_key") == (
        *(f"{family.env_prefix}_{field.upper()}" for field in fields),
        f"{family.env_prefix}_API_KEY",
    )
    assert {"value-password", "key-secret-1"} <= credentials.secrets
    assert "value-password" not in repr(credentials) and "key-secret-1" not in repr(credentials)
    partial = {f"{family.env_prefix}_{fields[0].upper()}": "only-one"}
    assert credentials_from_env(family, partial).empty


@pytest.mark.parametrize("name", list(FAMILIES))
def test_mock_credentials_use_the_login_example(name: str) -> None:
    api = load_api(FAMILIES[name])
    credentials = mock_credentials(api)
    auth = FAMILIES[name].auth
    assert auth is not None and set(credentials.login) == set(auth.login_fields)
    assert credentials.api_key


def _session(name: str, credentials: Credentials, *answers: Any) -> Session:
    api = load_api(FAMILIES[name])
    session = Session(auth_flow(api), credentials, FakeTarget(list(answers)), sleep=lambda _: None)
    session.start()
    return session


def _tokens(**extra: Any) -> Any:
    return answer(200, {"access_token": "acc-123456", "refresh_token": "ref-123456", "expires_in": 900, **extra})


def test_the_api_key_goes_on_every_operation_and_the_token_where_a_bearer_scheme_is_accepted() -> None:
    api = load_api(FAMILIES["reviewpoint"])
    credentials = Credentials(login={"email": "a@b.c", "password": "pw-secret"}, api_key="rk-secret")
    session = _session("reviewpoint", credentials, _tokens())
    access = plan_access(api, auth_flow(api), session)
    by_id = {op.operation_id: access[op.label] for op in api.operations}
    assert all(entry.api_key and entry.skip is None for entry in by_id.values())
    assert by_id["login"].token is None and by_id["refresh_access_token"].token is None
    assert by_id["register_user"].token is None  # ApiKeyAuth only
    assert by_id["get_user"].token == "access"

    provider = CredentialProvider(access, session)
    case = SimpleNamespace(operation=SimpleNamespace(label=api.by_id["get_user"].label), headers={"Accept": "x"})
    provider.set(case, provider.get(case, None), None)  # type: ignore[arg-type]
    assert case.headers == {"Accept": "x", "X-API-Key": "rk-secret", "Authorization": "Bearer acc-123456"}
    login = SimpleNamespace(operation=SimpleNamespace(label=api.by_id["login"].label), headers=None)
    assert provider.get(login, None) == {"X-API-Key": "rk-secret"}


def test_operations_the_credentials_cannot_open_are_not_run_with_the_variable_to_set() -> None:
    api = load_api(FAMILIES["reviewpoint"])
    session = _session("reviewpoint", Credentials(login={"email": "a@b.c", "password": "pw"}), _tokens())
    access = plan_access(api, auth_flow(api), session)
    register = access[api.by_id["register_user"].label]
    assert register.skip == "accepts only ApiKeyAuth: set api_key"
    assert access[api.by_id["list_users"].label].skip is None


def test_a_refused_login_leaves_the_operations_that_accept_the_api_key() -> None:
    api = load_api(FAMILIES["reviewpoint"])
    credentials = Credentials(login={"email": "a@b.c", "password": "pw"}, api_key="k-1234")
    session = _session("reviewpoint", credentials, answer(401, {"detail": "Incorrect email or password"}))
    access = plan_access(api, auth_flow(api), session)
    assert all(entry.skip is None and entry.token is None for entry in access.values())
    only_key = _session("reviewpoint", replace(credentials, api_key=None), answer(401, {"detail": "no"}))
    skipped = plan_access(api, auth_flow(api), only_key)[api.by_id["list_users"].label].skip
    assert skipped is not None and "the login failed" in skipped


def test_without_credentials_every_operation_runs_anonymously() -> None:
    api = load_api(FAMILIES["cortex"])
    access = plan_access(api, auth_flow(api), _session("cortex", Credentials()))
    assert all(entry.skip is None and entry.token is None and not entry.api_key for entry in access.values())


def test_cortex_refreshes_with_the_refresh_token_and_pwc_keys_go_as_bearer() -> None:
    cortex = load_api(FAMILIES["cortex"])
    session = _session("cortex", Credentials(login={"email": "e@x.io", "password": "p"}), _tokens())
    access = plan_access(cortex, auth_flow(cortex), session)
    assert access[cortex.by_id["refresh_access_token"].label].token == "refresh"
    provider = CredentialProvider(access, session)
    case = SimpleNamespace(operation=SimpleNamespace(label=cortex.by_id["refresh_access_token"].label), headers={})
    assert provider.get(case, None) == {"Authorization": "Bearer ref-123456"}

    pwc = load_api(FAMILIES["pwc"])
    keyed = _session("pwc", Credentials(api_key="pwc_live_k"))
    provider = CredentialProvider(plan_access(pwc, auth_flow(pwc), keyed), keyed)
    case = SimpleNamespace(operation=SimpleNamespace(label=pwc.by_id["list_sales"].label), headers={})
    assert provider.get(case, None) == {"Authorization": "Bearer pwc_live_k"}
    assert keyed.carried({"authorization": "Bearer pwc_live_k"}) == ("api_key",)


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
    assert data["auth"] == {"auto-signup": False}, "credentials come from the provider; no sign-up on a deployment"
    assert data["phases"]["coverage"] == {"enabled": False} and data["phases"]["stateful"]["enabled"] is True
    assert data["phases"]["examples"]["fill-missing"] is True, "operations without examples still get a request"
    multipart = [
        op.operation_id for op in api.operations if op.body and any(m.startswith("multipart/") for m in op.body.content)
    ]
    assert [entry["include-operation-id"] for entry in data["operations"]] == multipart


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


@pytest.mark.parametrize("phases", [("examples", "coverage", "fuzzing", "stateful"), ("coverage",)])
def test_one_operation_runs_in_every_phase_that_applies_to_it(phases: tuple[str, ...]) -> None:
    family = FAMILIES["reviewpoint"]
    api = load_api(family)
    chosen = api.by_id["get_user"]
    options = FuzzOptions(family, app=create_app(family, api=api), credentials=mock_credentials(api), max_examples=2)
    report = fuzz(replace(options, operations=(chosen.operation_id,), phases=phases), api)
    assert set(report.operations) == {chosen.label}, "(run) is not an operation"
    assert report.operations[chosen.label].verdict == OK and report.operations[chosen.label].requests > 0
    assert not report.problems, report.problems
    assert report.ok
    assert report.notes == (
        ["phase stateful skipped: no response link between the selected operations"] if "stateful" in phases else []
    )


def test_an_operation_without_requests_is_not_ok() -> None:
    family = FAMILIES["reviewpoint"]
    api = load_api(family)
    app = create_app(family, api=api)
    options = FuzzOptions(family, app=app, credentials=Credentials(login=mock_credentials(api).login), max_examples=1)
    report = fuzz(replace(options, phases=("examples",), operations=("register_user", "get_current_user")), api)
    register = report.operations[api.by_id["register_user"].label]
    assert (register.verdict, register.requests) == (NOT_RUN, 0)
    assert "accepts only ApiKeyAuth" in register.reason
    assert report.operations[api.by_id["get_current_user"].label].verdict == OK
    assert not report.ok
