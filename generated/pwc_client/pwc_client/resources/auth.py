"""``client.auth_api``: Login and token refresh.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.auth_response import AuthResponse
    from ..models.login_request import LoginRequest
    from ..models.refresh_request import RefreshRequest

__all__ = ["AuthResource"]


class AuthResource(Resource[Client]):
    """Login and token refresh.

    Every method has an asynchronous twin named with an ``a`` in front (``login``,
    ``alogin``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def login(
        self,
        *,
        body: LoginRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AuthResponse:
        """Log in with username and password.

        Exchanges user credentials for an access token (and, usually, a refresh token).

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: User credentials.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            AuthResponse
        """

        from ..api.auth import login

        return login.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def alogin(
        self,
        *,
        body: LoginRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AuthResponse:
        """Log in with username and password.

        Exchanges user credentials for an access token (and, usually, a refresh token).

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: User credentials.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            AuthResponse
        """

        from ..api.auth import login

        return await login.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    def refresh_access_token(
        self,
        *,
        body: RefreshRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AuthResponse:
        """Refresh the access token.

        Exchanges a refresh token for a new access token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: A refresh token to exchange for a new access token.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            AuthResponse
        """

        from ..api.auth import refresh_access_token

        return refresh_access_token.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def arefresh_access_token(
        self,
        *,
        body: RefreshRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AuthResponse:
        """Refresh the access token.

        Exchanges a refresh token for a new access token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: A refresh token to exchange for a new access token.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            AuthResponse
        """

        from ..api.auth import refresh_access_token

        return await refresh_access_token.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )
