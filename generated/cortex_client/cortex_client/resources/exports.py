"""``client.exports``: Asynchronous export jobs, their status and the produced files.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._jobs import DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL
from .._jobs import DEFAULT_TIMEOUT as DEFAULT_WAIT_TIMEOUT
from .._resource import Resource
from ..client import Client
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    import os
    from collections.abc import AsyncIterator, Callable, Iterator, Mapping
    from typing import Any, BinaryIO

    import httpx

    from .._download import DownloadedFile
    from .._download import Progress as DownloadProgress
    from .._resource import QueryValue
    from ..models.export_list import ExportList
    from ..models.export_request import ExportRequest
    from ..models.export_response import ExportResponse
    from ..models.export_status import ExportStatus

__all__ = ["ExportsResource"]


class ExportsResource(Resource[Client]):
    """Asynchronous export jobs, their status and the produced files.

    Every method has an asynchronous twin named with an ``a`` in front (``list``,
    ``alist``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        dashboard_id: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportList:
        """List export jobs.

        Args:
            status: Only return exports in this state.
            dashboard_id: Only return exports of this dashboard. At least 1 character.
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
            ExportList
        """

        from ..api.exports import list_exports

        return list_exports.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    async def alist(
        self,
        *,
        status: str | Unset = UNSET,
        dashboard_id: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportList:
        """List export jobs.

        Args:
            status: Only return exports in this state.
            dashboard_id: Only return exports of this dashboard. At least 1 character.
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
            ExportList
        """

        from ..api.exports import list_exports

        return await list_exports.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    def iter(
        self,
        *,
        status: str | Unset = UNSET,
        dashboard_id: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[ExportStatus]:
        """List export jobs: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            status: Only return exports in this state.
            dashboard_id: Only return exports of this dashboard. At least 1 character.
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
            Iterator[ExportStatus]
        """

        from ..api.exports import list_exports

        return list_exports.sync_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    def aiter(
        self,
        *,
        status: str | Unset = UNSET,
        dashboard_id: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[ExportStatus]:
        """List export jobs: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            status: Only return exports in this state.
            dashboard_id: Only return exports of this dashboard. At least 1 character.
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
            Iterator[ExportStatus]
        """

        from ..api.exports import list_exports

        return list_exports.asyncio_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    def iter_pages(
        self,
        *,
        status: str | Unset = UNSET,
        dashboard_id: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[ExportList]:
        """List export jobs: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            status: Only return exports in this state.
            dashboard_id: Only return exports of this dashboard. At least 1 character.
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
            Iterator[ExportList]
        """

        from ..api.exports import list_exports

        return list_exports.sync_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    def aiter_pages(
        self,
        *,
        status: str | Unset = UNSET,
        dashboard_id: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[ExportList]:
        """List export jobs: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            status: Only return exports in this state.
            dashboard_id: Only return exports of this dashboard. At least 1 character.
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
            Iterator[ExportList]
        """

        from ..api.exports import list_exports

        return list_exports.asyncio_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            status=status,
            dashboard_id=dashboard_id,
            page=page,
            limit=limit,
        )

    def create(
        self,
        *,
        body: ExportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportResponse:
        """Create an export job.

        Starts an asynchronous export; poll `GET /exports/{export_id}/status`, then download.

        Args:
            body: A new export job.
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
            ExportResponse
        """

        from ..api.exports import create_export

        return create_export.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def acreate(
        self,
        *,
        body: ExportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportResponse:
        """Create an export job.

        Starts an asynchronous export; poll `GET /exports/{export_id}/status`, then download.

        Args:
            body: A new export job.
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
            ExportResponse
        """

        from ..api.exports import create_export

        return await create_export.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def create_and_wait(
        self,
        *,
        body: ExportRequest,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[ExportStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportStatus:
        """Create an export job, then wait until the export is completed; return its last status.

        Its status is polled with ``get_export_status``, backing off.

        Args:
            body: A new export job.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
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
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.

        Returns:
            ExportStatus
        """

        from ..api.exports import create_export

        return create_export.sync_and_wait(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    async def acreate_and_wait(
        self,
        *,
        body: ExportRequest,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[ExportStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportStatus:
        """Create an export job, then wait until the export is completed; return its last status.

        Its status is polled with ``get_export_status``, backing off.

        Args:
            body: A new export job.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
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
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.

        Returns:
            ExportStatus
        """

        from ..api.exports import create_export

        return await create_export.asyncio_and_wait(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    def create_and_download(
        self,
        *,
        body: ExportRequest,
        destination: str | os.PathLike[str] | BinaryIO,
        download_progress: DownloadProgress | None = None,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[ExportStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DownloadedFile:
        """Create an export job, wait until the export is completed, then download its result to ``destination``.

        Its status is polled with ``get_export_status``; the file is streamed to disk.

        Args:
            body: A new export job.
            destination: A file path (written to a temporary file renamed into place when complete), an existing
                directory (the file gets the name the server gives) or a binary file object.
            download_progress: Called after each chunk of the download with the bytes written so far and the
                total.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
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
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.
            OSError: The file could not be written.

        Returns:
            DownloadedFile: where the file went, its name, media type and size.
        """

        from ..api.exports import create_export

        return create_export.sync_and_download(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            destination=destination,
            download_progress=download_progress,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    async def acreate_and_download(
        self,
        *,
        body: ExportRequest,
        destination: str | os.PathLike[str] | BinaryIO,
        download_progress: DownloadProgress | None = None,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[ExportStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DownloadedFile:
        """Create an export job, wait until the export is completed, then download its result to ``destination``.

        Its status is polled with ``get_export_status``; the file is streamed to disk.

        Args:
            body: A new export job.
            destination: A file path (written to a temporary file renamed into place when complete), an existing
                directory (the file gets the name the server gives) or a binary file object.
            download_progress: Called after each chunk of the download with the bytes written so far and the
                total.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
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
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.
            OSError: The file could not be written.

        Returns:
            DownloadedFile: where the file went, its name, media type and size.
        """

        from ..api.exports import create_export

        return await create_export.asyncio_and_download(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            destination=destination,
            download_progress=download_progress,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    def get_status(
        self,
        export_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportStatus:
        """Get an export job's status.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ExportStatus
        """

        from ..api.exports import get_export_status

        return get_export_status.sync(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget_status(
        self,
        export_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportStatus:
        """Get an export job's status.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ExportStatus
        """

        from ..api.exports import get_export_status

        return await get_export_status.asyncio(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def download(
        self,
        export_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> File:
        """Download an export's file.

        Returns the produced file once the export is `completed`.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            File
        """

        from ..api.exports import download_export

        return download_export.sync(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def adownload(
        self,
        export_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> File:
        """Download an export's file.

        Returns the produced file once the export is `completed`.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            File
        """

        from ..api.exports import download_export

        return await download_export.asyncio(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def download_to_file(
        self,
        export_id: str,
        *,
        destination: str | os.PathLike[str] | BinaryIO,
        progress: DownloadProgress | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DownloadedFile:
        """Download an export's file: stream the file into ``destination``, chunk by chunk.

        The body is never held whole in memory. A dropped transfer resumes with ``Range`` where the server
        supports it; a failed one leaves no file at a path destination.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            destination: A file path (written to a temporary file renamed into place when complete), an existing
                directory (the file gets the name the server gives) or a binary file object.
            progress: Called after each chunk with the bytes written so far and the total (None if unknown).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            OSError: The file could not be written.

        Returns:
            DownloadedFile: where the file went, its name, media type and size.
        """

        from ..api.exports import download_export

        return download_export.sync_download(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            destination=destination,
            progress=progress,
        )

    async def adownload_to_file(
        self,
        export_id: str,
        *,
        destination: str | os.PathLike[str] | BinaryIO,
        progress: DownloadProgress | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DownloadedFile:
        """Download an export's file: stream the file into ``destination``, chunk by chunk.

        The body is never held whole in memory. A dropped transfer resumes with ``Range`` where the server
        supports it; a failed one leaves no file at a path destination.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            destination: A file path (written to a temporary file renamed into place when complete), an existing
                directory (the file gets the name the server gives) or a binary file object.
            progress: Called after each chunk with the bytes written so far and the total (None if unknown).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            OSError: The file could not be written.

        Returns:
            DownloadedFile: where the file went, its name, media type and size.
        """

        from ..api.exports import download_export

        return await download_export.asyncio_download(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            destination=destination,
            progress=progress,
        )

    def cancel(
        self,
        export_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Cancel an export job.

        Cancels a queued or processing export and returns its new status.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.exports import cancel_export

        return cancel_export.sync(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def acancel(
        self,
        export_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Cancel an export job.

        Cancels a queued or processing export and returns its new status.

        Args:
            export_id: Identifier of the export job. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.exports import cancel_export

        return await cancel_export.asyncio(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def wait_for(
        self,
        export_id: str,
        *,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[ExportStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportStatus:
        """Wait until the export is completed; return its last status.

        For a export started elsewhere: its status is polled with ``get_export_status``, backing off.

        Args:
            export_id: The export's id.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.
            ApiError: A status request failed in a way retrying cannot fix.

        Returns:
            ExportStatus
        """

        from .. import jobs

        return jobs.wait_for_export(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    async def await_for(
        self,
        export_id: str,
        *,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[ExportStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportStatus:
        """Wait until the export is completed; return its last status.

        For a export started elsewhere: its status is polled with ``get_export_status``, backing off.

        Args:
            export_id: The export's id.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.
            ApiError: A status request failed in a way retrying cannot fix.

        Returns:
            ExportStatus
        """

        from .. import jobs

        return await jobs.async_wait_for_export(
            export_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )
