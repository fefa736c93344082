"""Authentication as one ``httpx.Auth`` flow: API key, bearer tokens, renewal.

Tokens from a login are renewed shortly before they expire: a tenth of their lifetime ahead, at most ``max_margin``
(30 s) ahead; and once more when the server answers 401, after which the request is replayed once (unless its body
cannot be sent twice). Threads and asyncio tasks that need a renewal at the same time wait for a single one, and
use the token it obtained. A renewal that fails raises ``AuthenticationError``.

Token requests (login, refresh, token exchange) carry the API key too when it goes in a header of its own.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._errors import ANONYMOUS_EXTENSION, ApiStatusError, AuthenticationError, MalformedResponseError, status_error
from ._json import loads
from ._retry import REPLAYABLE_EXTENSION

if TYPE_CHECKING:
    import asyncio

__all__ = ["AuthScheme", "ClientAuth", "OAuth2Endpoints", "Tokens"]

MAX_RENEWAL_MARGIN = 30.0
RENEWAL_FRACTION = 0.1
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
    """The tokens of a session; ``expires_at`` is on the ``time.monotonic()`` clock.

    ``expires_in`` is the lifetime the server gave the access token, in seconds: the renewal margin scales with it.
    The repr masks the tokens and shows the seconds left.
    """

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None
    expires_in: float | None = None

    @property
    def seconds_left(self) -> float | None:
        """Seconds until the access token expires (0 once it has), or None when the server did not say."""
        return None if self.expires_at is None else max(0.0, self.expires_at - time.monotonic())

    def __repr__(self) -> str:
        refresh = "***" if self.refresh_token is not None else "None"
        left = self.seconds_left
        expiry = "" if left is None else f", seconds_left={left:.1f}, expires_in={self.expires_in}"
        return f"Tokens(access_token=***, refresh_token={refresh}{expiry})"


class ClientAuth(httpx.Auth):
    """Send the API key and the current access token; renew the token when it expires or is refused."""

    def __init__(
        self,
        base_url: str,
        scheme: AuthScheme,
        *,
        api_key: str | None = None,
        tokens: Tokens | None = None,
        max_margin: float = MAX_RENEWAL_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        error_from_response: Callable[[httpx.Response], ApiStatusError] = status_error,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self.scheme = scheme
        self._error_from_response = error_from_response
        self._api_key = api_key
        self._tokens = tokens
        self._max_margin = max_margin
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
        seen = self._tokens
        if self._expiring(seen):
            with self._thread_lock:
                if self._tokens is seen:  # else another caller renewed while this one waited: use its token
                    yield from self._renew(request)
        self._apply(request)
        response = yield request
        if not self._should_renew_after(request, response):
            return
        refused = request.headers.get("Authorization")
        with self._thread_lock:
            if self._bearer() == refused:
                yield from self._renew(request)
        self._apply(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        seen = self._tokens
        if self._expiring(seen):
            async with self._async_lock():
                if self._tokens is seen:
                    response = yield self._refresh_request(request)
                    await response.aread()
                    self._store_refresh(response)
        self._apply(request)
        response = yield request
        if not self._should_renew_after(request, response):
            return
        refused = request.headers.get("Authorization")
        async with self._async_lock():
            if self._bearer() == refused:
                response = yield self._refresh_request(request)
                await response.aread()
                self._store_refresh(response)
        self._apply(request)
        yield request

    def token_request_auth(self) -> httpx.Auth:
        """The auth of login and token-exchange requests: the API key alone, never a session token."""
        return _ApiKeyOnly(self)

    def apply_api_key(self, request: httpx.Request) -> None:
        """Put the API key in its header (or query parameter), when the client holds one and it does not go in
        ``Authorization``."""
        header = self.scheme.api_key_header
        if self._api_key is not None and header is not None and header != "Authorization":
            request.headers[header] = self._api_key
        if self._api_key is not None and self.scheme.api_key_query is not None:
            request.url = request.url.copy_set_param(self.scheme.api_key_query, self._api_key)

    def _should_renew_after(self, request: httpx.Request, response: httpx.Response) -> bool:
        replayable = request.extensions.get(REPLAYABLE_EXTENSION, True)
        return response.status_code == 401 and self._renewable() and bool(replayable)

    def _renew(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._refresh_request(request)
        response.read()
        self._store_refresh(response)

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # noqa: PLC0415 (imported by whoever runs the event loop; not with the package)

        return self._async_locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())

    def _renewable(self) -> bool:
        tokens = self._tokens
        return tokens is not None and tokens.refresh_token is not None and self.scheme.refresh_path is not None

    def _expiring(self, tokens: Tokens | None) -> bool:
        if tokens is None or tokens.expires_at is None or not self._renewable():
            return False
        margin = self._max_margin
        if tokens.expires_in is not None:
            margin = min(margin, RENEWAL_FRACTION * tokens.expires_in)
        return self._clock() >= tokens.expires_at - margin

    def _bearer(self) -> str | None:
        if self._tokens is not None:
            return f"Bearer {self._tokens.access_token}"
        if self._api_key is not None and self.scheme.api_key_header == "Authorization":
            return f"{self.scheme.api_key_prefix}{self._api_key}"
        return None

    def _apply(self, request: httpx.Request) -> None:
        self.apply_api_key(request)
        bearer = self._bearer()
        if bearer is not None:
            request.headers["Authorization"] = bearer
        elif self._api_key is None and "Authorization" not in request.headers:
            request.extensions[ANONYMOUS_EXTENSION] = True

    def _refresh_request(self, original: httpx.Request) -> httpx.Request:
        """The renewal request, with the timeout and identifying headers of the request it renews for."""
        assert self._tokens is not None and self._tokens.refresh_token is not None
        assert self.scheme.refresh_path is not None
        url = self._base_url + self.scheme.refresh_path
        headers = {name: original.headers[name] for name in FORWARDED_HEADERS if name in original.headers}
        extensions = {key: original.extensions[key] for key in ("timeout",) if key in original.extensions}
        if self.scheme.refresh_style == "bearer":
            headers["Authorization"] = f"Bearer {self._tokens.refresh_token}"
            refresh = httpx.Request("POST", url, headers=headers, extensions=extensions)
        else:
            body = {"refresh_token": self._tokens.refresh_token}
            refresh = httpx.Request("POST", url, headers=headers, json=body, extensions=extensions)
        self.apply_api_key(refresh)
        return refresh

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
            data: Any = loads(response.content)
            access_token = data["access_token"]
            expires_in = data.get("expires_in")
            if not isinstance(access_token, str) or not isinstance(expires_in, (int, float, type(None))):
                raise TypeError("access_token must be a string and expires_in a number")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            msg = f"the token response is not what the spec documents: {type(exc).__name__}"
            raise MalformedResponseError(msg, request=response.request, response=response) from None
        refresh_token = data.get("refresh_token")
        previous = self._tokens.refresh_token if self._tokens is not None else None
        lifetime = float(expires_in) if expires_in is not None else None
        return replace(
            Tokens(access_token),
            refresh_token=refresh_token if isinstance(refresh_token, str) else previous,
            expires_at=self._clock() + lifetime if lifetime is not None else None,
            expires_in=lifetime,
        )


class _ApiKeyOnly(httpx.Auth):
    """Send the API key of a :class:`ClientAuth` and nothing else."""

    def __init__(self, auth: ClientAuth) -> None:
        self._auth = auth

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._auth.apply_api_key(request)
        yield request
