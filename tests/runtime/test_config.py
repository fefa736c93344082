"""Configuration: ``Client.from_env`` and per-call options from ``with_options``."""

from __future__ import annotations

import time

import pytest

from .families import FAMILIES, Api, Family
from .fault_server import FaultServer, Reply


def env_prefix(family: Family) -> str:
    return family.name.upper() + "_"


def test_from_env_reads_url_key_timeout_and_retries(server: FaultServer, server_url: str, family: Family) -> None:
    prefix = env_prefix(family)
    environ = {
        prefix + "BASE_URL": family.base_url(server_url),
        prefix + "API_KEY": family.api_key,
        prefix + "TIMEOUT": "0.3",
        prefix + "MAX_RETRIES": "0",
        "UNRELATED_TIMEOUT": "not a number",
    }
    client = family.package.Client.from_env(environ, verify=False)
    server.script(
        family.get_route,
        Reply.json(family.get_ok),
        Reply.json(family.get_ok, delay=1.5),
        then=Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"}),
    )

    assert client.base_url == family.base_url(server_url)
    assert family.get(client).to_dict() == family.get_ok
    header, value = family.api_key_header
    assert server.requests[0].headers[header] == value

    started = time.monotonic()
    with pytest.raises(family.errors.ApiTimeoutError):
        family.get(client)
    assert time.monotonic() - started < 1.2

    with pytest.raises(family.errors.ServerError):
        family.get(client)
    assert len(server.requests) == 3  # no retry of the timeout nor of the 503


def test_from_env_explicit_arguments_win(server: FaultServer, server_url: str, family: Family) -> None:
    prefix = env_prefix(family)
    environ = {
        prefix + "BASE_URL": "http://127.0.0.1:9/nowhere",
        prefix + "API_KEY": "key-from-the-environment",
        prefix + "MAX_RETRIES": "5",
    }
    client = family.package.Client.from_env(
        environ, base_url=family.base_url(server_url), api_key=family.api_key, max_retries=0, verify=False
    )
    server.always(family.get_route, Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"}))

    with pytest.raises(family.errors.ServerError):
        family.get(client)

    (request,) = server.requests
    header, value = family.api_key_header
    assert request.headers[header] == value


@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_from_env_without_variables_uses_the_defaults(family: Family) -> None:
    client = family.package.Client.from_env({}, verify=False)

    assert client.base_url == family.module("client").DEFAULT_BASE_URL
    assert client.tokens is None


@pytest.mark.parametrize(("variable", "value"), [("TIMEOUT", "3s-Secr3tish"), ("MAX_RETRIES", "2.5-Secr3tish")])
@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_from_env_bad_numbers_raise_value_error_naming_the_variable(family: Family, variable: str, value: str) -> None:
    prefix = env_prefix(family)
    environ = {prefix + "API_KEY": "k3y-Pelican-3310", prefix + variable: value}

    with pytest.raises(ValueError, match=f"^{prefix}{variable} must be ") as caught:
        family.package.Client.from_env(environ)

    shown = f"{caught.value} {caught.value!r}"
    assert value not in shown
    assert "k3y-Pelican-3310" not in shown
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_with_options_is_a_view_that_shares_tokens_and_connections(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.require_bearer("access-2", open_routes=[family.refresh_route])
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2")))
    busy = Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(family.get_route, busy, Reply.json(family.get_ok), busy, then=Reply.json(family.get_ok))
    client = family.client(server_url, access_token="stale-access", refresh_token="refresh-1", max_retries=0)
    patient = client.with_options(max_retries=1, timeout=10.0)

    assert api.get(patient).to_dict() == family.get_ok  # 401, refresh, 503, 200
    assert client.tokens.access_token == "access-2"  # the view renewed the parent's session
    with pytest.raises(family.errors.ServerError):
        api.get(client)  # the parent still does not retry
    assert api.get(client).to_dict() == family.get_ok
    assert len(server.requests_to(family.refresh_route)) == 1
    assert len(server.requests_to(family.get_route)) == 5


def test_client_rate_limit_spaces_requests(server: FaultServer, server_url: str) -> None:
    family = FAMILIES[1]
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url, rate_limit=10)  # a burst of 10, then one every 0.1 s

    for _ in range(13):
        family.get(client)

    # 13 requests at 10 per second from a full bucket of 10 take at least 0.3 s; unthrottled they take ~50 ms.
    arrivals = [request.received_at for request in server.requests]
    assert arrivals[-1] - arrivals[0] >= 0.25
