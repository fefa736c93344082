"""``client.dashboards``: Dashboards (collections of widgets) and dashboard exports.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._jobs import DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL
from .._jobs import DEFAULT_TIMEOUT as DEFAULT_WAIT_TIMEOUT
from .._resource import Resource
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import os
    from collections.abc import Callable, Mapping
    from typing import Any, BinaryIO

    import httpx

    from .._download import DownloadedFile
    from .._download import Progress as DownloadProgress
    from .._resource import QueryValue
    from ..models.create_dashboard_request import CreateDashboardRequest
    from ..models.dashboard import Dashboard
    from ..models.export_options import ExportOptions
    from ..models.export_response import ExportResponse
    from ..models.export_status import ExportStatus
    from ..models.update_dashboard_request import UpdateDashboardRequest

__all__ = ["DashboardsResource"]


class DashboardsResource(Resource[Client]):
    """Dashboards (collections of widgets) and dashboard exports.

    Every method has an asynchronous twin named with an ``a`` in front (``list``,
    ``alist``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def list(
        self,
        *,
        study_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> builtins.list[Dashboard]:
        """List dashboards.

        Args:
            study_id: Only return the dashboards of this study. At least 1 character.
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
            list[Dashboard]
        """

        from ..api.dashboards import list_dashboards

        return list_dashboards.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            study_id=study_id,
        )

    async def alist(
        self,
        *,
        study_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> builtins.list[Dashboard]:
        """List dashboards.

        Args:
            study_id: Only return the dashboards of this study. At least 1 character.
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
            list[Dashboard]
        """

        from ..api.dashboards import list_dashboards

        return await list_dashboards.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            study_id=study_id,
        )

    def create(
        self,
        *,
        body: CreateDashboardRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Dashboard:
        """Create a dashboard.

        Args:
            body: A new dashboard.
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
            Dashboard
        """

        from ..api.dashboards import create_dashboard

        return create_dashboard.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def acreate(
        self,
        *,
        body: CreateDashboardRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Dashboard:
        """Create a dashboard.

        Args:
            body: A new dashboard.
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
            Dashboard
        """

        from ..api.dashboards import create_dashboard

        return await create_dashboard.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def get(
        self,
        dashboard_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Dashboard:
        """Get a dashboard.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
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
            Dashboard
        """

        from ..api.dashboards import get_dashboard

        return get_dashboard.sync(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget(
        self,
        dashboard_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Dashboard:
        """Get a dashboard.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
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
            Dashboard
        """

        from ..api.dashboards import get_dashboard

        return await get_dashboard.asyncio(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def update(
        self,
        dashboard_id: str,
        *,
        body: UpdateDashboardRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Dashboard:
        """Update a dashboard.

        Replaces the fields present in the body; fields left out keep their value.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: Changes to a dashboard; fields left out keep their value.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Dashboard
        """

        from ..api.dashboards import update_dashboard

        return update_dashboard.sync(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aupdate(
        self,
        dashboard_id: str,
        *,
        body: UpdateDashboardRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Dashboard:
        """Update a dashboard.

        Replaces the fields present in the body; fields left out keep their value.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: Changes to a dashboard; fields left out keep their value.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Dashboard
        """

        from ..api.dashboards import update_dashboard

        return await update_dashboard.asyncio(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def delete(
        self,
        dashboard_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Delete a dashboard.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
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

        from ..api.dashboards import delete_dashboard

        return delete_dashboard.sync(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def adelete(
        self,
        dashboard_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Delete a dashboard.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
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

        from ..api.dashboards import delete_dashboard

        return await delete_dashboard.asyncio(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def export(
        self,
        dashboard_id: str,
        *,
        body: ExportOptions,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportResponse:
        """Export a dashboard.

        Starts an asynchronous export of the dashboard; poll `GET /exports/{export_id}/status`.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
                names the type without defining it; its fields are the export options the seed uses elsewhere (the
                format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ExportResponse
        """

        from ..api.dashboards import export_dashboard

        return export_dashboard.sync(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aexport(
        self,
        dashboard_id: str,
        *,
        body: ExportOptions,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ExportResponse:
        """Export a dashboard.

        Starts an asynchronous export of the dashboard; poll `GET /exports/{export_id}/status`.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
                names the type without defining it; its fields are the export options the seed uses elsewhere (the
                format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ExportResponse
        """

        from ..api.dashboards import export_dashboard

        return await export_dashboard.asyncio(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def export_and_wait(
        self,
        dashboard_id: str,
        *,
        body: ExportOptions,
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
        """Export a dashboard, then wait until the export is completed; return its last status.

        Its status is polled with ``get_export_status``, backing off.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
                names the type without defining it; its fields are the export options the seed uses elsewhere (the
                format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.
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
            NotFoundError: 404: The resource named in the path does not exist.
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

        from ..api.dashboards import export_dashboard

        return export_dashboard.sync_and_wait(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    async def aexport_and_wait(
        self,
        dashboard_id: str,
        *,
        body: ExportOptions,
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
        """Export a dashboard, then wait until the export is completed; return its last status.

        Its status is polled with ``get_export_status``, backing off.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
                names the type without defining it; its fields are the export options the seed uses elsewhere (the
                format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.
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
            NotFoundError: 404: The resource named in the path does not exist.
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

        from ..api.dashboards import export_dashboard

        return await export_dashboard.asyncio_and_wait(
            dashboard_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    def export_and_download(
        self,
        dashboard_id: str,
        *,
        body: ExportOptions,
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
        """Export a dashboard, wait until the export is completed, then download its result to ``destination``.

        Its status is polled with ``get_export_status``; the file is streamed to disk.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
                names the type without defining it; its fields are the export options the seed uses elsewhere (the
                format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.
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
            NotFoundError: 404: The resource named in the path does not exist.
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

        from ..api.dashboards import export_dashboard

        return export_dashboard.sync_and_download(
            dashboard_id,
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

    async def aexport_and_download(
        self,
        dashboard_id: str,
        *,
        body: ExportOptions,
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
        """Export a dashboard, wait until the export is completed, then download its result to ``destination``.

        Its status is polled with ``get_export_status``; the file is streamed to disk.

        Args:
            dashboard_id: Identifier of the dashboard. At least 1 character.
            body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
                names the type without defining it; its fields are the export options the seed uses elsewhere (the
                format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.
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
            NotFoundError: 404: The resource named in the path does not exist.
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

        from ..api.dashboards import export_dashboard

        return await export_dashboard.asyncio_and_download(
            dashboard_id,
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
