"""``client.auth_api``: Login, token refresh and the OAuth 2.0 authorization-code flow.

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
    from ..models.authorize_oauth_client_response_type import AuthorizeOauthClientResponseType
    from ..models.login_credentials import LoginCredentials
    from ..models.refresh_token_response import RefreshTokenResponse
    from ..models.token_request import TokenRequest
    from ..models.token_response import TokenResponse

__all__ = ["AuthResource"]


class AuthResource(Resource[Client]):
    """Login, token refresh and the OAuth 2.0 authorization-code flow.

    Every method has an asynchronous twin named with an ``a`` in front (``login``,
    ``alogin``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def login(
        self,
        *,
        body: LoginCredentials,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AuthResponse:
        """Log in with email and password.

        Exchanges user credentials for a JWT access token and a refresh token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: User credentials for `POST /auth/login`.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
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
        )

    async def alogin(
        self,
        *,
        body: LoginCredentials,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AuthResponse:
        """Log in with email and password.

        Exchanges user credentials for a JWT access token and a refresh token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: User credentials for `POST /auth/login`.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
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
        )

    def refresh_access_token(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RefreshTokenResponse:
        """Refresh the access token.

        Issues a new access token. There is no request body: the bearer token sent in the
        `Authorization` header must be the **refresh token** returned by `POST /auth/login`,
        not an access token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RefreshTokenResponse
        """

        from ..api.auth import refresh_access_token

        return refresh_access_token.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def arefresh_access_token(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RefreshTokenResponse:
        """Refresh the access token.

        Issues a new access token. There is no request body: the bearer token sent in the
        `Authorization` header must be the **refresh token** returned by `POST /auth/login`,
        not an access token.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RefreshTokenResponse
        """

        from ..api.auth import refresh_access_token

        return await refresh_access_token.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def authorize_oauth_client(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        scope: str | Unset = UNSET,
        response_type: AuthorizeOauthClientResponseType | str,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Start the OAuth 2.0 authorization-code flow.

        Browser entry point of the authorization-code flow. After the user consents, the server
        redirects to `redirect_uri` with `code` and `state` query parameters.

        Args:
            client_id: Identifier of the registered OAuth client. At least 1 character.
            redirect_uri: Where to send the user back; must match a URI registered for the client.
            scope: Space-separated list of requested scopes (`read`, `write`).
            response_type: Always `code` (authorization-code flow). One of 'code'.
            state: Opaque value echoed back on the redirect, to protect against CSRF.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            None
        """

        from ..api.auth import authorize_oauth_client

        return authorize_oauth_client.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            response_type=response_type,
            state=state,
        )

    async def aauthorize_oauth_client(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        scope: str | Unset = UNSET,
        response_type: AuthorizeOauthClientResponseType | str,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Start the OAuth 2.0 authorization-code flow.

        Browser entry point of the authorization-code flow. After the user consents, the server
        redirects to `redirect_uri` with `code` and `state` query parameters.

        Args:
            client_id: Identifier of the registered OAuth client. At least 1 character.
            redirect_uri: Where to send the user back; must match a URI registered for the client.
            scope: Space-separated list of requested scopes (`read`, `write`).
            response_type: Always `code` (authorization-code flow). One of 'code'.
            state: Opaque value echoed back on the redirect, to protect against CSRF.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            None
        """

        from ..api.auth import authorize_oauth_client

        return await authorize_oauth_client.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            response_type=response_type,
            state=state,
        )

    def exchange_oauth_token(
        self,
        *,
        body: TokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> TokenResponse:
        """Exchange an authorization code (or a refresh token) for tokens.

        OAuth 2.0 token endpoint. With `grant_type=authorization_code` send `code` and the same
        `redirect_uri` used for `/oauth/authorize`; with `grant_type=refresh_token` send `refresh_token`.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
                parameters of this request, and a form body cannot carry the non-string values an open schema
                allows. Sent as application/x-www-form-urlencoded.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            TokenResponse
        """

        from ..api.auth import exchange_oauth_token

        return exchange_oauth_token.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aexchange_oauth_token(
        self,
        *,
        body: TokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> TokenResponse:
        """Exchange an authorization code (or a refresh token) for tokens.

        OAuth 2.0 token endpoint. With `grant_type=authorization_code` send `code` and the same
        `redirect_uri` used for `/oauth/authorize`; with `grant_type=refresh_token` send `refresh_token`.

        This returns the tokens and does not keep them: ``client.login(...)`` logs the client in.

        Args:
            body: Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
                parameters of this request, and a form body cannot carry the non-string values an open schema
                allows. Sent as application/x-www-form-urlencoded.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            TokenResponse
        """

        from ..api.auth import exchange_oauth_token

        return await exchange_oauth_token.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )
