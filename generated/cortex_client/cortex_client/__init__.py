"""A client library for Clinical Dashboard Platform API, generated from its OpenAPI spec: do not edit by hand."""

from ._auth import Tokens
from ._download import DownloadedFile
from ._family import __version__
from ._jobs import JobCancelledError, JobError, JobFailedError, JobTimeoutError
from ._oauth import OAuth2AuthorizationCode, OAuthStateError
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
    "DownloadedFile",
    "EventStream",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "MalformedEvent",
    "MalformedResponseError",
    "NotFoundError",
    "OAuth2AuthorizationCode",
    "OAuthStateError",
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
