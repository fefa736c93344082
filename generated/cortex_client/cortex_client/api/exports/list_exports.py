from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ..._pagination import Pagination, aiter_pages, iter_pages
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_list import ExportList
from ...models.export_status import ExportStatus
from ...types import UNSET, Response, Unset, http_status

PAGINATION = Pagination(
    items="items",
    current_page="pagination.page",
    total_pages="pagination.pages",
)


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["dashboard_id"] = dashboard_id

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exports",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | ExportList | None:
    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = ExportList.from_dict(loads(response.content, ExportList._item_decoders))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> ExportList:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = ExportList.from_dict(loads(response.content, ExportList._item_decoders))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | ExportList]:
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
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[Error | ExportList]:
    """List export jobs

    Args:
        status: Only return exports in this state.
        dashboard_id: Only return exports of this dashboard. At least 1 character.
        page: 1-based page number. At least 1. Default: 1.
        limit: Number of items per page. At least 1, at most 100. Default: 20.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | ExportList]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        status=status,
        dashboard_id=dashboard_id,
        page=page,
        limit=limit,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ExportList:
    """List export jobs

    Args:
        status: Only return exports in this state.
        dashboard_id: Only return exports of this dashboard. At least 1 character.
        page: 1-based page number. At least 1. Default: 1.
        limit: Number of items per page. At least 1, at most 100. Default: 20.

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
        ExportList
    """

    kwargs = _get_kwargs(
        status=status,
        dashboard_id=dashboard_id,
        page=page,
        limit=limit,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[Error | ExportList]:
    """List export jobs

    Args:
        status: Only return exports in this state.
        dashboard_id: Only return exports of this dashboard. At least 1 character.
        page: 1-based page number. At least 1. Default: 1.
        limit: Number of items per page. At least 1, at most 100. Default: 20.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | ExportList]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        status=status,
        dashboard_id=dashboard_id,
        page=page,
        limit=limit,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ExportList:
    """List export jobs

    Args:
        status: Only return exports in this state.
        dashboard_id: Only return exports of this dashboard. At least 1 character.
        page: 1-based page number. At least 1. Default: 1.
        limit: Number of items per page. At least 1, at most 100. Default: 20.

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
        ExportList
    """

    kwargs = _get_kwargs(
        status=status,
        dashboard_id=dashboard_id,
        page=page,
        limit=limit,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Iterator[ExportList]:
    """Yield every page, from ``page`` (default 1) on, while the server reports more.

    Raises:
        The errors of :func:`sync`, from the page that failed.
    """

    def fetch(page: int) -> ExportList:
        return sync(
            client=client,
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    return iter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Iterator[ExportStatus]:
    """Yield every item of every page; pages are fetched as the iteration reaches them."""
    for result in sync_pages(
        client=client,
        status=status,
        dashboard_id=dashboard_id,
        page=page,
        limit=limit,
    ):
        yield from PAGINATION.items_of(result)


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> AsyncIterator[ExportList]:
    """The asynchronous twin of :func:`sync_pages`."""

    async def fetch(page: int) -> ExportList:
        return await asyncio(
            client=client,
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    return aiter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


async def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    dashboard_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> AsyncIterator[ExportStatus]:
    """The asynchronous twin of :func:`sync_items`."""
    async for result in asyncio_pages(
        client=client,
        status=status,
        dashboard_id=dashboard_id,
        page=page,
        limit=limit,
    ):
        for item in PAGINATION.items_of(result):
            yield item
