"""``client.analytics``: Pre-aggregated and ad-hoc sales analytics.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.advanced_analytics_request import AdvancedAnalyticsRequest
    from ..models.advanced_analytics_response import AdvancedAnalyticsResponse
    from ..models.customer_segments import CustomerSegments
    from ..models.geographic_analysis import GeographicAnalysis
    from ..models.product_performance import ProductPerformance
    from ..models.revenue_summary import RevenueSummary

__all__ = ["AnalyticsResource"]


class AnalyticsResource(Resource[Client]):
    """Pre-aggregated and ad-hoc sales analytics.

    Every method has an asynchronous twin named with an ``a`` in front (``get_revenue_summary``,
    ``aget_revenue_summary``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def get_revenue_summary(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RevenueSummary:
        """Get the revenue summary.

        Headline revenue figures over the whole data set.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RevenueSummary
        """

        from ..api.analytics import get_revenue_summary

        return get_revenue_summary.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    async def aget_revenue_summary(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> RevenueSummary:
        """Get the revenue summary.

        Headline revenue figures over the whole data set.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            RevenueSummary
        """

        from ..api.analytics import get_revenue_summary

        return await get_revenue_summary.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    def get_customer_segments(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> CustomerSegments:
        """Get customer segments.

        Customers grouped into segments with per-segment figures.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            CustomerSegments
        """

        from ..api.analytics import get_customer_segments

        return get_customer_segments.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    async def aget_customer_segments(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> CustomerSegments:
        """Get customer segments.

        Customers grouped into segments with per-segment figures.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            CustomerSegments
        """

        from ..api.analytics import get_customer_segments

        return await get_customer_segments.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    def get_product_performance(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ProductPerformance:
        """Get product performance.

        Per-product sales figures.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ProductPerformance
        """

        from ..api.analytics import get_product_performance

        return get_product_performance.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    async def aget_product_performance(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ProductPerformance:
        """Get product performance.

        Per-product sales figures.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ProductPerformance
        """

        from ..api.analytics import get_product_performance

        return await get_product_performance.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    def get_geographic_analysis(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> GeographicAnalysis:
        """Get the geographic analysis.

        Sales figures per country.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            GeographicAnalysis
        """

        from ..api.analytics import get_geographic_analysis

        return get_geographic_analysis.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    async def aget_geographic_analysis(
        self,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> GeographicAnalysis:
        """Get the geographic analysis.

        Sales figures per country.

        Args:
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
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            GeographicAnalysis
        """

        from ..api.analytics import get_geographic_analysis

        return await get_geographic_analysis.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    def run_advanced(
        self,
        *,
        body: AdvancedAnalyticsRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AdvancedAnalyticsResponse:
        """Run an advanced analytics query.

        Computes the requested metrics over a time range, broken down by the requested dimensions.

        Args:
            body: An ad-hoc analytics query.
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
            AdvancedAnalyticsResponse
        """

        from ..api.analytics import run_advanced_analytics

        return run_advanced_analytics.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def arun_advanced(
        self,
        *,
        body: AdvancedAnalyticsRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AdvancedAnalyticsResponse:
        """Run an advanced analytics query.

        Computes the requested metrics over a time range, broken down by the requested dimensions.

        Args:
            body: An ad-hoc analytics query.
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
            AdvancedAnalyticsResponse
        """

        from ..api.analytics import run_advanced_analytics

        return await run_advanced_analytics.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )
