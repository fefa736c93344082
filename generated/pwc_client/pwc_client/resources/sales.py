"""``client.sales``: Raw sales (invoice line) records.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator, Iterator, Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.sale import Sale
    from ..models.sales_page import SalesPage

__all__ = ["SalesResource"]


class SalesResource(Resource[Client]):
    """Raw sales (invoice line) records.

    Every method has an asynchronous twin named with an ``a`` in front (``list``,
    ``alist``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def list(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        country: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> SalesPage:
        """List sales records.

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
            SalesPage
        """

        from ..api.sales import list_sales

        return list_sales.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    async def alist(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        country: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> SalesPage:
        """List sales records.

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
            SalesPage
        """

        from ..api.sales import list_sales

        return await list_sales.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    def iter(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        country: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[Sale]:
        """List sales records: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of records per page. At least 1, at most 100. Default: 20.
            country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
                character.
            date_from: Only records invoiced on or after this date.
            date_to: Only records invoiced on or before this date.
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
            Iterator[Sale]
        """

        from ..api.sales import list_sales

        return list_sales.sync_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    def aiter(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        country: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[Sale]:
        """List sales records: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of records per page. At least 1, at most 100. Default: 20.
            country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
                character.
            date_from: Only records invoiced on or after this date.
            date_to: Only records invoiced on or before this date.
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
            Iterator[Sale]
        """

        from ..api.sales import list_sales

        return list_sales.asyncio_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        country: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[SalesPage]:
        """List sales records: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of records per page. At least 1, at most 100. Default: 20.
            country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
                character.
            date_from: Only records invoiced on or after this date.
            date_to: Only records invoiced on or before this date.
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
            Iterator[SalesPage]
        """

        from ..api.sales import list_sales

        return list_sales.sync_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )

    def aiter_pages(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        country: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[SalesPage]:
        """List sales records: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of records per page. At least 1, at most 100. Default: 20.
            country: Only records of customers in this country (exact name, e.g. `United Kingdom`). At least 1
                character.
            date_from: Only records invoiced on or after this date.
            date_to: Only records invoiced on or before this date.
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
            Iterator[SalesPage]
        """

        from ..api.sales import list_sales

        return list_sales.asyncio_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            country=country,
            date_from=date_from,
            date_to=date_to,
            x_correlation_id=x_correlation_id,
        )
