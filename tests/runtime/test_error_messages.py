"""Errors that tell a new user what to do: a bad base URL, a 401 without credentials, a redirect not followed."""

from __future__ import annotations

import pytest

from .families import FAMILIES, Api, Family
from .fault_server import FaultServer, Reply


@pytest.mark.parametrize("family", FAMILIES, ids=str)
@pytest.mark.parametrize("base_url", ["127.0.0.1:8011", "localhost:8000/v1", "api.example.org"])
def test_a_base_url_without_scheme_is_refused_when_the_client_is_built(family: Family, base_url: str) -> None:
    with pytest.raises(ValueError, match="is not an absolute http:// or https:// URL") as caught:
        family.package.Client(base_url)

    assert f"'http://{base_url}'" in str(caught.value)


@pytest.mark.parametrize("family", FAMILIES, ids=str)
@pytest.mark.parametrize("base_url", ["ftp://files.example.org", "/v1", "", "https://"])
def test_other_unusable_base_urls_are_refused(family: Family, base_url: str) -> None:
    with pytest.raises(ValueError, match="not an absolute http:// or https:// URL"):
        family.package.Client(base_url)


@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_a_refused_base_url_never_shows_its_credentials(family: Family) -> None:
    with pytest.raises(ValueError) as caught:
        family.package.Client("robot:hunter2-pw@api.example.org")

    assert "hunter2-pw" not in str(caught.value)


def test_a_401_without_credentials_says_what_to_do(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("Not authenticated"), status=401))

    with pytest.raises(family.errors.AuthenticationError) as caught:
        api.get(family.client(server_url))

    message = caught.value.message
    assert message.startswith(f"401 Unauthorized for GET {family.base_url(server_url)}{family.get_path}")
    assert "Not authenticated" in message
    assert "client.login(...)" in message and "api_key=" in message


def test_a_401_with_credentials_does_not_suggest_them(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("revoked key"), status=401))

    with pytest.raises(family.errors.AuthenticationError) as caught:
        api.get(family.client(server_url, api_key=family.api_key))

    assert "login(" not in caught.value.message
    assert caught.value.message.endswith(": revoked key")


def test_a_refused_login_does_not_suggest_logging_in(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.login_route, Reply.json(family.error_shape("bad credentials"), status=401))

    with pytest.raises(family.errors.AuthenticationError) as caught:
        api.login(family.client(server_url), "ada@example.org", "wrong-password")

    assert caught.value.message.endswith(": bad credentials")


@pytest.mark.parametrize("location", ["/v2/moved?page=1&api_key=k3y-Secret", "https://other.example.org/moved"])
def test_a_redirect_that_is_not_followed_shows_where_it_leads(
    server: FaultServer, server_url: str, family: Family, api: Api, location: str
) -> None:
    server.always(family.get_route, Reply(301, headers={"Location": location}))

    with pytest.raises(family.errors.ApiStatusError) as caught:
        api.get(family.client(server_url))

    message = caught.value.message
    expected = server_url + "/v2/moved?page=1&api_key=" if location.startswith("/") else location
    assert f"redirects to {expected}" in message
    assert "follow_redirects=True" in message
    assert "k3y-Secret" not in message
    assert caught.value.status_code == 301 and not caught.value.is_retryable


def test_a_redirect_is_followed_when_asked(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.always(family.get_route, Reply(307, headers={"Location": family.prefix + "/moved"}))
    server.always(family.route("GET", "/moved"), Reply.json(family.get_ok))

    assert api.get(family.client(server_url, follow_redirects=True)).to_dict() == family.get_ok
