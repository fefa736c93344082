from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ..._pagination import Pagination, aiter_pages, iter_pages
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_validation_error import HTTPValidationError
from ...models.user import User
from ...models.user_list import UserList
from ...types import UNSET, Response, Unset, http_status

PAGINATION = Pagination(
    items="users",
    has_next="has_next",
)


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["q"] = q

    params["active"] = active

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | HTTPValidationError | UserList | None:
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
        response_2xx = UserList.from_dict(loads(response.content, UserList._item_decoders))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> UserList:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = UserList.from_dict(loads(response.content, UserList._item_decoders))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | HTTPValidationError | UserList]:
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
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[Error | HTTPValidationError | UserList]:
    """List and search users

    Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of users per page. At least 1, at most 100. Default: 20.
        q: Free-text search matched against the user's name and email. At least 1 character.
        active: When `true`, return only active users; when absent, users are not filtered on this flag.
        admin: When `true`, return only administrators; when absent, users are not filtered on this flag.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | HTTPValidationError | UserList]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> UserList:
    """List and search users

    Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of users per page. At least 1, at most 100. Default: 20.
        q: Free-text search matched against the user's name and email. At least 1 character.
        active: When `true`, return only active users; when absent, users are not filtered on this flag.
        admin: When `true`, return only administrators; when absent, users are not filtered on this flag.

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
        UserList
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[Error | HTTPValidationError | UserList]:
    """List and search users

    Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of users per page. At least 1, at most 100. Default: 20.
        q: Free-text search matched against the user's name and email. At least 1 character.
        active: When `true`, return only active users; when absent, users are not filtered on this flag.
        admin: When `true`, return only administrators; when absent, users are not filtered on this flag.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | HTTPValidationError | UserList]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> UserList:
    """List and search users

    Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of users per page. At least 1, at most 100. Default: 20.
        q: Free-text search matched against the user's name and email. At least 1 character.
        active: When `true`, return only active users; when absent, users are not filtered on this flag.
        admin: When `true`, return only administrators; when absent, users are not filtered on this flag.

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
        UserList
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Iterator[UserList]:
    """Yield every page, from ``page`` (default 1) on, while the server reports more.

    Raises:
        The errors of :func:`sync`, from the page that failed.
    """

    def fetch(page: int) -> UserList:
        return sync(
            client=client,
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    return iter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Iterator[User]:
    """Yield every item of every page; pages are fetched as the iteration reaches them."""
    for result in sync_pages(
        client=client,
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    ):
        yield from PAGINATION.items_of(result)


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> AsyncIterator[UserList]:
    """The asynchronous twin of :func:`sync_pages`."""

    async def fetch(page: int) -> UserList:
        return await asyncio(
            client=client,
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    return aiter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


async def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> AsyncIterator[User]:
    """The asynchronous twin of :func:`sync_items`."""
    async for result in asyncio_pages(
        client=client,
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    ):
        for item in PAGINATION.items_of(result):
            yield item
