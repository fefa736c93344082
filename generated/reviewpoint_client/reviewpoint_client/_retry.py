"""Retries: a pure policy and the transports that apply it around httpx's own.

A request is retried after a connection error or a 408, 429, 500, 502, 503 or 504 response, with exponential
backoff and full jitter, honouring ``Retry-After`` up to ``MAX_RETRY_DELAY``. Only idempotent methods are
retried, or a request that carries an ``Idempotency-Key`` header: a non-idempotent write is never sent twice.
A request whose body cannot be sent twice (an upload from a pipe) is never retried.

Responses are read whole before they are handed on, so that a connection dropped mid-body is retried too; event
streams and requests marked with the ``stream_response`` extension (downloads) are handed on unread.
Each attempt is logged at DEBUG and each retry at INFO on the package's logger.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import time
from collections.abc import Callable

import httpx

from ._logging import logger, redact_url
from ._ratelimit import TokenBucket

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "MAX_RETRIES_EXTENSION",
    "MAX_RETRY_DELAY",
    "REPLAYABLE_EXTENSION",
    "RETRYABLE_STATUSES",
    "STREAM_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "correlation_id",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_DELAY = 60.0
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
IDEMPOTENCY_HEADER = "Idempotency-Key"
CORRELATION_HEADER = "X-Correlation-ID"
MAX_RETRIES_EXTENSION = "max_retries"
REPLAYABLE_EXTENSION = "replayable"
STREAM_EXTENSION = "stream_response"


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Return the delay a ``Retry-After`` header asks for, in seconds (delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


class RetryPolicy:
    """Decide whether and when to send a request again; no I/O, no sleeping."""

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        max_delay: float = MAX_RETRY_DELAY,
        jitter: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self.max_retries = max_retries
        self.max_delay = max_delay
        self._jitter = jitter

    def retries_for(self, request: httpx.Request) -> int:
        """The retry budget of one request: its ``max_retries`` extension, else the policy's."""
        return int(request.extensions.get(MAX_RETRIES_EXTENSION, self.max_retries))

    def may_resend(self, request: httpx.Request) -> bool:
        """Whether sending the request twice is safe, and its body can be sent again."""
        if not request.extensions.get(REPLAYABLE_EXTENSION, True):
            return False
        return request.method in IDEMPOTENT_METHODS or IDEMPOTENCY_HEADER in request.headers

    def should_retry(self, request: httpx.Request, attempt: int, response: httpx.Response | None) -> bool:
        """Whether to retry after ``attempt`` (0-based) ended with ``response``, or with no response when None."""
        if attempt >= self.retries_for(request) or not self.may_resend(request):
            return False
        return response is None or response.status_code in RETRYABLE_STATUSES

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before the next attempt: ``Retry-After`` when given, else backoff with full jitter."""
        retry_after = parse_retry_after(response.headers.get("Retry-After")) if response is not None else None
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        return self._jitter(0.0, min(MAX_BACKOFF, INITIAL_RETRY_DELAY * 2**attempt))


class _Attempts:
    """What both transports share: correlation ids, rate limiting, logging."""

    def __init__(self, policy: RetryPolicy, rate_limiter: TokenBucket | None) -> None:
        self.policy = policy
        self.rate_limiter = rate_limiter

    def prepare(self, request: httpx.Request) -> None:
        if CORRELATION_HEADER not in request.headers:
            request.headers[CORRELATION_HEADER] = correlation_id()

    def log_attempt(self, request: httpx.Request, attempt: int, outcome: str, started: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed = (time.monotonic() - started) * 1000
        logger.debug(
            "%s %s -> %s in %.0f ms (attempt %d, correlation id %s)",
            request.method,
            redact_url(request.url),
            outcome,
            elapsed,
            attempt + 1,
            request.headers[CORRELATION_HEADER],
        )

    def log_retry(self, request: httpx.Request, delay: float, outcome: str) -> None:
        if logger.isEnabledFor(logging.INFO):
            logger.info("retrying %s %s after %s in %.2f s", request.method, redact_url(request.url), outcome, delay)


def correlation_id() -> str:
    """A random UUID (version 4) as text, as ``str(uuid.uuid4())`` writes it, in less than half the time."""
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"


def _buffer_body(request: httpx.Request, response: httpx.Response) -> bool:
    if response.is_success and request.extensions.get(STREAM_EXTENSION):
        return False
    return not response.headers.get("Content-Type", "").startswith("text/event-stream")


class RetryTransport(httpx.BaseTransport):
    """Wrap a transport with retries, rate limiting, correlation ids and request logging."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        rate_limiter: TokenBucket | None = None,
    ) -> None:
        self._wrapped = wrapped
        self._attempts = _Attempts(policy or RetryPolicy(), rate_limiter)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts, policy = self._attempts, self._attempts.policy
        attempts.prepare(request)
        attempt = 0
        while True:
            if attempts.rate_limiter is not None:
                time.sleep(attempts.rate_limiter.reserve())
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = self._wrapped.handle_request(request)
                if _buffer_body(request, response):
                    response.read()
            except httpx.TransportError as exc:
                attempts.log_attempt(request, attempt, type(exc).__name__, started)
                if response is not None:
                    response.close()
                if not policy.should_retry(request, attempt, None):
                    raise
                outcome, response = type(exc).__name__, None
            else:
                attempts.log_attempt(request, attempt, str(response.status_code), started)
                if not policy.should_retry(request, attempt, response):
                    return response
                outcome = str(response.status_code)
                response.close()
            delay = policy.delay(attempt, response)
            attempts.log_retry(request, delay, outcome)
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of :class:`RetryTransport`."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        rate_limiter: TokenBucket | None = None,
    ) -> None:
        self._wrapped = wrapped
        self._attempts = _Attempts(policy or RetryPolicy(), rate_limiter)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # noqa: PLC0415 (imported by whoever runs this coroutine; not with the package)

        attempts, policy = self._attempts, self._attempts.policy
        attempts.prepare(request)
        attempt = 0
        while True:
            if attempts.rate_limiter is not None:
                await asyncio.sleep(attempts.rate_limiter.reserve())
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = await self._wrapped.handle_async_request(request)
                if _buffer_body(request, response):
                    await response.aread()
            except httpx.TransportError as exc:
                attempts.log_attempt(request, attempt, type(exc).__name__, started)
                if response is not None:
                    await response.aclose()
                if not policy.should_retry(request, attempt, None):
                    raise
                outcome, response = type(exc).__name__, None
            else:
                attempts.log_attempt(request, attempt, str(response.status_code), started)
                if not policy.should_retry(request, attempt, response):
                    return response
                outcome = str(response.status_code)
                await response.aclose()
            delay = policy.delay(attempt, response)
            attempts.log_retry(request, delay, outcome)
            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._wrapped.aclose()
