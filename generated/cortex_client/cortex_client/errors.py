"""Errors raised by cortex_client: the tree of ``_errors``, with error bodies decoded into this API's models.

Every error the client raises is an ``ApiError``; see ``_errors`` for the whole tree.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedStatus,
    UnprocessableEntityError,
    malformed,
    status_error,
)
from ._json import loads

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_from_response",
    "malformed",
]


def error_from_response(response: httpx.Response) -> ApiStatusError:
    """Build the error for a response with an error status; its ``body`` is the parsed error model, if any."""
    from .models import Error  # noqa: PLC0415 (on the first error)

    models: dict[int, Any] = {}
    model = models.get(response.status_code, Error)
    try:
        body = model.from_dict(loads(response.content))
    except (ValueError, KeyError, TypeError, AttributeError):
        body = None
    return status_error(response, body)
