"""``client.search``: Vector and hybrid document search.

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
    from ..models.hybrid_search_request import HybridSearchRequest
    from ..models.hybrid_search_response import HybridSearchResponse
    from ..models.vector_search_request import VectorSearchRequest
    from ..models.vector_search_response import VectorSearchResponse

__all__ = ["SearchResource"]


class SearchResource(Resource[Client]):
    """Vector and hybrid document search.

    Every method has an asynchronous twin named with an ``a`` in front (``search_vector``,
    ``asearch_vector``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def search_vector(
        self,
        *,
        body: VectorSearchRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> VectorSearchResponse:
        """Vector similarity search.

        Finds documents whose embedding is similar to the query's embedding.

        Args:
            body: A vector similarity search.
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
            VectorSearchResponse
        """

        from ..api.search import search_vector

        return search_vector.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def asearch_vector(
        self,
        *,
        body: VectorSearchRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> VectorSearchResponse:
        """Vector similarity search.

        Finds documents whose embedding is similar to the query's embedding.

        Args:
            body: A vector similarity search.
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
            VectorSearchResponse
        """

        from ..api.search import search_vector

        return await search_vector.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    def search_hybrid(
        self,
        *,
        body: HybridSearchRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> HybridSearchResponse:
        """Hybrid search.

        Combines vector similarity and full-text (Elasticsearch) search with the given weights.

        Args:
            body: A search combining vector and full-text search.
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
            HybridSearchResponse
        """

        from ..api.search import search_hybrid

        return search_hybrid.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def asearch_hybrid(
        self,
        *,
        body: HybridSearchRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> HybridSearchResponse:
        """Hybrid search.

        Combines vector similarity and full-text (Elasticsearch) search with the given weights.

        Args:
            body: A search combining vector and full-text search.
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
            HybridSearchResponse
        """

        from ..api.search import search_hybrid

        return await search_hybrid.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )
