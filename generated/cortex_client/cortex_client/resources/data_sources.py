"""``client.data_sources``: External data sources, their schema, queries, synchronisation and live updates.

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
    from ..models.connection_test_result import ConnectionTestResult
    from ..models.data_query import DataQuery
    from ..models.data_schema import DataSchema
    from ..models.data_source import DataSource
    from ..models.data_source_config import DataSourceConfig
    from ..models.data_update import DataUpdate
    from ..models.query_result import QueryResult
    from ..models.sync_options import SyncOptions
    from ..models.sync_result import SyncResult

__all__ = ["DataSourcesResource"]


class DataSourcesResource(Resource[Client]):
    """External data sources, their schema, queries, synchronisation and live updates.

    Every method has an asynchronous twin named with an ``a`` in front (``create``,
    ``acreate``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def create(
        self,
        *,
        body: DataSourceConfig,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DataSource:
        """Register a data source.

        Args:
            body: A data source to register.
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
            DataSource
        """

        from ..api.data_sources import create_data_source

        return create_data_source.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def acreate(
        self,
        *,
        body: DataSourceConfig,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DataSource:
        """Register a data source.

        Args:
            body: A data source to register.
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
            DataSource
        """

        from ..api.data_sources import create_data_source

        return await create_data_source.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def test_connection(
        self,
        source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ConnectionTestResult:
        """Test a data source's connection.

        Args:
            source_id: Identifier of the data source. At least 1 character.
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
            ConnectionTestResult
        """

        from ..api.data_sources import test_data_source_connection

        return test_data_source_connection.sync(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def atest_connection(
        self,
        source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ConnectionTestResult:
        """Test a data source's connection.

        Args:
            source_id: Identifier of the data source. At least 1 character.
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
            ConnectionTestResult
        """

        from ..api.data_sources import test_data_source_connection

        return await test_data_source_connection.asyncio(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def sync(
        self,
        source_id: str,
        *,
        body: SyncOptions | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> SyncResult:
        """Synchronise a data source.

        Starts pulling data from the source; the body is optional.

        Args:
            source_id: Identifier of the data source. At least 1 character.
            body: How to synchronise a data source.
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
            SyncResult
        """

        from ..api.data_sources import sync_data_source

        return sync_data_source.sync(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def async_(
        self,
        source_id: str,
        *,
        body: SyncOptions | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> SyncResult:
        """Synchronise a data source.

        Starts pulling data from the source; the body is optional.

        Args:
            source_id: Identifier of the data source. At least 1 character.
            body: How to synchronise a data source.
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
            SyncResult
        """

        from ..api.data_sources import sync_data_source

        return await sync_data_source.asyncio(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def query(
        self,
        source_id: str,
        *,
        body: DataQuery,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> QueryResult:
        """Query a data source.

        Args:
            source_id: Identifier of the data source. At least 1 character.
            body: A query against a data source.
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
            QueryResult
        """

        from ..api.data_sources import query_data_source

        return query_data_source.sync(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aquery(
        self,
        source_id: str,
        *,
        body: DataQuery,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> QueryResult:
        """Query a data source.

        Args:
            source_id: Identifier of the data source. At least 1 character.
            body: A query against a data source.
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
            QueryResult
        """

        from ..api.data_sources import query_data_source

        return await query_data_source.asyncio(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def get_schema(
        self,
        source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DataSchema:
        """Get a data source's schema.

        Args:
            source_id: Identifier of the data source. At least 1 character.
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
            DataSchema
        """

        from ..api.data_sources import get_data_source_schema

        return get_data_source_schema.sync(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget_schema(
        self,
        source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> DataSchema:
        """Get a data source's schema.

        Args:
            source_id: Identifier of the data source. At least 1 character.
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
            DataSchema
        """

        from ..api.data_sources import get_data_source_schema

        return await get_data_source_schema.asyncio(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def stream_updates(
        self,
        source_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> EventStream[DataUpdate]:
        """Stream a data source's updates (server-sent events).

        Server-sent event stream. Every event uses the default event name `message` and carries a
        JSON-encoded `DataUpdate`.

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (message). An event whose data does not decode comes as a ``MalformedEvent``. A
        dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            source_id: Identifier of the data source. At least 1 character.
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
            EventStream[DataUpdate]
        """

        from ..api.data_sources import stream_data_source_updates

        return stream_data_source_updates.sync(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )

    def astream_updates(
        self,
        source_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> OpeningEventStream[DataUpdate]:
        """Stream a data source's updates (server-sent events).

        Server-sent event stream. Every event uses the default event name `message` and carries a
        JSON-encoded `DataUpdate`.

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (message). An event whose data does not decode comes as a ``MalformedEvent``. A
        dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            source_id: Identifier of the data source. At least 1 character.
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
            EventStream[DataUpdate]
        """

        from ..api.data_sources import stream_data_source_updates

        return stream_data_source_updates.asyncio(
            source_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )
