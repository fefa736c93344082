"""The errors every client raises, family-independent: the tree, the status table and how errors are built.

Every error the client raises is an ``ApiError``::

    ApiError
    ├── ApiConnectionError           no response: DNS failure, refused or dropped connection
    │   ├── ApiTimeoutError          no response within the timeout
    │   └── StreamInterruptedError   an event stream that dropped and could not be resumed (in ``_sse``)
    ├── ApiStatusError               the server answered with an error status
    │   ├── BadRequestError          400
    │   ├── AuthenticationError      401, or a login or token refresh that failed
    │   ├── PermissionDeniedError    403
    │   ├── NotFoundError            404
    │   ├── ConflictError            409
    │   ├── UnprocessableEntityError 422
    │   ├── RateLimitError           429, with ``retry_after``
    │   ├── ServerError              5xx
    │   └── UnexpectedStatus         any other status the spec does not document
    ├── MalformedResponseError       a response body that is not what the spec documents
    └── JobError                     a long-running job that did not succeed (in ``_jobs``)
        ├── JobFailedError           it failed
        ├── JobCancelledError        it was cancelled
        └── JobTimeoutError          it was not done by the deadline

The package's ``errors`` module re-exports these and decodes error bodies into the family's error models.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._decode import DecodeError
from ._json import loads
from ._logging import redact_url
from ._retry import RETRYABLE_STATUSES, parse_retry_after

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "ANONYMOUS_EXTENSION",
    "STATUS_ERRORS",
    "connection_error",
    "decode_problem",
    "error_class",
    "malformed",
    "status_error",
]

CORRELATION_HEADER = "X-Correlation-ID"
NO_CREDENTIALS_HINT = (
    "the request carried no credentials: log in with client.login(...) or pass api_key= (or access_token=) to Client"
)
ANONYMOUS_EXTENSION = "anonymous"  # set by the auth flow on a request it had no credentials for


class ApiError(Exception):
    """Base class of every error raised by the client."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.response = response
        self.body = body

    @property
    def status_code(self) -> int | None:
        """The HTTP status of the response, or None when there was none."""
        return self.response.status_code if self.response is not None else None

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (empty when there was no response)."""
        return self.response.headers if self.response is not None else httpx.Headers()

    @property
    def method(self) -> str | None:
        """The method of the request that failed."""
        return self.request.method if self.request is not None else None

    @property
    def url(self) -> str | None:
        """The URL of the request that failed, with secrets in the query string redacted."""
        return redact_url(self.request.url) if self.request is not None else None

    @property
    def raw_body(self) -> str:
        """The response body as text (empty when there was no response or it was streamed)."""
        if self.response is None:
            return ""
        try:
            return self.response.text
        except httpx.ResponseNotRead:
            return ""

    @property
    def correlation_id(self) -> str | None:
        """The ``X-Correlation-ID`` of the exchange: the server's when it sent one, else the request's."""
        for headers in (self.headers, self.request.headers if self.request is not None else httpx.Headers()):
            if CORRELATION_HEADER in headers:
                return headers[CORRELATION_HEADER]
        return None

    @property
    def is_retryable(self) -> bool:
        """Whether sending the same request again may succeed."""
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status_code={self.status_code!r})"


class ApiConnectionError(ApiError):
    """The request got no response: the connection failed or was dropped."""

    @property
    def is_retryable(self) -> bool:
        return True


class ApiTimeoutError(ApiConnectionError):
    """The request got no response within the timeout."""


class ApiStatusError(ApiError):
    """The server answered with an error status; ``body`` is the parsed error model, or None."""

    @property
    def is_retryable(self) -> bool:
        return self.status_code in RETRYABLE_STATUSES


class BadRequestError(ApiStatusError):
    """The server rejected the request as malformed (400)."""


class AuthenticationError(ApiStatusError):
    """The credentials were missing, wrong or expired, or renewing them failed (401)."""


class PermissionDeniedError(ApiStatusError):
    """The credentials are valid but not allowed to do this (403)."""


class NotFoundError(ApiStatusError):
    """The resource does not exist (404)."""


class ConflictError(ApiStatusError):
    """The request conflicts with the current state of the resource (409)."""


class UnprocessableEntityError(ApiStatusError):
    """The server could not validate the request (422)."""


class RateLimitError(ApiStatusError):
    """Too many requests (429); ``retry_after`` is the delay the server asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("Retry-After"))


class ServerError(ApiStatusError):
    """The server failed (5xx)."""


class UnexpectedStatus(ApiStatusError):
    """The server answered with a status the spec does not document."""

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        response: httpx.Response | None = None,
        message: str | None = None,
        body: Any = None,
    ) -> None:
        message = message or f"unexpected status {status_code}"
        super().__init__(message, request=_request_of(response), response=response, body=body)
        self.content = content


class MalformedResponseError(ApiError):
    """The response body does not match the spec (HTML error page, truncated JSON, wrong shape).

    ``pointer`` names the offending value as a JSON pointer (``/users/3/email``; empty for the whole body) and
    ``reason`` says what is wrong with it (``missing``, ``expected a string, got null``), when they are known.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        pointer: str | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(message, request=request, response=response)
        self.pointer = pointer
        self.reason = reason


STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[ApiStatusError]:
    """The class of the error raised for an error status: the status table, then ``ServerError`` for any 5xx."""
    return STATUS_ERRORS.get(status, ServerError if status >= 500 else UnexpectedStatus)


def status_error(response: httpx.Response, body: Any = None) -> ApiStatusError:
    """Build the error for a response with an error status; ``body`` is its decoded error model, if any.

    The message names the request and the server's own message; for a redirect that was not followed, where it
    leads; for a 401 to a request without credentials, what to do about it.
    """
    status = response.status_code
    chosen = error_class(status)
    request = response.request
    message = f"{status} {response.reason_phrase} for {request.method} {redact_url(request.url)}"
    location = response.headers.get("Location") if 300 <= status < 400 else None
    detail = _redirect_message(response, location) if location is not None else _server_message(response)
    if detail:
        message += f": {detail}"
    if status == 401 and request.extensions.get(ANONYMOUS_EXTENSION):
        message += f" ({NO_CREDENTIALS_HINT})"
    if chosen is UnexpectedStatus:
        return UnexpectedStatus(status, response.content, response=response, message=message, body=body)
    return chosen(message, request=request, response=response, body=body)


def connection_error(exc: httpx.TransportError) -> ApiConnectionError:
    """Build the error for a request that got no response, or whose response was cut off."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    where = f"{request.method} {redact_url(request.url)}" if request is not None else "request"
    kind = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    return kind(f"{where} failed: {type(exc).__name__}: {exc}", request=request)


def decode_problem(exc: Exception) -> tuple[str, str | None, str | None]:
    """What a decoding failure says for a message, and the JSON pointer and reason when they are known."""
    if isinstance(exc, DecodeError):
        return str(exc), exc.pointer, exc.reason
    if isinstance(exc, json.JSONDecodeError):
        return "not JSON", "", "not JSON"
    return type(exc).__name__, None, None


def malformed(response: httpx.Response, exc: Exception) -> MalformedResponseError:
    """Build the error for a response whose body does not parse as the documented model; name where, if known."""
    request = response.request
    detail, pointer, reason = decode_problem(exc)
    message = (
        f"{response.status_code} response to {request.method} {redact_url(request.url)} is not what the spec"
        f" documents: {detail}; the raw body is attached"
    )
    return MalformedResponseError(message, request=request, response=response, pointer=pointer, reason=reason)


def _server_message(response: httpx.Response) -> str:
    """Find the human-readable message in any of the families' error shapes, else the start of the text."""
    try:
        data = loads(response.content)
    except ValueError:
        return " ".join(response.text.split())[:200]
    candidates = [data.get("message"), (data.get("error") or {}), data.get("detail")] if isinstance(data, dict) else []
    for candidate in candidates:
        if isinstance(candidate, dict):
            candidate = candidate.get("message")
        if isinstance(candidate, list):
            candidate = "; ".join(
                str(item.get("msg", item)) if isinstance(item, dict) else str(item) for item in candidate
            )
        if isinstance(candidate, str) and candidate:
            return candidate[:500]
    return ""


def _redirect_message(response: httpx.Response, location: str) -> str:
    target = redact_url(response.request.url.join(location))
    return f"redirects to {target}, which the client does not follow (pass follow_redirects=True to Client)"


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    try:
        return response.request if response is not None else None
    except RuntimeError:
        return None
