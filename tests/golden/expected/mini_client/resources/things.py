"""``client.things``: the operations tagged things

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from .._sse import DEFAULT_MAX_RECONNECTS
from ..client import Client
from ..types import Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping

    import httpx

    from .._resource import QueryValue
    from .._sse import EventStream, OpeningEventStream
    from ..models.thing import Thing
    from ..models.thing_page import ThingPage

__all__ = ["ThingsResource"]


class ThingsResource(Resource[Client]):
    """The operations tagged things

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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ThingPage:
        """Call ``list_things``.

        Args:
            page: At least 1. Default: 1.
            size: At least 1, at most 100. Default: 20.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ThingPage
        """

        from ..api.things import list_things

        return list_things.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
        )

    async def alist(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ThingPage:
        """Call ``list_things``.

        Args:
            page: At least 1. Default: 1.
            size: At least 1, at most 100. Default: 20.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ThingPage
        """

        from ..api.things import list_things

        return await list_things.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
        )

    def iter(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[Thing]:
        """Call ``list_things``: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: At least 1. Default: 1.
            size: At least 1, at most 100. Default: 20.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[Thing]
        """

        from ..api.things import list_things

        return list_things.sync_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
        )

    def aiter(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[Thing]:
        """Call ``list_things``: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: At least 1. Default: 1.
            size: At least 1, at most 100. Default: 20.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[Thing]
        """

        from ..api.things import list_things

        return list_things.asyncio_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[ThingPage]:
        """Call ``list_things``: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: At least 1. Default: 1.
            size: At least 1, at most 100. Default: 20.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[ThingPage]
        """

        from ..api.things import list_things

        return list_things.sync_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
        )

    def aiter_pages(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[ThingPage]:
        """Call ``list_things``: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: At least 1. Default: 1.
            size: At least 1, at most 100. Default: 20.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[ThingPage]
        """

        from ..api.things import list_things

        return list_things.asyncio_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
        )

    def get(
        self,
        thing_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Thing:
        """Call ``get_thing``.

        Args:
            thing_id: Not described by the spec.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            NotFoundError: 404: No such thing.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Thing
        """

        from ..api.things import get_thing

        return get_thing.sync(
            thing_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget(
        self,
        thing_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Thing:
        """Call ``get_thing``.

        Args:
            thing_id: Not described by the spec.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            NotFoundError: 404: No such thing.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Thing
        """

        from ..api.things import get_thing

        return await get_thing.asyncio(
            thing_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def stream_events(
        self,
        thing_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> EventStream[Thing]:
        """Call ``stream_thing_events``.

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (message). An event whose data does not decode comes as a ``MalformedEvent``. A
        dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            thing_id: Not described by the spec.
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
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            NotFoundError: 404: No such thing.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            StreamInterruptedError: While iterating: the stream could not be resumed.

        Returns:
            EventStream[Thing]
        """

        from ..api.things import stream_thing_events

        return stream_thing_events.sync(
            thing_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )

    def astream_events(
        self,
        thing_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> OpeningEventStream[Thing]:
        """Call ``stream_thing_events``.

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (message). An event whose data does not decode comes as a ``MalformedEvent``. A
        dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            thing_id: Not described by the spec.
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
            BadRequestError: 400: Bad input.
            AuthenticationError: 401: Missing or bad credentials.
            NotFoundError: 404: No such thing.
            RateLimitError: 429: Slow down.
            ServerError: 5xx: The server failed.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            StreamInterruptedError: While iterating: the stream could not be resumed.

        Returns:
            EventStream[Thing]
        """

        from ..api.things import stream_thing_events

        return stream_thing_events.asyncio(
            thing_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )
