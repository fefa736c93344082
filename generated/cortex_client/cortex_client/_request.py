"""Building requests: the request httpx's ``Client.build_request`` builds, with its URL parsed once instead of thrice.

To send ``GET /users?page=2`` httpx parses the relative URL, the URL merged with the base URL, and that URL again
to add the query: for a small call, most of the CPU a client spends outside the network. Endpoint modules give a
path that is already quoted and a dict of query parameters, so :class:`RequestBuilder` joins them to the base URL
as text and parses the result once. Requests it cannot build that way (cookies to send, a base URL with user info
or a query, an absolute URL, a path with a query of its own) are built by httpx itself: the request is the same
either way, which the unit tests check against httpx.

:class:`RequestOptions` holds a client view's per-call settings, with what every request needs from them computed
once.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._retry import MAX_RETRIES_EXTENSION

if TYPE_CHECKING:
    from ._resource import QueryValue

__all__ = ["RequestBuilder", "RequestOptions"]


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings; :meth:`Client.with_options` derives a client with other ones."""

    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]
    query: Mapping[str, QueryValue] = field(default_factory=dict)

    @functools.cached_property
    def extensions(self) -> dict[str, Any]:
        """The request extensions these settings make (httpx's timeout dict, the retry budget); do not mutate."""
        return {"timeout": self.timeout.as_dict(), MAX_RETRIES_EXTENSION: self.max_retries}


class RequestBuilder:
    """Build the requests of one client; remembers the text of its httpx client's base URL between requests."""

    def __init__(self) -> None:
        self._base: tuple[httpx.URL, str | None] | None = None

    def build(self, client: httpx.Client | httpx.AsyncClient, options: RequestOptions, **kwargs: Any) -> httpx.Request:
        """Build the request for ``client.build_request(**kwargs)`` with the options' timeout, retries and headers.

        ``kwargs`` are those of ``build_request``: ``method``, ``url``, ``params``, ``headers``, ``json``, ...
        Headers given here win over the options' headers, which win over the client's own; query parameters given
        here win over the options' query.
        """
        method, url = kwargs.pop("method"), kwargs.pop("url")
        headers = kwargs.pop("headers", None)
        if options.headers:
            headers = {**options.headers, **(headers or {})}
        extensions = {**options.extensions, **(kwargs.pop("extensions", None) or {})}
        timeout = kwargs.pop("timeout", httpx.USE_CLIENT_DEFAULT)
        if timeout is not httpx.USE_CLIENT_DEFAULT:
            extensions["timeout"] = httpx.Timeout(timeout).as_dict()
        params = kwargs.pop("params", None)
        if options.query:
            params = {**options.query, **(params or {})}
        prefix = self._prefix(client.base_url)
        if (
            prefix is None
            or not isinstance(url, str)
            or not url.startswith("/")
            or "?" in url
            or "#" in url
            or kwargs.get("cookies")
            or client.cookies
            or client.params
        ):
            return client.build_request(method, url, params=params, headers=headers, extensions=extensions, **kwargs)
        text = prefix + url.lstrip("/")
        if params:
            query = httpx.QueryParams(params)
            if query:  # as httpx: a "?" for any key, even one whose list of values is empty
                text = f"{text}?{query}"
        merged = httpx.Headers(client.headers)
        if headers:
            merged.update(headers)
        kwargs.pop("cookies", None)
        return httpx.Request(method, httpx.URL(text), headers=merged, extensions=extensions, **kwargs)

    def _prefix(self, base_url: httpx.URL) -> str | None:
        """The base URL as text ending in ``/``, or None when relative URLs cannot simply be appended to it."""
        cached = self._base
        if cached is not None and cached[0] is base_url:
            return cached[1]
        prefix = None
        if not (base_url.query or base_url.fragment or base_url.userinfo) and base_url.raw_path.endswith(b"/"):
            netloc = base_url.netloc.decode("ascii")
            prefix = f"{base_url.scheme}://{netloc}{base_url.raw_path.decode('ascii')}"
        self._base = (base_url, prefix)
        return prefix
