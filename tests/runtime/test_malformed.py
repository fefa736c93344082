"""Malformed responses: whatever the body, the caller gets a MalformedResponseError with the raw body attached,
never a KeyError, TypeError or ValueError from the parsing code."""

from __future__ import annotations

import pytest

from .families import FAMILIES, Api, Family
from .fault_server import FaultServer, Reply

TRUNCATED = '{"id": "d-1", "name": "Enrol'
HTML_PAGE = "<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>"


def bad_body(kind: str, family: Family) -> Reply:
    if kind == "truncated-json":
        return Reply.text(TRUNCATED, content_type="application/json")
    if kind == "html-page":
        return Reply.text(HTML_PAGE, content_type="text/html")
    if kind == "json-array":
        return Reply.json(["not", "an", "object"])
    if kind == "wrong-shape":
        return Reply.json(family.get_missing_field)
    raise AssertionError(kind)


KINDS = ["truncated-json", "html-page", "json-array", "wrong-shape"]


@pytest.mark.parametrize("kind", KINDS)
def test_malformed_2xx_body_raises_malformed_response_error(
    server: FaultServer, server_url: str, family: Family, api: Api, kind: str
) -> None:
    reply = bad_body(kind, family)
    server.always(family.get_route, reply)

    with pytest.raises(family.errors.MalformedResponseError) as caught:
        api.get(family.client(server_url))

    error = caught.value
    assert type(error) is family.errors.MalformedResponseError
    assert error.status_code == 200
    assert error.raw_body == reply.body.decode()
    assert error.method == "GET"
    assert "raw body is attached" in error.message
    assert not error.is_retryable
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_detailed_calls_return_a_malformed_2xx_body_unparsed_with_the_error(
    server: FaultServer, server_url: str, family: Family, api: Api, kind: str
) -> None:
    reply = bad_body(kind, family)
    server.always(family.get_route, reply)

    response = api.get_detailed(family.client(server_url))

    assert response.status_code == 200
    assert response.parsed is None
    assert response.content == reply.body
    assert response.headers["content-type"] == reply.content_type
    error = response.parse_error
    assert type(error) is family.errors.MalformedResponseError
    assert error.raw_body == reply.body.decode() and "raw body is attached" in error.message


def test_detailed_calls_return_a_malformed_error_body_unparsed(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.text("<h1>Bad Gateway</h1>", status=502, content_type="text/html"))

    response = api.get_detailed(family.client(server_url, max_retries=0))

    assert (response.status_code, response.parsed, response.content) == (502, None, b"<h1>Bad Gateway</h1>")
    assert response.parse_error.status_code == 502


def test_detailed_calls_leave_parse_error_empty_when_the_body_parses(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.get_ok))

    response = api.get_detailed(family.client(server_url))

    assert response.parsed.to_dict() == family.get_ok
    assert response.parse_error is None


def test_detailed_call_returns_the_parsed_error_model(server: FaultServer, server_url: str, family: Family) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("busy"), status=503, headers={"Retry-After": "0"}))

    response = family.get_detailed(family.client(server_url, max_retries=0))

    assert response.status_code == 503
    assert type(response.parsed).__name__ == "Error"
    assert response.parsed.to_dict() == family.error_shape("busy")


def test_error_status_with_an_unparsable_body_keeps_its_error_type(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.text(TRUNCATED, status=404, content_type="application/json"))

    with pytest.raises(family.errors.NotFoundError) as caught:
        api.get(family.client(server_url))

    assert caught.value.body is None
    assert caught.value.raw_body == TRUNCATED


@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_undocumented_5xx_status_raises_server_error(server: FaultServer, server_url: str, family: Family) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("origin unreachable"), status=520))

    with pytest.raises(family.errors.ServerError) as caught:
        family.get(family.client(server_url))

    assert caught.value.status_code == 520
    assert len(server.requests) == 1


@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_undocumented_5xx_status_from_detailed_calls(server: FaultServer, server_url: str, family: Family) -> None:
    server.always(family.get_route, Reply.json(family.error_shape("origin unreachable"), status=520))

    response = family.get_detailed(family.client(server_url))

    assert response.status_code == 520


@pytest.mark.parametrize("body", ['{"access_token": "abc"', '{"token": "abc"}', '{"access_token": 12}', "[]"])
def test_malformed_login_answer_raises_malformed_response_error(
    server: FaultServer, server_url: str, family: Family, api: Api, body: str
) -> None:
    server.always(family.login_route, Reply.text(body, content_type="application/json"))
    client = family.client(server_url)

    with pytest.raises(family.errors.MalformedResponseError) as caught:
        api.login(client, "ada@example.org", "pw-0123456789")

    assert caught.value.raw_body == body
    assert caught.value.status_code == 200
    assert client.tokens is None


@pytest.mark.timeout(20)  # a renewal lock left held would hang the second call
def test_malformed_refresh_answer_raises_malformed_response_error_and_keeps_the_session(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.require_bearer("access-2", open_routes=[family.refresh_route])
    server.script(
        family.refresh_route,
        Reply.text("<html>maintenance</html>", content_type="text/html"),
        then=Reply.json(family.token_body("access-2", "refresh-2")),
    )
    server.always(family.get_route, Reply.json(family.get_ok))
    client = family.client(server_url, access_token="stale-access", refresh_token="refresh-1")

    with pytest.raises(family.errors.MalformedResponseError) as caught:
        api.get(client)

    assert caught.value.raw_body == "<html>maintenance</html>"
    assert client.tokens.refresh_token == "refresh-1"
    assert [request.route for request in server.requests] == [family.get_route, family.refresh_route]
    assert api.get(client).to_dict() == family.get_ok  # renews again
    assert len(server.requests_to(family.refresh_route)) == 2
