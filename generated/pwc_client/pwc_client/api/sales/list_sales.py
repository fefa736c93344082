import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ..._pagination import Pagination, aiter_pages, iter_pages
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sale import Sale
from ...models.sales_page import SalesPage
from ...types import UNSET, Response, Unset, http_status

PAGINATION = Pagination(
    items="items",
    has_next="meta.has_next",
)


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-ID"] = x_correlation_id

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["country"] = country

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sales",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | SalesPage | None:
    if response.status_code == 200:
        response_200 = SalesPage.from_dict(loads(response.content, SalesPage._item_decoders))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> SalesPage:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if response.status_code == 200:
            response_200 = SalesPage.from_dict(loads(response.content, SalesPage._item_decoders))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | SalesPage]:
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
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Error | SalesPage]:
    """List sales records

    One page of sales (invoice line) records, optionally filtered by country and invoice date range.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of records per page. At least 1, at most 100. Default: 20.
        country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
            character.
        date_from: Only records invoiced on or after this date.
        date_to: Only records invoiced on or before this date.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | SalesPage]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        country=country,
        date_from=date_from,
        date_to=date_to,
        x_correlation_id=x_correlation_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> SalesPage:
    """List sales records

    One page of sales (invoice line) records, optionally filtered by country and invoice date range.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of records per page. At least 1, at most 100. Default: 20.
        country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
            character.
        date_from: Only records invoiced on or after this date.
        date_to: Only records invoiced on or before this date.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.BadRequestError: 400: The request is malformed.
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
        errors.ServerError: 5xx: The server failed; the request may be retried with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        SalesPage
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        country=country,
        date_from=date_from,
        date_to=date_to,
        x_correlation_id=x_correlation_id,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Error | SalesPage]:
    """List sales records

    One page of sales (invoice line) records, optionally filtered by country and invoice date range.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of records per page. At least 1, at most 100. Default: 20.
        country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
            character.
        date_from: Only records invoiced on or after this date.
        date_to: Only records invoiced on or before this date.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | SalesPage]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        country=country,
        date_from=date_from,
        date_to=date_to,
        x_correlation_id=x_correlation_id,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> SalesPage:
    """List sales records

    One page of sales (invoice line) records, optionally filtered by country and invoice date range.

    Args:
        page: 1-based page number. At least 1. Default: 1.
        size: Number of records per page. At least 1, at most 100. Default: 20.
        country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
            character.
        date_from: Only records invoiced on or after this date.
        date_to: Only records invoiced on or before this date.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.BadRequestError: 400: The request is malformed.
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
        errors.ServerError: 5xx: The server failed; the request may be retried with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        SalesPage
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        country=country,
        date_from=date_from,
        date_to=date_to,
        x_correlation_id=x_correlation_id,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Iterator[SalesPage]:
    """Yield every page, from ``page`` (default 1) on, while the server reports more.

    Raises:
        The errors of :func:`sync`, from the page that failed.
    """

    def fetch(page: int) -> SalesPage:
        return sync(
            client=client,
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    return iter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Iterator[Sale]:
    """Yield every item of every page; pages are fetched as the iteration reaches them."""
    for result in sync_pages(
        client=client,
        page=page,
        size=size,
        country=country,
        date_from=date_from,
        date_to=date_to,
        x_correlation_id=x_correlation_id,
    ):
        yield from PAGINATION.items_of(result)


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> AsyncIterator[SalesPage]:
    """The asynchronous twin of :func:`sync_pages`."""

    async def fetch(page: int) -> SalesPage:
        return await asyncio(
            client=client,
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    return aiter_pages(fetch, PAGINATION, page if isinstance(page, int) else 1)


async def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    country: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> AsyncIterator[Sale]:
    """The asynchronous twin of :func:`sync_items`."""
    async for result in asyncio_pages(
        client=client,
        page=page,
        size=size,
        country=country,
        date_from=date_from,
        date_to=date_to,
        x_correlation_id=x_correlation_id,
    ):
        for item in PAGINATION.items_of(result):
            yield item
