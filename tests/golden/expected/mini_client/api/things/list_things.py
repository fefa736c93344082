from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ..._pagination import Pagination, aiter_pages, iter_pages
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.thing import Thing
from ...models.thing_page import ThingPage
from ...types import UNSET, Response, Unset, http_status

PAGINATION = Pagination(
    items="items",
    has_next="meta.has_next",
)


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | ThingPage | None:
    if response.status_code == 200:
        response_200 = ThingPage.from_dict(loads(response.content, ThingPage._item_decoders))

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


def _parse_success(*, response: httpx.Response) -> ThingPage:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if response.status_code == 200:
            response_200 = ThingPage.from_dict(loads(response.content, ThingPage._item_decoders))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | ThingPage]:
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
) -> Response[Error | ThingPage]:
    """Call list_things.

    Args:
        page: At least 1. Default: 1.
        size: At least 1, at most 100. Default: 20.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | ThingPage]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> ThingPage:
    """Call list_things.

    Args:
        page: At least 1. Default: 1.
        size: At least 1, at most 100. Default: 20.

    Raises:
        errors.BadRequestError: 400: Bad input.
        errors.AuthenticationError: 401: Missing or bad credentials.
        errors.RateLimitError: 429: Slow down.
        errors.ServerError: 5xx: The server failed.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        ThingPage
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> Response[Error | ThingPage]:
    """Call list_things.

    Args:
        page: At least 1. Default: 1.
        size: At least 1, at most 100. Default: 20.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | ThingPage]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> ThingPage:
    """Call list_things.

    Args:
        page: At least 1. Default: 1.
        size: At least 1, at most 100. Default: 20.

    Raises:
        errors.BadRequestError: 400: Bad input.
        errors.AuthenticationError: 401: Missing or bad credentials.
        errors.RateLimitError: 429: Slow down.
        errors.ServerError: 5xx: The server failed.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        ThingPage
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> Iterator[ThingPage]:
    """Yield every page, from ``page`` (default 1) on, while the server reports more.

    Raises:
        The errors of :func:`sync`, from the page that failed.
    """

    def fetch(page: int) -> ThingPage:
        return sync(
            client=client,
            page=page,
            size=size,
        )

    return iter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> Iterator[Thing]:
    """Yield every item of every page; pages are fetched as the iteration reaches them."""
    for result in sync_pages(
        client=client,
        page=page,
        size=size,
    ):
        yield from PAGINATION.items_of(result)


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> AsyncIterator[ThingPage]:
    """The asynchronous twin of :func:`sync_pages`."""

    async def fetch(page: int) -> ThingPage:
        return await asyncio(
            client=client,
            page=page,
            size=size,
        )

    return aiter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


async def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
) -> AsyncIterator[Thing]:
    """The asynchronous twin of :func:`sync_items`."""
    async for result in asyncio_pages(
        client=client,
        page=page,
        size=size,
    ):
        for item in PAGINATION.items_of(result):
            yield item
