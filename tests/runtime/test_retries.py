"""Retries against a real server: which failures are retried, how often, after how long, and what is raised."""

from __future__ import annotations

import socket
import time

import pytest

from .families import FAMILIES, Api, Family
from .fault_server import FaultServer, Reply, http_date

HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"


def unavailable(family: Family, retry_after: str | None = "0") -> Reply:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return Reply.json(family.error_shape("try again later"), status=503, headers=headers)


def test_get_is_retried_after_503_then_succeeds(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.script(family.get_route, unavailable(family), then=Reply.json(family.get_ok))

    result = api.get(family.client(server_url))

    assert result.to_dict() == family.get_ok
    attempts = server.requests_to(family.get_route)
    assert len(attempts) == 2
    assert attempts[0].headers["x-correlation-id"] == attempts[1].headers["x-correlation-id"]


def test_get_gives_up_after_max_retries(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.always(family.get_route, unavailable(family))

    with pytest.raises(family.errors.ServerError) as caught:
        api.get(family.client(server_url, max_retries=2))

    assert caught.value.status_code == 503
    assert caught.value.is_retryable
    assert caught.value.body is not None  # the family's error model, parsed
    assert len(server.requests_to(family.get_route)) == 3


def test_429_retry_after_in_seconds_is_honoured(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    limited = Reply.json(family.error_shape("slow down"), status=429, headers={"Retry-After": "1"})
    server.script(family.get_route, limited, then=Reply.json(family.get_ok))

    result = api.get(family.client(server_url))

    assert result.to_dict() == family.get_ok
    first, second = server.requests_to(family.get_route)
    # Without Retry-After the first backoff is at most 0.5 s.
    assert 0.95 <= second.received_at - first.received_at < 2.5


def test_429_retry_after_as_http_date_is_honoured(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    # An HTTP date has whole seconds: "now + 2 s" written down is 1 to 2 s away.
    limited = Reply.json(family.error_shape("slow down"), status=429, headers={"Retry-After": http_date(2)})
    server.script(family.get_route, limited, then=Reply.json(family.get_ok))

    result = api.get(family.client(server_url))

    assert result.to_dict() == family.get_ok
    first, second = server.requests_to(family.get_route)
    assert 0.9 <= second.received_at - first.received_at < 3.0


@pytest.mark.parametrize("retry_after", ["soon", "-3", "²"])
@pytest.mark.parametrize("family", FAMILIES[1:2], ids=str)
def test_unusable_retry_after_falls_back_to_backoff(
    server: FaultServer, server_url: str, family: Family, api: Api, retry_after: str
) -> None:
    server.script(family.get_route, unavailable(family, retry_after=retry_after), then=Reply.json(family.get_ok))

    result = api.get(family.client(server_url, max_retries=1))

    assert result.to_dict() == family.get_ok
    assert len(server.requests_to(family.get_route)) == 2


@pytest.mark.parametrize("retry_after", ["7", "date"])
def test_rate_limit_error_carries_retry_after(
    server: FaultServer, server_url: str, family: Family, api: Api, retry_after: str
) -> None:
    value = http_date(30) if retry_after == "date" else retry_after
    server.always(
        family.get_route, Reply.json(family.error_shape("slow down"), status=429, headers={"Retry-After": value})
    )

    with pytest.raises(family.errors.RateLimitError) as caught:
        api.get(family.client(server_url, max_retries=0))

    error = caught.value
    assert error.status_code == 429
    assert error.is_retryable
    if retry_after == "date":
        assert 28 <= error.retry_after <= 30
    else:
        assert error.retry_after == 7.0
    assert len(server.requests_to(family.get_route)) == 1


def test_post_without_idempotency_key_is_sent_exactly_once_under_503(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.post_route, unavailable(family))

    with pytest.raises(family.errors.ServerError) as caught:
        api.post(family.client(server_url, max_retries=3))

    assert caught.value.status_code == 503
    assert len(server.requests_to(family.post_route)) == 1


def test_post_without_idempotency_key_is_sent_once_when_the_connection_drops(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.post_route, Reply.json(family.post_ok, status=family.post_status, drop_after=3))

    with pytest.raises(family.errors.ApiConnectionError):
        api.post(family.client(server_url, max_retries=3))

    assert len(server.requests_to(family.post_route)) == 1


def test_post_with_idempotency_key_is_retried_with_the_same_key(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.script(family.post_route, unavailable(family), then=Reply.json(family.post_ok, status=family.post_status))
    client = family.client(server_url).with_options(idempotency_key="order-42")

    result = api.post(client)

    assert result.to_dict() == family.post_ok
    attempts = server.requests_to(family.post_route)
    assert [attempt.headers.get("idempotency-key") for attempt in attempts] == ["order-42", "order-42"]
    assert attempts[0].headers["x-correlation-id"] == attempts[1].headers["x-correlation-id"]
    assert attempts[0].body == attempts[1].body


def test_dropped_connection_mid_body_is_retried(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.script(family.get_route, Reply.json(family.get_ok, drop_after=10), then=Reply.json(family.get_ok))

    result = api.get(family.client(server_url, max_retries=1))

    assert result.to_dict() == family.get_ok
    assert len(server.requests_to(family.get_route)) == 2


def test_dropped_connection_mid_body_raises_connection_error(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.get_ok, drop_after=10))

    with pytest.raises(family.errors.ApiConnectionError) as caught:
        api.get(family.client(server_url, max_retries=0))

    error = caught.value
    assert type(error) is family.errors.ApiConnectionError  # not a timeout
    assert error.is_retryable
    assert error.status_code is None
    assert error.method == "GET"
    assert "RemoteProtocolError" in error.message
    assert len(server.requests_to(family.get_route)) == 1


def test_refused_connection_raises_connection_error(family: Family, api: Api) -> None:
    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(family.errors.ApiConnectionError) as caught:
        api.get(family.client(f"http://127.0.0.1:{port}", max_retries=0))

    assert type(caught.value) is family.errors.ApiConnectionError
    assert "ConnectError" in caught.value.message
    assert caught.value.correlation_id is not None


def test_slow_response_past_the_timeout_raises_timeout_error(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.json(family.get_ok, delay=1.5))
    client = family.client(server_url).with_options(timeout=0.3, max_retries=0)

    started = time.monotonic()
    with pytest.raises(family.errors.ApiTimeoutError) as caught:
        api.get(client)

    assert time.monotonic() - started < 1.2
    assert isinstance(caught.value, family.errors.ApiConnectionError)
    assert caught.value.is_retryable
    assert len(server.requests_to(family.get_route)) == 1


def test_slow_response_is_retried_after_the_timeout(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.script(family.get_route, Reply.json(family.get_ok, delay=1.5), then=Reply.json(family.get_ok))
    client = family.client(server_url, timeout=0.3, max_retries=1)

    result = api.get(client)

    assert result.to_dict() == family.get_ok
    assert len(server.requests_to(family.get_route)) == 2


def test_html_502_page_raises_server_error_with_the_page_attached(
    server: FaultServer, server_url: str, family: Family, api: Api
) -> None:
    server.always(family.get_route, Reply.text(HTML_502, status=502, content_type="text/html"))

    with pytest.raises(family.errors.ServerError) as caught:
        api.get(family.client(server_url, max_retries=0))

    error = caught.value
    assert error.status_code == 502
    assert error.body is None  # not the family's error model
    assert error.raw_body == HTML_502
    assert error.message.startswith("502 Bad Gateway for GET ")
    assert error.is_retryable


def test_html_502_page_is_retried(server: FaultServer, server_url: str, family: Family, api: Api) -> None:
    server.script(
        family.get_route, Reply.text(HTML_502, status=502, content_type="text/html"), then=Reply.json(family.get_ok)
    )

    result = api.get(family.client(server_url, max_retries=1))

    assert result.to_dict() == family.get_ok
    assert len(server.requests_to(family.get_route)) == 2


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_retryable_statuses_are_retried(server: FaultServer, server_url: str, family: Family, status: int) -> None:
    failure = Reply.json(family.error_shape("transient"), status=status, headers={"Retry-After": "0"})
    server.script(family.get_route, failure, then=Reply.json(family.get_ok))

    assert family.get(family.client(server_url)).to_dict() == family.get_ok
    assert len(server.requests_to(family.get_route)) == 2


@pytest.mark.parametrize(
    ("status", "error_name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (418, "UnexpectedStatus"),
        (422, "UnprocessableEntityError"),
        (501, "ServerError"),
    ],
)
@pytest.mark.parametrize("family", FAMILIES, ids=str)
def test_other_error_statuses_are_sent_once_and_typed(
    server: FaultServer, server_url: str, family: Family, status: int, error_name: str
) -> None:
    server.always(
        family.get_route,
        Reply.json(family.error_shape("widget quota exceeded"), status=status, headers={"Retry-After": "0"}),
    )

    with pytest.raises(family.errors.ApiStatusError) as caught:
        family.get(family.client(server_url, api_key=family.api_key))

    assert type(caught.value).__name__ == error_name
    assert caught.value.status_code == status
    assert not caught.value.is_retryable
    assert caught.value.message.endswith(": widget quota exceeded")
    assert len(server.requests_to(family.get_route)) == 1
