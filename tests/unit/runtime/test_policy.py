"""Unit tests of the pure parts of the runtime, as source: the retry policy, ``Retry-After`` and the token bucket."""

from __future__ import annotations

import email.utils
from types import ModuleType

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from templates.runtime import _ratelimit, _retry

NOW = 1_750_000_000.0  # an instant on the time.time() clock


@pytest.fixture
def retry() -> ModuleType:
    return _retry


@pytest.fixture
def ratelimit() -> ModuleType:
    return _ratelimit


def request(method: str = "GET", **headers: str) -> httpx.Request:
    return httpx.Request(method, "https://api.example.org/things", headers=headers)


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers={name.replace("_", "-"): value for name, value in headers.items()})


# parse_retry_after


@pytest.mark.parametrize(("value", "expected"), [("0", 0.0), ("7", 7.0), (" 120 ", 120.0), ("3600", 3600.0)])
def test_retry_after_in_seconds(retry: ModuleType, value: str, expected: float) -> None:
    assert retry.parse_retry_after(value, now=lambda: NOW) == expected


@pytest.mark.parametrize("offset", [0, 1, 5, 90])
def test_retry_after_as_http_date(retry: ModuleType, offset: int) -> None:
    value = email.utils.formatdate(NOW + offset, usegmt=True)

    assert retry.parse_retry_after(value, now=lambda: NOW) == pytest.approx(offset)


def test_retry_after_as_http_date_in_the_past_is_zero(retry: ModuleType) -> None:
    value = email.utils.formatdate(NOW - 30, usegmt=True)

    assert retry.parse_retry_after(value, now=lambda: NOW) == 0.0


@pytest.mark.parametrize("value", [None, "", "   ", "soon", "-5", "Tomorrow, 25:61", "Mon, 99 Foo 2025 00:00:00 GMT"])
def test_retry_after_that_is_neither_is_none(retry: ModuleType, value: str | None) -> None:
    assert retry.parse_retry_after(value, now=lambda: NOW) is None


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_retry_after_never_raises_on_ascii(value: str) -> None:
    delay = _retry.parse_retry_after(value, now=lambda: NOW)
    assert delay is None or delay >= 0.0


@pytest.mark.parametrize("value", ["²", "1³", "①"])
def test_retry_after_with_non_ascii_digits_is_none(retry: ModuleType, value: str) -> None:
    assert retry.parse_retry_after(value, now=lambda: NOW) is None


# RetryPolicy.delay


class RecordingJitter:
    def __init__(self) -> None:
        self.bounds: list[tuple[float, float]] = []

    def __call__(self, low: float, high: float) -> float:
        self.bounds.append((low, high))
        return high / 2


def test_backoff_doubles_from_half_a_second_up_to_eight(retry: ModuleType) -> None:
    jitter = RecordingJitter()
    policy = retry.RetryPolicy(jitter=jitter)

    delays = [policy.delay(attempt, None) for attempt in range(7)]

    assert jitter.bounds == [(0.0, 0.5), (0.0, 1.0), (0.0, 2.0), (0.0, 4.0), (0.0, 8.0), (0.0, 8.0), (0.0, 8.0)]
    assert delays == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


@pytest.mark.parametrize("attempt", range(6))
def test_backoff_with_the_real_jitter_stays_within_bounds(retry: ModuleType, attempt: int) -> None:
    policy = retry.RetryPolicy()

    delays = [policy.delay(attempt, response(503)) for _ in range(200)]

    assert all(0.0 <= delay <= min(8.0, 0.5 * 2**attempt) for delay in delays)
    assert len(set(delays)) > 100  # jittered, not fixed


def test_retry_after_wins_over_backoff(retry: ModuleType) -> None:
    jitter = RecordingJitter()
    policy = retry.RetryPolicy(jitter=jitter)

    assert policy.delay(3, response(429, Retry_After="2")) == 2.0
    assert policy.delay(0, response(503, Retry_After="0")) == 0.0
    assert jitter.bounds == []


def test_retry_after_is_capped(retry: ModuleType) -> None:
    assert retry.RetryPolicy().delay(0, response(429, Retry_After="86400")) == retry.MAX_RETRY_DELAY == 60.0
    assert retry.RetryPolicy(max_delay=5.0).delay(0, response(429, Retry_After="30")) == 5.0


def test_unparsable_retry_after_falls_back_to_backoff(retry: ModuleType) -> None:
    policy = retry.RetryPolicy(jitter=RecordingJitter())

    assert policy.delay(1, response(503, Retry_After="whenever")) == 0.5


# RetryPolicy.should_retry


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_methods_are_retried_on_retryable_statuses(retry: ModuleType, method: str, status: int) -> None:
    policy = retry.RetryPolicy(max_retries=2)

    assert policy.should_retry(request(method), 0, response(status))
    assert policy.should_retry(request(method), 1, response(status))
    assert not policy.should_retry(request(method), 2, response(status))


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505])
def test_other_statuses_are_not_retried(retry: ModuleType, status: int) -> None:
    assert not retry.RetryPolicy().should_retry(request("GET"), 0, response(status))


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_writes_are_retried_only_with_an_idempotency_key(retry: ModuleType, method: str) -> None:
    policy = retry.RetryPolicy(max_retries=2)

    assert not policy.should_retry(request(method), 0, response(503))
    assert not policy.should_retry(request(method), 0, None)
    assert policy.should_retry(request(method, **{"Idempotency-Key": "k-1"}), 0, response(503))
    assert policy.should_retry(request(method, **{"Idempotency-Key": "k-1"}), 0, None)


def test_connection_errors_of_idempotent_requests_are_retried(retry: ModuleType) -> None:
    policy = retry.RetryPolicy(max_retries=1)

    assert policy.should_retry(request("GET"), 0, None)
    assert not policy.should_retry(request("GET"), 1, None)


def test_the_request_extension_overrides_the_retry_budget(retry: ModuleType) -> None:
    policy = retry.RetryPolicy(max_retries=5)
    patient = httpx.Request("GET", "https://api.example.org/", extensions={"max_retries": 1})

    assert policy.retries_for(patient) == 1
    assert policy.should_retry(patient, 0, response(503))
    assert not policy.should_retry(patient, 1, response(503))
    assert retry.RetryPolicy(max_retries=0).retries_for(request()) == 0


# TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_allows_a_burst_then_spaces_requests(ratelimit: ModuleType) -> None:
    clock = FakeClock()
    bucket = ratelimit.TokenBucket(2, clock=clock)

    assert [bucket.reserve() for _ in range(4)] == [0.0, 0.0, 0.5, 1.0]
    clock.now += 1.0  # two tokens flow back, both already promised
    assert bucket.reserve() == pytest.approx(0.5)
    clock.now += 10.0  # the bucket refills, to its burst only
    assert [bucket.reserve() for _ in range(3)] == [0.0, 0.0, pytest.approx(0.5)]


def test_token_bucket_with_an_explicit_burst(ratelimit: ModuleType) -> None:
    clock = FakeClock()
    bucket = ratelimit.TokenBucket(0.5, burst=3, clock=clock)

    assert [bucket.reserve() for _ in range(4)] == [0.0, 0.0, 0.0, 2.0]
    clock.now += 2.0
    assert bucket.reserve() == pytest.approx(2.0)


def test_token_bucket_below_one_per_second_has_a_burst_of_one(ratelimit: ModuleType) -> None:
    bucket = ratelimit.TokenBucket(0.25, clock=FakeClock())

    assert [bucket.reserve(), bucket.reserve()] == [0.0, 4.0]


@pytest.mark.parametrize("rate", [0, -1.5])
def test_token_bucket_rejects_a_rate_that_is_not_positive(ratelimit: ModuleType, rate: float) -> None:
    with pytest.raises(ValueError, match="rate must be positive"):
        ratelimit.TokenBucket(rate)


# correlation ids


def test_a_correlation_id_is_a_random_uuid4_as_uuid4_writes_it(retry: ModuleType) -> None:
    import uuid

    seen = {retry.correlation_id() for _ in range(2000)}

    assert len(seen) == 2000
    for text in seen:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
    variants = {text[19] for text in seen}
    assert variants == set("89ab")  # the two random bits next to the variant bits are all used
