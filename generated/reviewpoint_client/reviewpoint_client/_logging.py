"""Logging: one line per request attempt and per retry, with secrets redacted.

Log records go to the package's logger (``logging.getLogger("<package>")``). Only the method, the URL (secrets
in the query string replaced by ``***``), the status, the duration, the attempt and the correlation id are
logged: never headers or bodies, so no token, API key or password can reach a log.

The logger has a ``NullHandler``: nothing is printed unless the application configures logging, e.g.
``logging.basicConfig()`` and ``logging.getLogger("<package>").setLevel(logging.DEBUG)``.
"""

from __future__ import annotations

import logging

import httpx

__all__ = ["SECRET_NAMES", "is_secret", "logger", "redact_url"]

logger = logging.getLogger(__package__ or __name__)
logger.addHandler(logging.NullHandler())

SECRET_NAMES = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "authorization",
        "client_secret",
        "code",
        "key",
        "password",
        "refresh_token",
        "secret",
        "state",
        "token",
        "x-api-key",
    }
)
SECRET_PARTS = ("key", "token", "secret", "password", "auth")
REDACTED = "***"


def is_secret(name: str) -> bool:
    """Whether a query parameter named so may carry a credential (an API key the spec puts in the query, say)."""
    lowered = name.lower()
    return lowered in SECRET_NAMES or any(part in lowered for part in SECRET_PARTS)


def redact_url(url: httpx.URL | str) -> str:
    """Return the URL with user info and secret query parameters replaced by ``***``."""
    url = httpx.URL(url)
    if url.userinfo:
        url = url.copy_with(username=REDACTED, password=None)
    if not url.query:
        return str(url)
    params = [(name, REDACTED if is_secret(name) else value) for name, value in url.params.multi_items()]
    return str(url.copy_with(params=params))
