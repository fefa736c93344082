"""What a client leaves behind: correlation ids, its User-Agent, log lines and reprs; none may hold a secret."""

from __future__ import annotations

import functools
import logging
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import yaml

from .families import FAMILIES, Api, Family
from .fault_server import FaultServer, Reply

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "pw-Zebra-8841-secret"
API_KEYS = {"pwc": "pwc_k3y_Quokka_5521", "cortex": "ctx-k3y-Quokka-5521", "reviewpoint": "rvp-k3y-Quokka-5521"}
ACCESS_1, REFRESH_1 = "acc-Walrus-1001", "ref-Walrus-1002"
ACCESS_2, REFRESH_2 = "acc-Heron-2001", "ref-Heron-2002"
SECRETS = [PASSWORD, ACCESS_1, REFRESH_1, ACCESS_2, REFRESH_2, *API_KEYS.values()]


def full_run(server: FaultServer, server_url: str, family: Family, api: Api) -> Family:
    """Log in, retry a 503, get a 401 and refresh, and fail a POST: every path that logs, with every secret in play."""
    server.require_bearer(ACCESS_1, open_routes=[family.login_route, family.refresh_route])
    server.always(family.login_route, Reply.json(family.token_body(ACCESS_1, REFRESH_1)))
    server.always(family.refresh_route, Reply.json(family.token_body(ACCESS_2, REFRESH_2)))
    busy = Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(family.get_route, busy, then=Reply.json(family.get_ok))
    server.always(family.post_route, busy)
    client = family.client(server_url, api_key=API_KEYS[family.name])

    api.login(client, "ada@example.org", PASSWORD)
    api.get(client)  # 503, then 200
    server.require_bearer(ACCESS_2, open_routes=[family.login_route, family.refresh_route])
    api.get(client)  # 401, refresh, 200
    with pytest.raises(family.errors.ServerError):
        api.post(client)
    return family


def test_every_request_carries_a_correlation_id(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    full_run(server, server_url, family, api)

    requests = server.requests
    routes = [request.route for request in requests]
    assert routes == [
        family.login_route,
        family.get_route,  # 503
        family.get_route,
        family.get_route,  # 401
        family.refresh_route,
        family.get_route,
        family.post_route,
    ]
    ids = [request.headers["x-correlation-id"] for request in requests]
    assert all(uuid.UUID(value) for value in ids)
    # Attempts of one call share an id (retry, replay after the refresh); calls do not.
    login, retried, retry, refused, refresh, replay, post = ids
    assert retried == retry
    assert refused == replay
    assert len({login, retry, replay, refresh, post}) == 5


def test_a_caller_supplied_correlation_id_is_kept(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.script(
        family.get_route,
        Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"}),
        then=Reply.json(family.get_ok),
    )
    client = family.client(server_url).with_options(headers={"X-Correlation-ID": "trace-0042"})

    api.get(client)

    assert [request.headers["x-correlation-id"] for request in server.requests] == ["trace-0042", "trace-0042"]


def test_pwc_correlation_id_parameter_is_sent(server: FaultServer, server_url: str) -> None:
    family = FAMILIES[0]
    server.always(family.get_route, Reply.json(family.get_ok))
    get_model = family.module("api.ml.get_model")

    get_model.sync("m-1", client=family.client(server_url), x_correlation_id="trace-0043")

    assert server.requests[0].headers["x-correlation-id"] == "trace-0043"


def test_errors_surface_the_correlation_id_of_the_request(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("gone"), status=404))

    with pytest.raises(family.errors.NotFoundError) as caught:
        api.get(family.client(server_url))

    assert caught.value.correlation_id == server.requests[0].headers["x-correlation-id"]


def test_errors_prefer_the_correlation_id_the_server_sent(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(
        family.get_route, Reply.json(family.error_shape("gone"), status=404, headers={"X-Correlation-ID": "srv-77"})
    )

    with pytest.raises(family.errors.NotFoundError) as caught:
        api.get(family.client(server_url))

    assert caught.value.correlation_id == "srv-77"


def test_connection_errors_surface_the_correlation_id(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.get_ok, drop_after=4))

    with pytest.raises(family.errors.ApiConnectionError) as caught:
        api.get(family.client(server_url, max_retries=0))

    assert caught.value.correlation_id == server.requests[0].headers["x-correlation-id"]


def spec_version(family: Family) -> str:
    """The ``info.version`` of the family's spec, which the package's version must be."""
    version = _spec_version(family.name)
    assert family.package.__version__ == version
    return version


@functools.cache
def _spec_version(name: str) -> str:
    spec = yaml.load((ROOT / "openapi" / f"{name}.yaml").read_text(), Loader=yaml.CSafeLoader)
    return str(spec["info"]["version"])


def test_user_agent_names_the_package_and_its_version(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.login_route, Reply.json(family.token_body(ACCESS_1, REFRESH_1)))
    server.always(family.get_route, Reply.json(family.get_ok))
    server.always(family.post_route, Reply.json(family.post_ok, status=family.post_status))
    client = family.client(server_url)

    api.login(client, "ada@example.org", PASSWORD)
    api.get(client)
    api.post(client)

    expected = f"{family.package_name}/{spec_version(family)}"
    assert [request.headers.get("user-agent") for request in server.requests] == [expected] * 3


def test_the_refresh_request_carries_the_user_agent(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.require_bearer(ACCESS_2, open_routes=[family.refresh_route])
    server.always(family.refresh_route, Reply.json(family.token_body(ACCESS_2, REFRESH_2)))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url, access_token=ACCESS_1, refresh_token=REFRESH_1)

    api.get(client)

    (refresh,) = server.requests_to(family.refresh_route)
    assert refresh.headers.get("user-agent") == f"{family.package_name}/{spec_version(family)}"


def test_logs_of_a_full_run_hold_no_secret(
    server: FaultServer, server_url: str, family: Family, api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the client's, httpx's, httpcore's

    full_run(server, server_url, family, api)

    records = caplog.records
    package_lines = [record.getMessage() for record in records if record.name == family.package_name]
    # The run is logged (so the check below has something to look at): 7 attempts, one retry.
    assert sum(" -> " in line for line in package_lines) == 7
    assert sum(line.startswith("retrying ") for line in package_lines) == 1
    assert any(" -> 401 " in line for line in package_lines)
    assert any(record.name.startswith("httpcore") for record in records)
    text = "\n".join(f"{record.name} {record.getMessage()} {record.exc_text or ''}" for record in records)
    text += caplog.text
    leaked = [secret for secret in SECRETS if secret in text]
    assert leaked == []


@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_reprs_hold_no_secret(family: Family) -> None:
    package = family.package
    client = package.Client(
        "https://robot:hunter2-pw@api.example.org/v1",
        api_key=API_KEYS[family.name],
        access_token=ACCESS_1,
        refresh_token=REFRESH_1,
        verify=False,
    )
    view = client.with_options(timeout=5.0, idempotency_key="order-1", headers={"X-Token": "hunter2-pw"})
    tokens = package.Tokens(ACCESS_2, REFRESH_2, expires_at=time.monotonic() + 90.04, expires_in=120.0)

    shown = " ".join(repr(thing) for thing in (client, view, client.tokens, tokens, client._session.auth))
    shown += str(client) + str(tokens)

    for secret in (*SECRETS, "hunter2-pw"):
        assert secret not in shown
    assert "api.example.org" in shown
    assert "seconds_left=90.0, expires_in=120.0)" in repr(tokens) and "expires_at" not in shown  # not a clock value
    assert repr(view).endswith("options=(timeout=5.0, idempotency_key='order-1', headers=['X-Token']))")
    assert "options=" not in repr(client) and repr(client.with_options(max_retries=0)).endswith("(max_retries=0))")


LOGIN_MODELS = {
    "pwc": [
        ("LoginRequest", {"username": "ada", "password": PASSWORD}),
        (
            "AuthResponse",
            {
                "access_token": ACCESS_1,
                "refresh_token": REFRESH_1,
                "token_type": "bearer",
                "expires_in": 60,
                "user_info": {"user_id": "u-1", "username": "ada", "roles": []},
            },
        ),
        ("RefreshRequest", {"refresh_token": REFRESH_1}),
    ],
    "cortex": [
        ("LoginCredentials", {"email": "ada@example.org", "password": PASSWORD}),
        (
            "AuthResponse",
            {
                "access_token": ACCESS_1,
                "refresh_token": REFRESH_1,
                "expires_in": 60,
                "user": {"id": "u-1", "email": "ada@example.org"},
            },
        ),
        ("RefreshTokenResponse", {"access_token": ACCESS_2, "refresh_token": REFRESH_2, "expires_in": 60}),
        ("TokenRequest", {"grant_type": "refresh_token", "client_id": "app", "refresh_token": REFRESH_1}),
        (
            "TokenResponse",
            {"access_token": ACCESS_2, "token_type": "bearer", "expires_in": 60, "refresh_token": REFRESH_2},
        ),
    ],
    "reviewpoint": [
        ("LoginRequest", {"email": "ada@example.org", "password": PASSWORD}),
        (
            "LoginResponse",
            {"access_token": ACCESS_1, "refresh_token": REFRESH_1, "token_type": "bearer", "expires_in": 60},
        ),
        ("RegisterRequest", {"email": "ada@example.org", "password": PASSWORD, "name": "Ada"}),
    ],
}


@pytest.mark.parametrize(
    ("family", "model_name", "data"),
    [(family, name, data) for family in FAMILIES for name, data in LOGIN_MODELS[family.name]],
    ids=lambda value: value if isinstance(value, str) else str(value) if isinstance(value, Family) else "",
)
def test_login_model_reprs_hold_no_secret(family: Family, model_name: str, data: dict[str, object]) -> None:
    model = getattr(family.module("models"), model_name).from_dict(data)

    shown = repr(model) + str(model)

    assert [secret for secret in SECRETS if secret in shown] == []
    assert "***" in shown
    assert model.to_dict() | data == model.to_dict()  # the secrets are still there to send


def test_model_reprs_leave_out_what_is_not_set() -> None:
    models = next(family for family in FAMILIES if family.name == "reviewpoint").module("models")
    user = models.User.from_dict({"id": 7, "email": "ada@example.org", "name": "Ada", "nickname": "ada"})
    bare = models.User.from_dict({"id": 7, "email": "ada@example.org", "name": "Ada"})

    assert repr(bare) == "User(id=7, email='ada@example.org', name='Ada')"
    assert repr(user) == "User(id=7, email='ada@example.org', name='Ada', additional_properties={'nickname': 'ada'})"
    assert "UNSET" in repr(models.User.__init__.__defaults__)  # help() shows UNSET, not an object address


def test_error_messages_hold_no_secret(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.require_bearer(ACCESS_2, open_routes=[family.refresh_route, family.login_route])
    server.always(family.login_route, Reply.json(family.error_shape("wrong password"), status=401))
    server.always(family.refresh_route, Reply.json(family.error_shape("expired"), status=401))
    client = family.client(server_url, api_key=API_KEYS[family.name], access_token=ACCESS_1, refresh_token=REFRESH_1)

    errors = []
    for call in (lambda: api.get(client), lambda: api.login(client, "ada@example.org", PASSWORD)):
        with pytest.raises(family.errors.AuthenticationError) as caught:
            call()
        errors.append(caught.value)

    shown = " ".join(f"{error} {error!r} {error.message} {error.url}" for error in errors)
    assert [secret for secret in SECRETS if secret in shown] == []


@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_redact_url_hides_credentials_and_secret_parameters(family: Family) -> None:
    redact_url = family.module("_logging").redact_url

    shown = redact_url("https://robot:hunter2@h.example/cb?code=abc123&state=xyz789&page=2&API_KEY=k-1&access_token=t")

    for secret in ("hunter2", "abc123", "xyz789", "k-1", "=t"):
        assert secret not in shown
    assert "page=2" in shown
    assert shown.startswith("https://")


def test_attempts_log_at_debug_and_retries_at_info(
    server: FaultServer, server_url: str, family: Family, api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=family.package_name)
    busy = Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(family.get_route, busy, then=Reply.json(family.get_ok))

    api.get(family.client(server_url))

    levels = [(record.levelname, record.getMessage().split()[0]) for record in caplog.records]
    assert levels == [("DEBUG", "GET"), ("INFO", "retrying"), ("DEBUG", "GET")]


def test_a_retry_prints_nothing_unless_logging_is_configured(server: FaultServer, server_url: str) -> None:
    """Python's last-resort handler prints WARNING records on stderr; retries log at INFO, beside a NullHandler."""
    family = FAMILIES[1]
    server.always(family.get_route, Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"}))
    script = f"""
import sys
sys.path.insert(0, {str(ROOT / "generated" / family.package_name)!r})
import {family.package_name} as package
client = package.Client({family.base_url(server_url)!r}, max_retries=1, verify=False)
print(client.request(method="GET", url={family.get_path!r}).status_code)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)

    assert (result.returncode, result.stdout, result.stderr) == (0, "503\n", "")
    assert len(server.requests) == 2
