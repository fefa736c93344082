"""The client for PwC Enterprise Data Engineering API: configuration, authentication, retries and the httpx clients they drive."""

from __future__ import annotations

import contextlib
import copy
import os
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import ClientAuth, Tokens
from ._errors import connection_error
from ._family import AUTH, DEFAULT_BASE_URL, ENV_PREFIX, USER_AGENT
from ._logging import redact_url
from ._ratelimit import TokenBucket
from ._request import RequestBuilder, RequestOptions
from ._retry import DEFAULT_MAX_RETRIES, AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import error_from_response

if TYPE_CHECKING:
    from ._resource import QueryValue
    from .resources.ai import AiResource
    from .resources.analytics import AnalyticsResource
    from .resources.auth import AuthResource
    from .resources.ml import MlResource
    from .resources.sales import SalesResource
    from .resources.search import SearchResource

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AuthenticatedClient", "Client"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


@dataclass(frozen=True)
class _Transports:
    """Builds the retrying transports on first use (loading the CA bundle is slow: not for an unused twin)."""

    policy: RetryPolicy
    limiter: TokenBucket | None
    verify: ssl.SSLContext | str | bool
    custom: httpx.BaseTransport | None
    custom_async: httpx.AsyncBaseTransport | None

    def sync(self) -> RetryTransport:
        return RetryTransport(self.custom or httpx.HTTPTransport(verify=self.verify), self.policy, self.limiter)

    def asynchronous(self) -> AsyncRetryTransport:
        wrapped = self.custom_async or httpx.AsyncHTTPTransport(verify=self.verify)
        return AsyncRetryTransport(wrapped, self.policy, self.limiter)


class _Session:
    """What every view of a client shares: the auth state, the lazily built httpx clients, the request builders."""

    def __init__(self, base_url: str, auth: ClientAuth, httpx_args: dict[str, Any]) -> None:
        self.base_url = base_url
        self.auth = auth
        self.httpx_args = httpx_args
        self.client: httpx.Client | None = None
        self.async_client: httpx.AsyncClient | None = None
        self.requests = RequestBuilder()
        self.async_requests = RequestBuilder()


class Client:
    """A client for PwC Enterprise Data Engineering API, for synchronous and asynchronous calls alike.

    Args:
        base_url: The API's base URL, ``http://`` or ``https://`` (a ``ValueError`` otherwise).
        api_key: An API key, sent as ``Authorization: Bearer <key>``.
        access_token: A bearer token obtained elsewhere (see also :meth:`login`).
        refresh_token: The refresh token that goes with ``access_token``.
        timeout: Seconds, or an ``httpx.Timeout``; by default 5 s to connect and 30 s to read.
        max_retries: How often a failed idempotent request is retried (see ``_retry``).
        rate_limit: Requests per second this client may send at most (client-side token bucket); off by default.
        headers: Headers sent with every request.
        verify: TLS verification: True (the default), a CA bundle path or an ``ssl.SSLContext``.
        raise_on_unexpected_status: Make ``*_detailed`` calls raise on statuses the spec does not document.
        transport: A custom ``httpx`` transport for synchronous calls (retries are layered on top of it).
        async_transport: A custom ``httpx`` transport for asynchronous calls.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = None,
        headers: Mapping[str, str] | None = None,
        verify: ssl.SSLContext | str | bool = True,
        follow_redirects: bool = False,
        raise_on_unexpected_status: bool = False,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        base_url = _checked_base_url(base_url)
        tokens = Tokens(access_token, refresh_token) if access_token else None
        auth = ClientAuth(base_url, AUTH, api_key=api_key, tokens=tokens, error_from_response=error_from_response)
        self._transports = _Transports(
            RetryPolicy(max_retries),
            TokenBucket(rate_limit) if rate_limit else None,
            verify,
            transport,
            async_transport,
        )
        httpx_args: dict[str, Any] = {
            "base_url": base_url,
            "auth": auth,
            "headers": {"User-Agent": USER_AGENT, **(headers or {})},
            "follow_redirects": follow_redirects,
        }
        self._session = _Session(base_url, auth, httpx_args)
        self._options = RequestOptions(httpx.Timeout(timeout), max_retries, {})
        self._defaults = self._options
        self.raise_on_unexpected_status = raise_on_unexpected_status

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Client:
        """Build a client from ``PWC_BASE_URL``, ``PWC_API_KEY``, ``PWC_TIMEOUT`` and ``PWC_MAX_RETRIES``.

        Keyword arguments win over the environment.

        Raises:
            ValueError: A variable holds something that is not a number where one is expected.
        """
        env = os.environ if environ is None else environ
        settings: dict[str, Any] = {}
        if env.get(ENV_PREFIX + "BASE_URL"):
            settings["base_url"] = env[ENV_PREFIX + "BASE_URL"]
        if env.get(ENV_PREFIX + "API_KEY"):
            settings["api_key"] = env[ENV_PREFIX + "API_KEY"]
        for name, parse in (("TIMEOUT", float), ("MAX_RETRIES", int)):
            value = env.get(ENV_PREFIX + name)
            if value:
                try:
                    settings[name.lower()] = parse(value)
                except ValueError:
                    msg = f"{ENV_PREFIX}{name} must be {'a number of seconds' if parse is float else 'an integer'}"
                    raise ValueError(msg) from None
        return cls(**{**settings, **overrides})

    def __repr__(self) -> str:
        overrides = _overrides(self._defaults, self._options)
        shown = f", options=({', '.join(overrides)})" if overrides else ""
        return f"Client(base_url={redact_url(self.base_url)!r}, auth={self._session.auth!r}{shown})"

    @property
    def base_url(self) -> str:
        return self._session.base_url

    @property
    def auth(self) -> ClientAuth:
        """The authentication state every view of this client shares."""
        return self._session.auth

    @property
    def tokens(self) -> Tokens | None:
        """The current session tokens, if logged in."""
        return self._session.auth.tokens

    @property
    def verify(self) -> ssl.SSLContext | str | bool:
        """The TLS verification setting, which websocket channels share."""
        return self._transports.verify

    @property
    def auth_api(self) -> AuthResource:
        """Login and token refresh.

        ``login``, ``refresh_access_token``; each with an ``a`` twin for asyncio.
        """
        from .resources.auth import AuthResource

        return AuthResource(self)

    @property
    def sales(self) -> SalesResource:
        """Raw sales (invoice line) records.

        ``list``, ``iter``, ``iter_pages``; each with an ``a`` twin for asyncio.
        """
        from .resources.sales import SalesResource

        return SalesResource(self)

    @property
    def analytics(self) -> AnalyticsResource:
        """Pre-aggregated and ad-hoc sales analytics.

        ``get_revenue_summary``, ``get_customer_segments``, ``get_product_performance``,
        ``get_geographic_analysis``, ``run_advanced``; each with an ``a`` twin for asyncio.
        """
        from .resources.analytics import AnalyticsResource

        return AnalyticsResource(self)

    @property
    def ml(self) -> MlResource:
        """Machine-learning model predictions and model metadata.

        ``predict``, ``predict_batch``, ``get_model``; each with an ``a`` twin for asyncio.
        """
        from .resources.ml import MlResource

        return MlResource(self)

    @property
    def ai(self) -> AiResource:
        """Natural-language (conversational) analytics.

        ``query_conversational_analytics``; each with an ``a`` twin for asyncio.
        """
        from .resources.ai import AiResource

        return AiResource(self)

    @property
    def search(self) -> SearchResource:
        """Vector and hybrid document search.

        ``search_vector``, ``search_hybrid``; each with an ``a`` twin for asyncio.
        """
        from .resources.search import SearchResource

        return SearchResource(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, QueryValue] | None = None,
    ) -> Client:
        """Return a view of this client with other per-call settings; it shares connections and tokens.

        An ``idempotency_key`` makes a POST safe to retry: it is sent as ``Idempotency-Key``. ``headers`` and
        ``query`` are sent besides what each operation sets, which wins.
        """
        options = self._options
        extra = dict(options.headers) | dict(headers or {})
        if idempotency_key is not None:
            extra["Idempotency-Key"] = idempotency_key
        options = replace(
            options,
            timeout=httpx.Timeout(timeout) if timeout is not None else options.timeout,
            max_retries=max_retries if max_retries is not None else options.max_retries,
            headers=extra,
            query=dict(options.query) | dict(query or {}),
        )
        view = copy.copy(self)
        view._options = options
        return view

    def login(self, username: str, password: str, **fields: Any) -> Tokens:
        """Log in; later requests carry the access token, which is renewed before it expires.

        Raises:
            AuthenticationError: The credentials were refused.
        """
        response = self.request(**self._login_kwargs(username, password, fields))
        return self._session.auth.store(response)

    async def alogin(self, username: str, password: str, **fields: Any) -> Tokens:
        """Log in, asynchronously; see :meth:`login`."""
        response = await self.arequest(**self._login_kwargs(username, password, fields))
        return self._session.auth.store(response)

    def logout(self) -> None:
        """Forget the session tokens (the API key, if any, stays)."""
        self._session.auth.set_tokens(None)

    def _login_kwargs(self, username: str, password: str, fields: dict[str, Any]) -> dict[str, Any]:
        body = {"username": username, "password": password, **fields}
        auth = self._session.auth.token_request_auth()
        return {"method": "POST", "url": AUTH.login_path, "json": body, "auth": auth}

    def request(self, **kwargs: Any) -> httpx.Response:
        """Send a request built by an endpoint module, with this view's options; map transport errors."""
        auth = kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)
        client = self.get_httpx_client()
        request = self._session.requests.build(client, self._options, **kwargs)
        try:
            return client.send(request, auth=auth)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc

    async def arequest(self, **kwargs: Any) -> httpx.Response:
        """The asynchronous twin of :meth:`request`."""
        auth = kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)
        client = self.get_async_httpx_client()
        request = self._session.async_requests.build(client, self._options, **kwargs)
        try:
            return await client.send(request, auth=auth)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc

    @contextlib.contextmanager
    def stream(self, **kwargs: Any) -> Iterator[httpx.Response]:
        """Send a request and hand out its response unread (downloads, event streams); map transport errors."""
        response = self.open_stream(**kwargs)
        try:
            yield response
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            response.close()

    @contextlib.asynccontextmanager
    async def astream(self, **kwargs: Any) -> AsyncIterator[httpx.Response]:
        """The asynchronous twin of :meth:`stream`."""
        response = await self.aopen_stream(**kwargs)
        try:
            yield response
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            await response.aclose()

    def open_stream(self, **kwargs: Any) -> httpx.Response:
        """Send a request and return its response unread; the caller closes it. Map transport errors."""
        auth = kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)
        client = self.get_httpx_client()
        request = self._session.requests.build(client, self._options, **kwargs)
        try:
            return client.send(request, auth=auth, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc

    async def aopen_stream(self, **kwargs: Any) -> httpx.Response:
        """The asynchronous twin of :meth:`open_stream`."""
        auth = kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)
        client = self.get_async_httpx_client()
        request = self._session.async_requests.build(client, self._options, **kwargs)
        try:
            return await client.send(request, auth=auth, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        session = self._session
        if session.client is None:
            session.client = httpx.Client(**session.httpx_args, transport=self._transports.sync())
        return session.client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        session = self._session
        if session.async_client is None:
            session.async_client = httpx.AsyncClient(**session.httpx_args, transport=self._transports.asynchronous())
        return session.async_client

    def close(self) -> None:
        """Close the synchronous connection pool."""
        if self._session.client is not None:
            self._session.client.close()
            self._session.client = None

    async def aclose(self) -> None:
        """Close the asynchronous connection pool."""
        if self._session.async_client is not None:
            await self._session.async_client.aclose()
            self._session.async_client = None

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


AuthenticatedClient = Client
"""Kept for code written against openapi-python-client's default template: one client serves both."""


def _overrides(defaults: RequestOptions, options: RequestOptions) -> list[str]:
    """What a view of a client changes, for its repr: header and query names only (their values may be secret)."""
    shown = []
    if options.timeout != defaults.timeout:
        timeout = options.timeout
        same = timeout.connect == timeout.read == timeout.write == timeout.pool
        shown.append(f"timeout={timeout.read if same else timeout}")
    if options.max_retries != defaults.max_retries:
        shown.append(f"max_retries={options.max_retries}")
    if "Idempotency-Key" in options.headers:
        shown.append(f"idempotency_key={options.headers['Idempotency-Key']!r}")
    names = sorted(name for name in options.headers if name != "Idempotency-Key")
    if names:
        shown.append(f"headers={names}")
    if options.query:
        shown.append(f"query={sorted(options.query)}")
    return shown


def _checked_base_url(base_url: str) -> str:
    """Return ``base_url`` if it is an absolute http(s) URL; raise a ``ValueError`` that says how to fix it."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        url = None
    if url is not None and url.scheme in ("http", "https") and url.host:
        return base_url
    shown = f" {base_url!r}" if isinstance(base_url, str) and "@" not in base_url else ""
    msg = f"base_url{shown} is not an absolute http:// or https:// URL"
    if shown and "://" not in base_url:
        msg += f": pass 'http://{base_url}' or 'https://{base_url}'"
    raise ValueError(msg)
