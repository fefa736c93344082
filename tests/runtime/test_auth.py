"""Authentication against a real server: each family's login, API key and refresh flavour, renewal and its races."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import pytest

from .families import FAMILIES, Api, Family
from .fault_server import FaultServer, Reply

USER = "ada@example.org"
PASSWORD = "c0rrect-h0rse-battery"
WORKERS = 8
CROWD = 20


def stale_session(family: Family, server_url: str, **options: Any) -> Any:
    """A client holding an access token the server no longer accepts, and a valid refresh token."""
    return family.client(server_url, access_token="stale-access", refresh_token="refresh-1", **options)


def accept_only(server: FaultServer, family: Family, *tokens: str) -> None:
    server.require_bearer(*tokens, open_routes=[family.login_route, family.refresh_route])


def test_login_sends_the_family_credentials_and_uses_the_token(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    accept_only(server, family, "access-1")
    server.always(family.login_route, Reply.json(family.token_body("access-1", "refresh-1")))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url)

    tokens = api.login(client, USER, PASSWORD)

    assert (tokens.access_token, tokens.refresh_token) == ("access-1", "refresh-1")
    assert client.tokens == tokens
    assert api.get(client).to_dict() == family.get_ok
    login, get = server.requests
    assert login.route == family.login_route
    assert login.json() == {family.login_field: USER, "password": PASSWORD}
    assert "authorization" not in login.headers
    assert get.headers["authorization"] == "Bearer access-1"


def test_refused_login_raises_authentication_error_once(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.login_route, Reply.json(family.error_shape("bad credentials"), status=401))
    client = family.client(server_url)

    with pytest.raises(family.errors.AuthenticationError) as caught:
        api.login(client, USER, PASSWORD)

    assert caught.value.status_code == 401
    assert caught.value.message.endswith(": bad credentials")
    assert client.tokens is None
    assert len(server.requests) == 1


def test_login_is_not_retried_under_503(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.always(family.login_route, Reply.json(family.error_shape("down"), status=503, headers={"Retry-After": "0"}))

    with pytest.raises(family.errors.ServerError):
        api.login(family.client(server_url, max_retries=3), USER, PASSWORD)

    assert len(server.requests) == 1


def test_api_key_is_sent_in_the_family_header(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.always(family.get_route, Reply.json(family.get_ok))

    api.get(family.client(server_url, api_key=family.api_key))

    (request,) = server.requests
    header, value = family.api_key_header
    assert request.headers[header] == value
    other = "x-api-key" if header == "authorization" else "authorization"
    assert other not in request.headers


def test_login_and_refresh_carry_the_api_key_where_it_has_its_own_header(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    # A real ReViewPoint deployment wants X-API-Key on every route, login and refresh included.
    server.require_bearer("access-2", open_routes=[family.login_route, family.refresh_route])
    server.always(family.login_route, Reply.json(family.token_body("access-1", "refresh-1")))
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2")))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url, api_key=family.api_key)

    api.login(client, USER, PASSWORD)
    api.get(client)  # 401 for access-1, refresh, replay

    login, refused, refresh, replay = server.requests
    assert refresh.route == family.refresh_route
    header, value = family.api_key_header
    if header == "authorization":  # PwC: the key is a bearer token, which tokens replace; never sent with them
        assert "authorization" not in login.headers
        assert family.refresh_token_sent(refresh) == "refresh-1"
    else:
        assert [request.headers.get(header) for request in server.requests] == [value] * 4
        assert family.refresh_token_sent(refresh) == "refresh-1"
    assert replay.headers["authorization"] == "Bearer access-2"


def test_401_with_an_api_key_only_is_not_renewed(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("revoked key"), status=401))

    with pytest.raises(family.errors.AuthenticationError):
        api.get(family.client(server_url, api_key=family.api_key))

    assert [request.route for request in server.requests] == [family.get_route]


def test_401_refreshes_the_token_then_replays_once(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    accept_only(server, family, "access-2")
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2")))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = stale_session(family, server_url)

    assert api.get(client).to_dict() == family.get_ok

    first, refresh, replay = server.requests
    assert [first.route, refresh.route, replay.route] == [family.get_route, family.refresh_route, family.get_route]
    assert first.headers["authorization"] == "Bearer stale-access"
    assert family.refresh_token_sent(refresh) == "refresh-1"
    if not family.refresh_in_body:
        assert refresh.body == b""
    assert replay.headers["authorization"] == "Bearer access-2"
    assert (client.tokens.access_token, client.tokens.refresh_token) == ("access-2", "refresh-2")


def test_refresh_without_a_new_refresh_token_keeps_the_old_one(
    server: FaultServer, server_url: str, family: Family
) -> None:
    accept_only(server, family, "access-2")
    server.always(family.refresh_route, Reply.json(family.token_body("access-2")))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = stale_session(family, server_url)

    family.get(client)

    assert (client.tokens.access_token, client.tokens.refresh_token) == ("access-2", "refresh-1")


def test_401_after_the_refresh_raises_without_a_second_refresh(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    accept_only(server, family, "nothing-is-good-enough")
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2")))

    with pytest.raises(family.errors.AuthenticationError) as caught:
        api.get(stale_session(family, server_url))

    assert caught.value.status_code == 401
    routes = [request.route for request in server.requests]
    assert routes == [family.get_route, family.refresh_route, family.get_route]


def test_refused_refresh_raises_authentication_error_and_forgets_the_tokens(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    accept_only(server, family, "access-2")
    server.always(family.refresh_route, Reply.json(family.error_shape("refresh token revoked"), status=401))
    client = stale_session(family, server_url)

    with pytest.raises(family.errors.AuthenticationError) as caught:
        api.get(client)

    assert caught.value.status_code == 401
    assert "token refresh failed" in caught.value.message
    assert client.tokens is None
    assert [request.route for request in server.requests] == [family.get_route, family.refresh_route]


def test_refresh_answered_503_keeps_the_session(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    accept_only(server, family, "access-2")
    server.script(
        family.refresh_route,
        Reply.json(family.error_shape("down"), status=503, headers={"Retry-After": "0"}),
        then=Reply.json(family.token_body("access-2", "refresh-2")),
    )
    server.always(family.get_route, Reply.json(family.get_ok))
    client = stale_session(family, server_url)

    with pytest.raises(family.errors.ApiStatusError) as caught:
        api.get(client)

    assert caught.value.status_code == 503
    assert caught.value.is_retryable
    # The refresh token was not refused: the next call can still renew the session.
    assert client.tokens is not None and client.tokens.refresh_token == "refresh-1"
    assert api.get(client).to_dict() == family.get_ok


@pytest.mark.parametrize("family", FAMILIES[:1], ids=str)
def test_a_hanging_refresh_times_out(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    accept_only(server, family, "access-2")
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2"), delay=1.5))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = stale_session(family, server_url, timeout=0.3, max_retries=0)

    with pytest.raises(family.errors.ApiTimeoutError):
        api.get(client)


def test_an_expired_token_is_renewed_before_the_request(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    accept_only(server, family, "access-1", "access-2")
    # expires_in=0: the token is due for renewal from the start.
    server.always(family.login_route, Reply.json(family.token_body("access-1", "refresh-1", expires_in=0)))
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2")))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url)

    api.login(client, USER, PASSWORD)
    api.get(client)
    api.get(client)

    routes = [request.route for request in server.requests]
    assert routes == [family.login_route, family.refresh_route, family.get_route, family.get_route]
    assert family.refresh_token_sent(server.requests[1]) == "refresh-1"
    assert {request.headers["authorization"] for request in server.requests_to(family.get_route)} == {"Bearer access-2"}


def test_a_short_lived_token_is_not_renewed_on_every_call(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    accept_only(server, family, "access-1")
    # A 5 s token is renewed half a second before it expires, not 30 s before (which would be at once).
    server.always(family.login_route, Reply.json(family.token_body("access-1", "refresh-1", expires_in=5)))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url)

    api.login(client, USER, PASSWORD)
    for _ in range(3):
        api.get(client)

    assert server.requests_to(family.refresh_route) == []
    assert client.tokens.expires_in == 5


def expire(client: Any) -> None:
    """Move the client's session past its expiry, as if its 5 s token had been obtained 6 s ago."""
    tokens = client.tokens
    client.auth.set_tokens(replace(tokens, expires_at=time.monotonic() - 1.0))


def run_in_threads(call: Any, workers: int = WORKERS) -> list[Any]:
    barrier = threading.Barrier(workers)

    def work(_: int) -> Any:
        barrier.wait()
        return call()

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(work, range(workers)))


def test_concurrent_threads_after_401_share_one_refresh(server: FaultServer, server_url: str, family: Family) -> None:
    accept_only(server, family, "access-2")
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2"), delay=0.2))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = stale_session(family, server_url)

    results = run_in_threads(lambda: family.get(client))

    assert [result.to_dict() for result in results] == [family.get_ok] * WORKERS
    assert len(server.requests_to(family.refresh_route)) == 1
    replays = [
        request
        for request in server.requests_to(family.get_route)
        if request.headers["authorization"] == "Bearer access-2"
    ]
    assert len(replays) == WORKERS


def test_twenty_threads_after_expiry_share_one_renewal(server: FaultServer, server_url: str, family: Family) -> None:
    accept_only(server, family, "access-1", "access-2")
    server.always(family.login_route, Reply.json(family.token_body("access-1", "refresh-1", expires_in=5)))
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2", expires_in=5), delay=0.2))
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url)
    client.login(USER, PASSWORD)
    expire(client)

    run_in_threads(lambda: family.get(client), workers=CROWD)

    assert len(server.requests_to(family.refresh_route)) == 1
    gets = server.requests_to(family.get_route)
    assert [request.headers["authorization"] for request in gets] == ["Bearer access-2"] * CROWD


@pytest.mark.anyio
async def test_concurrent_tasks_after_401_share_one_refresh(
    server: FaultServer, server_url: str, family: Family
) -> None:
    accept_only(server, family, "access-2")
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2"), delay=0.2))
    server.always(family.get_route, Reply.json(family.get_ok))

    async with stale_session(family, server_url) as client:
        results = await asyncio.gather(*(family.aget(client) for _ in range(WORKERS)))

    assert [result.to_dict() for result in results] == [family.get_ok] * WORKERS
    assert len(server.requests_to(family.refresh_route)) == 1


@pytest.mark.anyio
async def test_twenty_tasks_after_expiry_share_one_renewal(
    server: FaultServer, server_url: str, family: Family
) -> None:
    accept_only(server, family, "access-1", "access-2")
    server.always(family.login_route, Reply.json(family.token_body("access-1", "refresh-1", expires_in=5)))
    server.always(family.refresh_route, Reply.json(family.token_body("access-2", "refresh-2", expires_in=5), delay=0.2))
    server.always(family.get_route, Reply.json(family.get_ok))

    async with family.client(server_url) as client:
        await client.alogin(USER, PASSWORD)
        expire(client)
        await asyncio.gather(*(family.aget(client) for _ in range(CROWD)))

    assert len(server.requests_to(family.refresh_route)) == 1
    gets = server.requests_to(family.get_route)
    assert [request.headers["authorization"] for request in gets] == ["Bearer access-2"] * CROWD
