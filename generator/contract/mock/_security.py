"""Security schemes enforced by the mock: tokens it issued itself, API keys it was configured with."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.contract._model import Api, Operation

__all__ = ["Guard", "Presented", "TokenStore", "mint_token"]

ACCESS, REFRESH = "access", "refresh"
TOKEN_FIELDS = {"access_token": ACCESS, "refresh_token": REFRESH}


def mint_token(kind: str, lifetime: int = 3600) -> str:
    """Return a fresh JWT-shaped token (unsigned: the mock only compares it with the ones it issued)."""

    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    claims = {"sub": "mock-user", "typ": kind, "exp": int(time.time()) + lifetime, "jti": secrets.token_hex(8)}
    signature = base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode()
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{signature}"


@dataclass
class TokenStore:
    """Tokens issued by the mock, by kind; safe to share between server threads."""

    tokens: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def issue(self, kind: str, lifetime: int = 3600) -> str:
        token = mint_token(kind, lifetime)
        with self._lock:
            self.tokens[token] = kind
        return token

    def kind_of(self, token: str) -> str | None:
        with self._lock:
            return self.tokens.get(token)


@dataclass(frozen=True)
class Presented:
    """The credentials a request carries, read once from its headers, query and cookies."""

    headers: Mapping[str, str]
    query: Mapping[str, str]
    cookies: Mapping[str, str]

    def bearer(self) -> str | None:
        scheme, _, token = self.headers.get("authorization", "").partition(" ")
        return token.strip() or None if scheme.lower() == "bearer" else None

    def basic(self) -> tuple[str, str] | None:
        scheme, _, value = self.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return user, password

    def api_key(self, location: str, name: str) -> str | None:
        source = {"header": self.headers, "query": self.query, "cookie": self.cookies}.get(location, {})
        return source.get(name.lower() if location == "header" else name)


@dataclass
class Guard:
    """Decide whether a request satisfies an operation's security requirements."""

    api: Api
    store: TokenStore
    api_keys: frozenset[str]
    basic_users: Mapping[str, str] = field(default_factory=dict)

    @property
    def bearer_api_keys(self) -> bool:
        auth = self.api.family.auth
        return auth is not None and auth.api_key_as_bearer

    def allows(self, operation: Operation, presented: Presented) -> bool:
        if not operation.security:
            return True
        return any(
            all(self._satisfies(operation, name, presented) for name in requirement)
            for requirement in operation.security
        )

    def issues_tokens(self, operation: Operation) -> bool:
        """Whether the operation's success body carries an ``access_token`` (login, refresh, token exchange)."""
        return operation.issues_tokens

    def valid_refresh_token(self, token: object) -> bool:
        return isinstance(token, str) and self.store.kind_of(token) == REFRESH

    def _satisfies(self, operation: Operation, name: str, presented: Presented) -> bool:
        scheme = self.api.security_schemes.get(name)
        if scheme is None:
            return False
        if scheme.kind == "apiKey":
            return presented.api_key(scheme.location or "header", scheme.parameter_name) in self.api_keys
        if scheme.is_basic:
            credentials = presented.basic()
            return credentials is not None and self.basic_users.get(credentials[0]) == credentials[1]
        if scheme.kind in ("http", "oauth2", "openIdConnect"):
            token = presented.bearer()
            if token is None:
                return False
            if self.bearer_api_keys and token in self.api_keys:
                return True
            wanted = REFRESH if self.issues_tokens(operation) else ACCESS
            return self.store.kind_of(token) == wanted
        return False

    def issue_tokens(self, body: Any) -> Any:
        """Replace the token fields of a success body with freshly issued tokens."""
        if isinstance(body, dict):
            expires_in = body.get("expires_in")
            lifetime = expires_in if isinstance(expires_in, int) else 3600
            return {
                key: self.store.issue(TOKEN_FIELDS[key], lifetime)
                if key in TOKEN_FIELDS and isinstance(value, str)
                else value
                for key, value in body.items()
            }
        return body
