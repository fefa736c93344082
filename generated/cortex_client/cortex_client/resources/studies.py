"""``client.studies``: Clinical studies the dashboards report on.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client
from ..types import Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.study import Study
    from ..models.study_list import StudyList

__all__ = ["StudiesResource"]


class StudiesResource(Resource[Client]):
    """Clinical studies the dashboards report on.

    Every method has an asynchronous twin named with an ``a`` in front (``list``,
    ``alist``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> StudyList:
        """List studies.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            limit: Number of items per page. At least 1, at most 100. Default: 20.
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
            StudyList
        """

        from ..api.studies import list_studies

        return list_studies.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            limit=limit,
        )

    async def alist(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> StudyList:
        """List studies.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            limit: Number of items per page. At least 1, at most 100. Default: 20.
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
            StudyList
        """

        from ..api.studies import list_studies

        return await list_studies.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            limit=limit,
        )

    def iter(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[Study]:
        """List studies: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            limit: Number of items per page. At least 1, at most 100. Default: 20.
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
            Iterator[Study]
        """

        from ..api.studies import list_studies

        return list_studies.sync_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            limit=limit,
        )

    def aiter(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[Study]:
        """List studies: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            limit: Number of items per page. At least 1, at most 100. Default: 20.
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
            Iterator[Study]
        """

        from ..api.studies import list_studies

        return list_studies.asyncio_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            limit=limit,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[StudyList]:
        """List studies: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            limit: Number of items per page. At least 1, at most 100. Default: 20.
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
            Iterator[StudyList]
        """

        from ..api.studies import list_studies

        return list_studies.sync_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            limit=limit,
        )

    def aiter_pages(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[StudyList]:
        """List studies: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            limit: Number of items per page. At least 1, at most 100. Default: 20.
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
            Iterator[StudyList]
        """

        from ..api.studies import list_studies

        return list_studies.asyncio_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            limit=limit,
        )
