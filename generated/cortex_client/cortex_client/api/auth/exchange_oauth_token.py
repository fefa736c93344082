from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> TokenResponse:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if response.status_code == 200:
            response_200 = TokenResponse.from_dict(loads(response.content))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | TokenResponse]:
    parse_error: errors.MalformedResponseError | None = None
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        parsed, parse_error = None, errors.malformed(response, exc)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | TokenResponse]:
    """Exchange an authorization code (or a refresh token) for tokens

    OAuth 2.0 token endpoint. With `grant_type=authorization_code` send `code` and the same
    `redirect_uri` used for `/oauth/authorize`; with `grant_type=refresh_token` send `refresh_token`.

    Args:
        body: Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
            parameters of this request, and a form body cannot carry the non-string values an open schema
            allows. Sent as application/x-www-form-urlencoded.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | TokenResponse]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> TokenResponse:
    """Exchange an authorization code (or a refresh token) for tokens

    OAuth 2.0 token endpoint. With `grant_type=authorization_code` send `code` and the same
    `redirect_uri` used for `/oauth/authorize`; with `grant_type=refresh_token` send `refresh_token`.

    Args:
        body: Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
            parameters of this request, and a form body cannot carry the non-string values an open schema
            allows. Sent as application/x-www-form-urlencoded.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        TokenResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | TokenResponse]:
    """Exchange an authorization code (or a refresh token) for tokens

    OAuth 2.0 token endpoint. With `grant_type=authorization_code` send `code` and the same
    `redirect_uri` used for `/oauth/authorize`; with `grant_type=refresh_token` send `refresh_token`.

    Args:
        body: Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
            parameters of this request, and a form body cannot carry the non-string values an open schema
            allows. Sent as application/x-www-form-urlencoded.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | TokenResponse]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> TokenResponse:
    """Exchange an authorization code (or a refresh token) for tokens

    OAuth 2.0 token endpoint. With `grant_type=authorization_code` send `code` and the same
    `redirect_uri` used for `/oauth/authorize`; with `grant_type=refresh_token` send `refresh_token`.

    Args:
        body: Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
            parameters of this request, and a form body cannot carry the non-string values an open schema
            allows. Sent as application/x-www-form-urlencoded.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        TokenResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
