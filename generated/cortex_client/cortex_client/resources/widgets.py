"""``client.widgets``: Widget types, configuration validation, widget data, previews and live widget streams.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from .._sse import DEFAULT_MAX_RECONNECTS
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._resource import QueryValue
    from .._sse import EventStream, OpeningEventStream
    from ..models.batch_data_request import BatchDataRequest
    from ..models.batch_data_response import BatchDataResponse
    from ..models.data_source import DataSource
    from ..models.refresh_response import RefreshResponse
    from ..models.refresh_widget_request import RefreshWidgetRequest
    from ..models.validation_result import ValidationResult
    from ..models.widget_config_validation_request import WidgetConfigValidationRequest
    from ..models.widget_data import WidgetData
    from ..models.widget_preview import WidgetPreview
    from ..models.widget_preview_request import WidgetPreviewRequest
    from ..models.widget_type import WidgetType

__all__ = ["WidgetsResource"]


class WidgetsResource(Resource[Client]):
    """Widget types, configuration validation, widget data, previews and live widget streams.

    Every method has an asynchronous twin named with an ``a`` in front (``list_types``,
    ``alist_types``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def list_types(
        self,
        *,
        category: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[WidgetType]:
        """List the available widget types.

        Args:
            category: Only return widget types of this category (for example `chart`). At least 1 character.
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
            list[WidgetType]
        """

        from ..api.widgets import list_widget_types

        return list_widget_types.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            category=category,
        )

    async def alist_types(
        self,
        *,
        category: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[WidgetType]:
        """List the available widget types.

        Args:
            category: Only return widget types of this category (for example `chart`). At least 1 character.
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
            list[WidgetType]
        """

        from ..api.widgets import list_widget_types

        return await list_widget_types.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            category=category,
        )

    def validate_config(
        self,
        *,
        body: WidgetConfigValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ValidationResult:
        """Validate a widget configuration.

        Checks a widget configuration against its widget type without saving anything.

        Args:
            body: A widget configuration to validate.
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
            ValidationResult
        """

        from ..api.widgets import validate_widget_config

        return validate_widget_config.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def avalidate_config(
        self,
        *,
        body: WidgetConfigValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ValidationResult:
        """Validate a widget configuration.

        Checks a widget configuration against its widget type without saving anything.

        Args:
            body: A widget configuration to validate.
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
            ValidationResult
        """

        from ..api.widgets import validate_widget_config

        return await validate_widget_config.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def get_data(
        self,
        widget_id: str,
        *,
        dashboard_id: str,
        refresh: bool | Unset = False,
        filters: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> WidgetData:
        """Get a widget's data.

        Args:
            widget_id: Identifier of the widget. At least 1 character.
            dashboard_id: Dashboard the widget belongs to. At least 1 character.
            refresh: Bypass the server-side cache and recompute the data. Default: False.
            filters: JSON-encoded object of filters to apply, for example `{"site_id":"site-01"}`.
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
            WidgetData
        """

        from ..api.widgets import get_widget_data

        return get_widget_data.sync(
            widget_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            dashboard_id=dashboard_id,
            refresh=refresh,
            filters=filters,
        )

    async def aget_data(
        self,
        widget_id: str,
        *,
        dashboard_id: str,
        refresh: bool | Unset = False,
        filters: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> WidgetData:
        """Get a widget's data.

        Args:
            widget_id: Identifier of the widget. At least 1 character.
            dashboard_id: Dashboard the widget belongs to. At least 1 character.
            refresh: Bypass the server-side cache and recompute the data. Default: False.
            filters: JSON-encoded object of filters to apply, for example `{"site_id":"site-01"}`.
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
            WidgetData
        """

        from ..api.widgets import get_widget_data

        return await get_widget_data.asyncio(
            widget_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            dashboard_id=dashboard_id,
            refresh=refresh,
            filters=filters,
        )

    def get_batch_data(
        self,
        *,
        body: BatchDataRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> BatchDataResponse:
        """Get the data of several widgets at once.

        Loads the data of several widgets of one dashboard. Widgets that fail are reported in
        `errors` and do not fail the whole request.

        Args:
            body: Widgets of one dashboard whose data is requested at once.
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
            BatchDataResponse
        """

        from ..api.widgets import get_batch_widget_data

        return get_batch_widget_data.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aget_batch_data(
        self,
        *,
        body: BatchDataRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> BatchDataResponse:
        """Get the data of several widgets at once.

        Loads the data of several widgets of one dashboard. Widgets that fail are reported in
        `errors` and do not fail the whole request.

        Args:
            body: Widgets of one dashboard whose data is requested at once.
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
            BatchDataResponse
        """

        from ..api.widgets import get_batch_widget_data

        return await get_batch_widget_data.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def refresh(
        self,
        widget_id: str,
        *,
        body: RefreshWidgetRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RefreshResponse:
        """Refresh a widget's data.

        Recomputes the cached data of a widget on a dashboard.

        Args:
            widget_id: Identifier of the widget. At least 1 character.
            body: Which dashboard the refreshed widget belongs to.
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
            RefreshResponse
        """

        from ..api.widgets import refresh_widget

        return refresh_widget.sync(
            widget_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def arefresh(
        self,
        widget_id: str,
        *,
        body: RefreshWidgetRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RefreshResponse:
        """Refresh a widget's data.

        Recomputes the cached data of a widget on a dashboard.

        Args:
            widget_id: Identifier of the widget. At least 1 character.
            body: Which dashboard the refreshed widget belongs to.
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
            RefreshResponse
        """

        from ..api.widgets import refresh_widget

        return await refresh_widget.asyncio(
            widget_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def list_data_sources(
        self,
        *,
        study_id: str,
        widget_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[DataSource]:
        """List the data sources a widget can use.

        Args:
            study_id: Study whose data sources are listed. At least 1 character.
            widget_type: Only return data sources compatible with this widget type. At least 1 character.
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
            list[DataSource]
        """

        from ..api.widgets import list_widget_data_sources

        return list_widget_data_sources.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            study_id=study_id,
            widget_type=widget_type,
        )

    async def alist_data_sources(
        self,
        *,
        study_id: str,
        widget_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[DataSource]:
        """List the data sources a widget can use.

        Args:
            study_id: Study whose data sources are listed. At least 1 character.
            widget_type: Only return data sources compatible with this widget type. At least 1 character.
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
            list[DataSource]
        """

        from ..api.widgets import list_widget_data_sources

        return await list_widget_data_sources.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            study_id=study_id,
            widget_type=widget_type,
        )

    def preview(
        self,
        *,
        body: WidgetPreviewRequest,
        sample_size: int | Unset = 100,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> WidgetPreview:
        """Preview a widget on sample data.

        Renders a widget configuration against a sample of its data without saving it.

        Args:
            body: A widget configuration to render on sample data.
            sample_size: Number of source records to sample for the preview. At least 1, at most 1000. Default:
                100.
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
            WidgetPreview
        """

        from ..api.widgets import preview_widget

        return preview_widget.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            sample_size=sample_size,
        )

    async def apreview(
        self,
        *,
        body: WidgetPreviewRequest,
        sample_size: int | Unset = 100,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> WidgetPreview:
        """Preview a widget on sample data.

        Renders a widget configuration against a sample of its data without saving it.

        Args:
            body: A widget configuration to render on sample data.
            sample_size: Number of source records to sample for the preview. At least 1, at most 1000. Default:
                100.
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
            WidgetPreview
        """

        from ..api.widgets import preview_widget

        return await preview_widget.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            sample_size=sample_size,
        )

    def stream_data(
        self,
        widget_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> EventStream[WidgetData]:
        """Stream a widget's data updates (server-sent events).

        Server-sent event stream. Every event uses the default event name `message` and carries
        the widget's new data as a JSON-encoded `WidgetData`.

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (message). An event whose data does not decode comes as a ``MalformedEvent``. A
        dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            widget_id: Identifier of the widget. At least 1 character.
            max_reconnects: How often in a row a dropped stream is resumed (with ``Last-Event-ID``) before it
                raises.
            raise_on_malformed: Raise on an event whose data does not decode, instead of yielding a
                ``MalformedEvent``.
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
            StreamInterruptedError: While iterating: the stream could not be resumed.

        Returns:
            EventStream[WidgetData]
        """

        from ..api.widgets import stream_widget_data

        return stream_widget_data.sync(
            widget_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )

    def astream_data(
        self,
        widget_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> OpeningEventStream[WidgetData]:
        """Stream a widget's data updates (server-sent events).

        Server-sent event stream. Every event uses the default event name `message` and carries
        the widget's new data as a JSON-encoded `WidgetData`.

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (message). An event whose data does not decode comes as a ``MalformedEvent``. A
        dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            widget_id: Identifier of the widget. At least 1 character.
            max_reconnects: How often in a row a dropped stream is resumed (with ``Last-Event-ID``) before it
                raises.
            raise_on_malformed: Raise on an event whose data does not decode, instead of yielding a
                ``MalformedEvent``.
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
            StreamInterruptedError: While iterating: the stream could not be resumed.

        Returns:
            EventStream[WidgetData]
        """

        from ..api.widgets import stream_widget_data

        return stream_widget_data.asyncio(
            widget_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )
