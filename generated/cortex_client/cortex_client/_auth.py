"""Authentication as one ``httpx.Auth`` flow: API key, bearer tokens, renewal.

Tokens from a login are renewed ``skew`` seconds ahead of their expiry, and once more when the server answers
401; the request is then replayed once. Threads and asyncio tasks that need a renewal at the same time wait
for a single one. A renewal that fails raises ``AuthenticationError``.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import httpx

from ._errors import ApiStatusError, AuthenticationError, MalformedResponseError, status_error

__all__ = ["NO_AUTH", "AuthScheme", "ClientAuth", "OAuth2Endpoints", "Tokens"]

NO_AUTH = httpx.Auth()
DEFAULT_SKEW = 30.0
FORWARDED_HEADERS = ("User-Agent",)
REFUSED_STATUSES = frozenset({400, 401, 403})


@dataclass(frozen=True)
class OAuth2Endpoints:
    """An OAuth 2.0 authorization-code flow: paths relative to the base URL and the scopes it offers."""

    authorize_path: str
    token_path: str
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuthScheme:
    """How an API authenticates: where its API key goes, how to log in, how to renew tokens.

    Args:
        api_key_header: The header an API key goes in (``Authorization`` sends it as a bearer token that a
            login replaces); None when the API takes no API key.
        api_key_prefix: Put before the key in that header (``"Bearer "``).
        api_key_query: The query parameter an API key goes in, for APIs that take it there instead of a header.
        login_path: The login endpoint, relative to the base URL; None when the API has no login.
        login_fields: The login body's identity and secret fields, e.g. ``("email", "password")``.
        refresh_path: The token refresh endpoint; None when tokens cannot be renewed.
        refresh_style: ``"body"`` sends ``{"refresh_token": ...}``, ``"bearer"`` the refresh token as the bearer.
        oauth2: The authorization-code flow, when the API offers one.
    """

    api_key_header: str | None = None
    api_key_prefix: str = ""
    api_key_query: str | None = None
    login_path: str | None = None
    login_fields: tuple[str, ...] = ()
    refresh_path: str | None = None
    refresh_style: Literal["body", "bearer"] = "body"
    oauth2: OAuth2Endpoints | None = None


@dataclass(frozen=True)
class Tokens:
    """The tokens of a session; ``expires_at`` is on the ``time.monotonic()`` clock."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None


class ClientAuth(httpx.Auth):
    """Send the API key and the current access token; renew the token when it expires or is refused."""

    def __init__(
        self,
        base_url: str,
        scheme: AuthScheme,
        *,
        api_key: str | None = None,
        tokens: Tokens | None = None,
        skew: float = DEFAULT_SKEW,
        clock: Callable[[], float] = time.monotonic,
        error_from_response: Callable[[httpx.Response], ApiStatusError] = status_error,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self.scheme = scheme
        self._error_from_response = error_from_response
        self._api_key = api_key
        self._tokens = tokens
        self._skew = skew
        self._clock = clock
        self._thread_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"ClientAuth(api_key={'***' if self._api_key else None}, tokens={self._tokens!r})"

    @property
    def tokens(self) -> Tokens | None:
        return self._tokens

    def set_tokens(self, tokens: Tokens | None) -> None:
        self._tokens = tokens

    def store(self, response: httpx.Response) -> Tokens:
        """Keep the tokens of a successful login, refresh or token-exchange response (its body must be read)."""
        if not response.is_success:
            raise self._error_from_response(response)
        self._tokens = self._parse(response)
        return self._tokens

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._expiring():
            with self._thread_lock:
                if self._expiring():
                    yield from self._renew(request)
        self._apply(request)
        response = yield request
        if response.status_code != 401 or not self._renewable():
            return
        refused = request.headers.get("Authorization")
        with self._thread_lock:
            if self._bearer() == refused:
                yield from self._renew(request)
        self._apply(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._expiring():
            async with self._async_lock():
                if self._expiring():
                    response = yield self._refresh_request(request)
                    await response.aread()
                    self._store_refresh(response)
        self._apply(request)
        response = yield request
        if response.status_code != 401 or not self._renewable():
            return
        refused = request.headers.get("Authorization")
        async with self._async_lock():
            if self._bearer() == refused:
                response = yield self._refresh_request(request)
                await response.aread()
                self._store_refresh(response)
        self._apply(request)
        yield request

    def _renew(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._refresh_request(request)
        response.read()
        self._store_refresh(response)

    def _async_lock(self) -> asyncio.Lock:
        return self._async_locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())

    def _renewable(self) -> bool:
        tokens = self._tokens
        return tokens is not None and tokens.refresh_token is not None and self.scheme.refresh_path is not None

    def _expiring(self) -> bool:
        tokens = self._tokens
        if tokens is None or tokens.expires_at is None or not self._renewable():
            return False
        return self._clock() >= tokens.expires_at - self._skew

    def _bearer(self) -> str | None:
        if self._tokens is not None:
            return f"Bearer {self._tokens.access_token}"
        if self._api_key is not None and self.scheme.api_key_header == "Authorization":
            return f"{self.scheme.api_key_prefix}{self._api_key}"
        return None

    def _apply(self, request: httpx.Request) -> None:
        header = self.scheme.api_key_header
        if self._api_key is not None and header is not None and header != "Authorization":
            request.headers[header] = self._api_key
        if self._api_key is not None and self.scheme.api_key_query is not None:
            request.url = request.url.copy_set_param(self.scheme.api_key_query, self._api_key)
        bearer = self._bearer()
        if bearer is not None:
            request.headers["Authorization"] = bearer

    def _refresh_request(self, original: httpx.Request) -> httpx.Request:
        """The renewal request, with the timeout and identifying headers of the request it renews for."""
        assert self._tokens is not None and self._tokens.refresh_token is not None
        assert self.scheme.refresh_path is not None
        url = self._base_url + self.scheme.refresh_path
        headers = {name: original.headers[name] for name in FORWARDED_HEADERS if name in original.headers}
        extensions = {key: original.extensions[key] for key in ("timeout",) if key in original.extensions}
        if self.scheme.refresh_style == "bearer":
            headers["Authorization"] = f"Bearer {self._tokens.refresh_token}"
            return httpx.Request("POST", url, headers=headers, extensions=extensions)
        body = {"refresh_token": self._tokens.refresh_token}
        return httpx.Request("POST", url, headers=headers, json=body, extensions=extensions)

    def _store_refresh(self, response: httpx.Response) -> None:
        """Keep renewed tokens; forget the session only when the server refused the refresh token itself."""
        if response.is_success:
            self._tokens = self._parse(response)
            return
        if response.status_code in REFUSED_STATUSES:
            self._tokens = None
            raise AuthenticationError(
                f"token refresh failed with status {response.status_code}", request=response.request, response=response
            )
        raise self._error_from_response(response)

    def _parse(self, response: httpx.Response) -> Tokens:
        try:
            data: Any = json.loads(response.content)
            access_token = data["access_token"]
            expires_in = data.get("expires_in")
            if not isinstance(access_token, str) or not isinstance(expires_in, (int, float, type(None))):
                raise TypeError("access_token must be a string and expires_in a number")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            msg = f"the token response is not what the spec documents: {type(exc).__name__}"
            raise MalformedResponseError(msg, request=response.request, response=response) from None
        refresh_token = data.get("refresh_token")
        previous = self._tokens.refresh_token if self._tokens is not None else None
        expires_at = self._clock() + float(expires_in) if expires_in is not None else None
        return replace(
            Tokens(access_token),
            refresh_token=refresh_token if isinstance(refresh_token, str) else previous,
            expires_at=expires_at,
        )
