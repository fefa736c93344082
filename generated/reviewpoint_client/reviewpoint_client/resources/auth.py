"""``client.auth_api``: Login, token refresh and user registration.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.login_request import LoginRequest
    from ..models.login_response import LoginResponse
    from ..models.refresh_request import RefreshRequest
    from ..models.refresh_response import RefreshResponse
    from ..models.register_request import RegisterRequest
    from ..models.register_response import RegisterResponse

__all__ = ["AuthResource"]


class AuthResource(Resource[Client]):
    """Login, token refresh and user registration.

    Every method has an asynchronous twin named with an ``a`` in front (``login``,
    ``alogin``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def login(
        self,
        *,
        body: LoginRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> LoginResponse:
        """Log in with email and password.

        Exchanges credentials for a JWT access token and a refresh token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: Email/password credentials.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            LoginResponse
        """

        from ..api.auth import login

        return login.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def alogin(
        self,
        *,
        body: LoginRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> LoginResponse:
        """Log in with email and password.

        Exchanges credentials for a JWT access token and a refresh token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: Email/password credentials.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            LoginResponse
        """

        from ..api.auth import login

        return await login.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def refresh_access_token(
        self,
        *,
        body: RefreshRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RefreshResponse:
        """Refresh the access token.

        Exchanges a refresh token for a new access token. The server may rotate the refresh token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: Refresh token to exchange for a new access token.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RefreshResponse
        """

        from ..api.auth import refresh_access_token

        return refresh_access_token.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def arefresh_access_token(
        self,
        *,
        body: RefreshRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RefreshResponse:
        """Refresh the access token.

        Exchanges a refresh token for a new access token. The server may rotate the refresh token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: Refresh token to exchange for a new access token.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RefreshResponse
        """

        from ..api.auth import refresh_access_token

        return await refresh_access_token.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def register_user(
        self,
        *,
        body: RegisterRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RegisterResponse:
        """Register a new user.

        Creates a user account. Requires an API key; JWT bearer tokens are not accepted here.

        Args:
            body: New account details.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            ConflictError: 409: The resource already exists (for registration, the email is already registered).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RegisterResponse
        """

        from ..api.auth import register_user

        return register_user.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aregister_user(
        self,
        *,
        body: RegisterRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RegisterResponse:
        """Register a new user.

        Creates a user account. Requires an API key; JWT bearer tokens are not accepted here.

        Args:
            body: New account details.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            ConflictError: 409: The resource already exists (for registration, the email is already registered).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RegisterResponse
        """

        from ..api.auth import register_user

        return await register_user.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )
