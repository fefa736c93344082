"""Cortex OAuth 2.0 authorization code: random state, state check, code exchange (httpx.MockTransport)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cortex_client import Client, OAuth2AuthorizationCode, OAuthStateError


def make_flow(sent: list[httpx.Request], api_key: str | None = None) -> OAuth2AuthorizationCode:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = {
            "access_token": "oauth-access",
            "refresh_token": "oauth-refresh",
            "token_type": "Bearer",
            "expires_in": 3600,
        }
        return httpx.Response(200, json=body)

    client = Client("https://cortex.test/v1", api_key=api_key, transport=httpx.MockTransport(handler))
    return OAuth2AuthorizationCode(client, client_id="app-1", redirect_uri="https://app.test/callback")


def test_authorization_url_carries_a_fresh_random_state() -> None:
    flow = make_flow([])
    first, second = (urlsplit(flow.authorization_url()) for _ in range(2))
    assert first.path == "/v1/oauth/authorize"
    query = parse_qs(first.query)
    assert query["response_type"] == ["code"] and query["client_id"] == ["app-1"]
    assert query["scope"] == ["read write"]
    assert len(query["state"][0]) >= 32 and query["state"] != parse_qs(second.query)["state"]


def test_exchange_checks_state_then_installs_the_tokens() -> None:
    sent: list[httpx.Request] = []
    flow = make_flow(sent)
    state = parse_qs(urlsplit(flow.authorization_url()).query)["state"][0]
    with pytest.raises(OAuthStateError):
        flow.exchange("the-code", "forged-state")
    assert sent == []
    tokens = flow.exchange("the-code", state)
    (request,) = sent
    assert request.url.path == "/v1/oauth/token"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["authorization_code"],
        "client_id": ["app-1"],
        "code": ["the-code"],
        "redirect_uri": ["https://app.test/callback"],
    }
    assert "Authorization" not in request.headers
    assert tokens.access_token == "oauth-access" and "oauth-access" not in repr(tokens)
    with pytest.raises(OAuthStateError):
        flow.exchange("the-code", state)  # a state is good for one callback only


def test_the_code_exchange_carries_the_api_key_and_no_session_token() -> None:
    sent: list[httpx.Request] = []
    flow = make_flow(sent, api_key="ctx-key")
    state = parse_qs(urlsplit(flow.authorization_url()).query)["state"][0]

    flow.exchange("the-code", state)

    (request,) = sent
    assert request.headers["X-API-Key"] == "ctx-key"
    assert "Authorization" not in request.headers
