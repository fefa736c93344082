from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_validation_error import HTTPValidationError
from ...models.user import User
from ...types import Response, http_status


def _get_kwargs(
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | HTTPValidationError | User | None:
    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content, HTTPValidationError._item_decoders))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = User.from_dict(loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> User:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = User.from_dict(loads(response.content))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | HTTPValidationError | User]:
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
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | HTTPValidationError | User]:
    """Get a user by id

    Args:
        user_id: Numeric id of the user. At least 1.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | HTTPValidationError | User]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> User:
    """Get a user by id

    Args:
        user_id: Numeric id of the user. At least 1.

    Raises:
        errors.AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh
            token, API key, or email/password).
        errors.NotFoundError: 404: No resource exists with the given id.
        errors.UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid
            field.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error; safe to retry with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        User
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | HTTPValidationError | User]:
    """Get a user by id

    Args:
        user_id: Numeric id of the user. At least 1.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | HTTPValidationError | User]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> User:
    """Get a user by id

    Args:
        user_id: Numeric id of the user. At least 1.

    Raises:
        errors.AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh
            token, API key, or email/password).
        errors.NotFoundError: 404: No resource exists with the given id.
        errors.UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid
            field.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error; safe to retry with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        User
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
