"""The OAuth 2.0 authorization-code flow: an authorization URL with a random ``state``, then the code exchange."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx

from ._auth import ClientAuth, OAuth2Endpoints, Tokens
from ._errors import ApiError

__all__ = ["OAuth2AuthorizationCode", "OAuthStateError"]


class _Client(Protocol):
    """What the flow needs of a client: its base URL, its auth state, and a way to send requests."""

    @property
    def base_url(self) -> str: ...

    @property
    def auth(self) -> ClientAuth: ...

    def request(self, **kwargs: Any) -> httpx.Response: ...

    async def arequest(self, **kwargs: Any) -> httpx.Response: ...


class OAuthStateError(ApiError):
    """The ``state`` returned to the redirect URI is not one this flow issued: a forged or replayed callback."""


class OAuth2AuthorizationCode:
    """Let a user grant access: send them to :meth:`authorization_url`, then :meth:`exchange` the returned code.

    The tokens obtained are installed in ``client``, which renews them like tokens from a login.

    Raises:
        ValueError: The client's API has no authorization-code flow.
    """

    def __init__(
        self,
        client: _Client,
        *,
        client_id: str,
        redirect_uri: str,
        scopes: Sequence[str] | None = None,
        client_secret: str | None = None,
    ) -> None:
        endpoints = client.auth.scheme.oauth2
        if endpoints is None:
            msg = "this API documents no OAuth 2.0 authorization-code flow"
            raise ValueError(msg)
        self._client = client
        self._endpoints: OAuth2Endpoints = endpoints
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.scopes = tuple(endpoints.scopes if scopes is None else scopes)
        self._client_secret = client_secret
        self._pending_states: set[str] = set()

    def __repr__(self) -> str:
        return f"OAuth2AuthorizationCode(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"

    def authorization_url(self) -> str:
        """Return the URL to send the user to, carrying a fresh, unguessable ``state``."""
        state = secrets.token_urlsafe(32)
        self._pending_states.add(state)
        query = {
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(self.scopes),
            "response_type": "code",
            "state": state,
        }
        return f"{self._client.base_url.rstrip('/')}{self._endpoints.authorize_path}?{urlencode(query)}"

    def exchange(self, code: str, state: str) -> Tokens:
        """Check ``state``, exchange ``code`` for tokens and install them in the client.

        Raises:
            OAuthStateError: ``state`` was not issued by this flow, or was used already.
            AuthenticationError: The server refused the code.
        """
        self._consume(state)
        response = self._client.request(**self._token_request(code))
        return self._client.auth.store(response)

    async def aexchange(self, code: str, state: str) -> Tokens:
        """The asynchronous twin of :meth:`exchange`."""
        self._consume(state)
        response = await self._client.arequest(**self._token_request(code))
        return self._client.auth.store(response)

    def _consume(self, state: str) -> None:
        issued = next((s for s in self._pending_states if secrets.compare_digest(s, state)), None)
        if issued is None:
            msg = "the OAuth state does not match any authorization request of this flow"
            raise OAuthStateError(msg)
        self._pending_states.discard(issued)

    def _token_request(self, code: str) -> dict[str, Any]:
        form = {
            "grant_type": "authorization_code",
            "client_id": self.client_id,
            "code": code,
            "redirect_uri": self.redirect_uri,
        }
        if self._client_secret is not None:
            form["client_secret"] = self._client_secret
        auth = self._client.auth.token_request_auth()
        return {"method": "POST", "url": self._endpoints.token_path, "data": form, "auth": auth}
