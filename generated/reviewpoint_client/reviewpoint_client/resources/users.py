"""``client.users``: User search, listing and lookup.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.user import User
    from ..models.user_list import UserList

__all__ = ["UsersResource"]


class UsersResource(Resource[Client]):
    """User search, listing and lookup.

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
        q: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        admin: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> UserList:
        """List and search users.

        Returns one page of users, optionally filtered by a search query and by status flags.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of users per page. At least 1, at most 100. Default: 20.
            q: Free-text search matched against the user's name and email. At least 1 character.
            active: When `true`, return only active users; when absent, users are not filtered on this flag.
            admin: When `true`, return only administrators; when absent, users are not filtered on this flag.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            UserList
        """

        from ..api.users import list_users

        return list_users.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    async def alist(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        q: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        admin: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> UserList:
        """List and search users.

        Returns one page of users, optionally filtered by a search query and by status flags.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of users per page. At least 1, at most 100. Default: 20.
            q: Free-text search matched against the user's name and email. At least 1 character.
            active: When `true`, return only active users; when absent, users are not filtered on this flag.
            admin: When `true`, return only administrators; when absent, users are not filtered on this flag.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            UserList
        """

        from ..api.users import list_users

        return await list_users.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    def iter(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        q: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        admin: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[User]:
        """List and search users: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of users per page. At least 1, at most 100. Default: 20.
            q: Free-text search matched against the user's name and email. At least 1 character.
            active: When `true`, return only active users; when absent, users are not filtered on this flag.
            admin: When `true`, return only administrators; when absent, users are not filtered on this flag.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[User]
        """

        from ..api.users import list_users

        return list_users.sync_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    def aiter(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        q: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        admin: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[User]:
        """List and search users: every item of every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of users per page. At least 1, at most 100. Default: 20.
            q: Free-text search matched against the user's name and email. At least 1 character.
            active: When `true`, return only active users; when absent, users are not filtered on this flag.
            admin: When `true`, return only administrators; when absent, users are not filtered on this flag.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[User]
        """

        from ..api.users import list_users

        return list_users.asyncio_items(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        q: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        admin: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Iterator[UserList]:
        """List and search users: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of users per page. At least 1, at most 100. Default: 20.
            q: Free-text search matched against the user's name and email. At least 1 character.
            active: When `true`, return only active users; when absent, users are not filtered on this flag.
            admin: When `true`, return only administrators; when absent, users are not filtered on this flag.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[UserList]
        """

        from ..api.users import list_users

        return list_users.sync_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    def aiter_pages(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 20,
        q: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        admin: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncIterator[UserList]:
        """List and search users: every page, fetched as the iteration reaches it.

        Pages are fetched from ``page`` on while the server reports more.

        Args:
            page: 1-based page number. At least 1. Default: 1.
            size: Number of users per page. At least 1, at most 100. Default: 20.
            q: Free-text search matched against the user's name and email. At least 1 character.
            active: When `true`, return only active users; when absent, users are not filtered on this flag.
            admin: When `true`, return only administrators; when absent, users are not filtered on this flag.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Iterator[UserList]
        """

        from ..api.users import list_users

        return list_users.asyncio_pages(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )

    def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Get the authenticated user.

        Returns the user the access token (or API key) belongs to.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            User
        """

        from ..api.users import get_current_user

        return get_current_user.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Get the authenticated user.

        Returns the user the access token (or API key) belongs to.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            User
        """

        from ..api.users import get_current_user

        return await get_current_user.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def get(
        self,
        user_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Get a user by id.

        Args:
            user_id: Numeric id of the user. At least 1.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            NotFoundError: 404: No resource exists with the given id.
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            User
        """

        from ..api.users import get_user

        return get_user.sync(
            user_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget(
        self,
        user_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Get a user by id.

        Args:
            user_id: Numeric id of the user. At least 1.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            NotFoundError: 404: No resource exists with the given id.
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            User
        """

        from ..api.users import get_user

        return await get_user.asyncio(
            user_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )
