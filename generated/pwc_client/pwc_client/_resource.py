"""The base of the resource classes (``client.users``, ``client.dashboards``): a client, and a call's options.

A resource holds nothing but its client. Each generated method imports its operation module on first use and
calls it with the client, or with a view of it (``Client.with_options``) when the call passes options.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, Protocol, Self, TypeVar

import httpx

__all__ = ["QueryValue", "Resource"]

QueryValue = str | int | float | bool
"""A value of ``extra_query``: sent as its text (a bool as ``true`` / ``false``)."""


class Configurable(Protocol):
    """What a resource needs of its client: views with other per-call options."""

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Self: ...


ClientT = TypeVar("ClientT", bound=Configurable)


class Resource(Generic[ClientT]):
    """The operations of one tag of the spec, bound to a client; see the package README for the naming rule."""

    __slots__ = ("_client",)

    def __init__(self, client: ClientT) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _view(
        self,
        timeout: float | httpx.Timeout | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, QueryValue] | None,
        idempotency_key: str | None,
    ) -> ClientT:
        """The client itself, or a view of it with this call's options (sharing connections and tokens)."""
        if timeout is None and not extra_headers and not extra_query and idempotency_key is None:
            return self._client
        return self._client.with_options(
            timeout=timeout, headers=extra_headers, query=extra_query, idempotency_key=idempotency_key
        )
