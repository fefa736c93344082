"""A client library for Mini API, generated from its OpenAPI spec: do not edit by hand."""

from ._auth import Tokens
from ._family import __version__
from ._sse import AsyncEventStream, EventStream, MalformedEvent, ServerSentEvent, StreamInterruptedError
from .client import AuthenticatedClient, Client
from .errors import (
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
)

__all__ = (
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncEventStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EventStream",
    "MalformedEvent",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ServerSentEvent",
    "StreamInterruptedError",
    "Tokens",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "__version__",
)
