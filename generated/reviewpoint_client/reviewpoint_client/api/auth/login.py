from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_validation_error import HTTPValidationError
from ...models.login_request import LoginRequest
from ...models.login_response import LoginResponse
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | HTTPValidationError | LoginResponse | None:
    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content, HTTPValidationError._item_decoders))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = LoginResponse.from_dict(loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> LoginResponse:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = LoginResponse.from_dict(loads(response.content))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[Error | HTTPValidationError | LoginResponse]:
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
    body: LoginRequest,
) -> Response[Error | HTTPValidationError | LoginResponse]:
    """Log in with email and password

    Exchanges credentials for a JWT access token and a refresh token.

    Args:
        body: Email/password credentials.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | HTTPValidationError | LoginResponse]: the status, headers, raw content and parsed body; for a
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
    body: LoginRequest,
) -> LoginResponse:
    """Log in with email and password

    Exchanges credentials for a JWT access token and a refresh token.

    Args:
        body: Email/password credentials.

    Raises:
        errors.AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh
            token, API key, or email/password).
        errors.UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid
            field.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error; safe to retry with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        LoginResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Error | HTTPValidationError | LoginResponse]:
    """Log in with email and password

    Exchanges credentials for a JWT access token and a refresh token.

    Args:
        body: Email/password credentials.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | HTTPValidationError | LoginResponse]: the status, headers, raw content and parsed body; for a
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
    body: LoginRequest,
) -> LoginResponse:
    """Log in with email and password

    Exchanges credentials for a JWT access token and a refresh token.

    Args:
        body: Email/password credentials.

    Raises:
        errors.AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh
            token, API key, or email/password).
        errors.UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid
            field.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error; safe to retry with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        LoginResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
