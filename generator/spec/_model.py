"""The typed reading of an OpenAPI document that every tool consumes: lint, templates, the mock and the fuzzer.

Schemas stay where they are in the document and are named by JSON pointer (``Media.schema``), so JSON Schema
validation and every finding point at the spec itself. Pointers are those of the nodes reached after following
``$ref``s: a shared response is located at its component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from generator.findings import Finding, Severity
from generator.spec._refs import Resolver
from generator.spec._source import Source

__all__ = [
    "Body",
    "Bounds",
    "Example",
    "Header",
    "Link",
    "Media",
    "OAuthFlow",
    "Operation",
    "Pagination",
    "Parameter",
    "Ref",
    "Response",
    "SecurityScheme",
    "Spec",
    "StreamEvent",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Location = Literal["path", "query", "header", "cookie"]
SchemeKind = Literal["apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"]
_TEMPLATE_PART = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Example:
    """An example written in the document, with the schema it must satisfy (None when it has none)."""

    at: str
    schema: str | None
    value: Any


@dataclass(frozen=True)
class Ref:
    """A ``$ref`` written at ``at`` (the pointer of the object holding it)."""

    at: str
    target: str


@dataclass(frozen=True)
class Bounds:
    """The limits a parameter's schema puts on its values (None where it sets none)."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    enum: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation (path, query, header or cookie), after ``$ref``s."""

    name: str
    location: str
    at: str
    required: bool
    schema: str | None  # pointer of the schema (of the first media type, for a ``content`` parameter)
    style: str
    explode: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    bounds: Bounds = field(default_factory=Bounds)
    example: Any = None
    deprecated: bool = False


@dataclass(frozen=True)
class Media:
    """One media type of a request or response body."""

    media_type: str
    at: str
    schema: str | None
    component: str | None = None  # the ``components/schemas`` name when the schema is a ``$ref`` to one
    example: Any = None
    has_example: bool = False
    encoding: dict[str, Any] = field(default_factory=dict)

    @property
    def is_json(self) -> bool:
        kind = self.media_type.split(";")[0].strip().lower()
        return kind == "application/json" or kind.endswith("+json")


@dataclass(frozen=True)
class Body:
    """A request body: whether it is required, and its media types."""

    at: str
    required: bool
    content: dict[str, Media]
    description: str = ""


@dataclass(frozen=True)
class Header:
    """A response header."""

    name: str
    at: str
    required: bool
    schema: str | None
    example: Any = None


@dataclass(frozen=True)
class Link:
    """A response link: the target operation takes ``parameter`` from ``expression`` (e.g. ``$response.body#/id``)."""

    name: str
    at: str
    operation_id: str
    parameter: str
    expression: str

    @property
    def body_pointer(self) -> str | None:
        """The JSON pointer into the response body, for ``$response.body#/...`` expressions."""
        prefix = "$response.body#"
        return self.expression[len(prefix) :] if self.expression.startswith(prefix) else None


@dataclass(frozen=True)
class Response:
    """One documented response of an operation."""

    status: str  # "200", "4XX", "default" (upper case ranges)
    at: str
    description: str
    content: dict[str, Media]
    headers: dict[str, Header]
    links: tuple[Link, ...] = ()

    def matches(self, code: int) -> bool:
        if self.status == "default":
            return True
        code_text = str(code)
        return len(self.status) == len(code_text) == 3 and all(
            want in ("X", got) for want, got in zip(self.status, code_text, strict=True)
        )

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def is_error(self) -> bool:
        return self.status == "default" or self.status[:1] in ("4", "5")

    @property
    def json(self) -> Media | None:
        """The first JSON media type of the response."""
        return next((media for media in self.content.values() if media.is_json), None)


@dataclass(frozen=True)
class OAuthFlow:
    """One OAuth 2.0 flow of a security scheme."""

    kind: str  # authorizationCode, password, clientCredentials, implicit
    authorization_url: str | None
    token_url: str | None
    refresh_url: str | None
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme of ``components/securitySchemes``."""

    name: str
    kind: str
    at: str
    scheme: str = ""  # http: "bearer", "basic", ... (lower case)
    location: str = ""  # apiKey: header, query or cookie
    parameter_name: str = ""  # apiKey: the header, query parameter or cookie name
    bearer_format: str = ""
    flows: tuple[OAuthFlow, ...] = ()
    description: str = ""

    @property
    def is_bearer(self) -> bool:
        """Whether requests carry ``Authorization: Bearer <token>``."""
        return self.kind in ("oauth2", "openIdConnect") or (self.kind == "http" and self.scheme == "bearer")

    @property
    def is_basic(self) -> bool:
        return self.kind == "http" and self.scheme == "basic"

    def flow(self, kind: str) -> OAuthFlow | None:
        return next((flow for flow in self.flows if flow.kind == kind), None)


@dataclass(frozen=True)
class Pagination:
    """An operation's ``x-pagination``: query parameters and dotted paths into the 2xx body."""

    at: str
    page_param: str
    size_param: str | None
    items: tuple[str, ...]
    has_next: tuple[str, ...] | None = None
    current_page: tuple[str, ...] | None = None
    total_pages: tuple[str, ...] | None = None
    items_schema: str | None = None  # pointer of the items array's schema


@dataclass(frozen=True)
class StreamEvent:
    """One event type of a ``text/event-stream`` response: its name and the schema its ``data`` decodes into."""

    name: str
    at: str
    data_schema: str | None
    component: str | None  # the ``components/schemas`` name of the data schema, when it is a ``$ref`` to one


@dataclass(frozen=True)
class Operation:
    """One operation, with its parameters, body and responses resolved."""

    operation_id: str | None  # None when the document gives none
    method: str
    path: str
    at: str
    tags: tuple[str, ...]
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]
    security: tuple[dict[str, tuple[str, ...]], ...]
    pagination: Pagination | None = None
    events: tuple[StreamEvent, ...] = ()
    issues_tokens: bool = False  # its 2xx JSON body carries an ``access_token`` (login, refresh, token exchange)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def name(self) -> str:
        """The operationId, or a stand-in made of the method and path."""
        return self.operation_id or f"{self.method}_{self.path}"

    @property
    def path_names(self) -> tuple[str, ...]:
        return tuple(_TEMPLATE_PART.findall(self.path))

    @property
    def is_secured(self) -> bool:
        """Whether every alternative of its security requirements needs credentials."""
        return bool(self.security) and all(self.security)

    @property
    def takes_input(self) -> bool:
        return bool(self.parameters) or self.body is not None

    @property
    def statuses(self) -> frozenset[str]:
        return frozenset(response.status for response in self.responses)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """A regular expression matching the path, one positional group per template part (any name is fine)."""
        parts = _TEMPLATE_PART.split(self.path)
        return re.compile("".join("([^/]+)" if index % 2 else re.escape(part) for index, part in enumerate(parts)))

    def match(self, path: str) -> dict[str, str] | None:
        """Return the raw path parameters when ``path`` is this operation's, else None."""
        found = self.pattern.fullmatch(path)
        return None if found is None else dict(zip(self.path_names, found.groups(), strict=True))

    def response_for(self, code: int) -> Response | None:
        """Return the response documented for a status code: exact code first, then ranges, then default."""
        ranked = sorted(self.responses, key=lambda r: (r.status == "default", r.status.count("X")))
        return next((response for response in ranked if response.matches(code)), None)

    def documents(self, code: int) -> bool:
        response = self.response_for(code)
        return response is not None and response.status != "default"

    def success(self) -> Response | None:
        """Return the first documented 2xx (or else 3xx) response."""
        candidates = sorted((r for r in self.responses if r.status[0] in "23"), key=lambda r: r.status)
        return candidates[0] if candidates else None


@dataclass(frozen=True)
class Spec:
    """A whole document, read once: its operations, security schemes, examples and references.

    The ``x-websockets`` channels and ``x-job`` jobs are read by their own modules (``generator.channels``,
    ``generator.jobs``) on the same document, once, on first use.
    """

    source: Source
    document: dict[str, Any]
    resolver: Resolver
    openapi: str
    title: str
    version: str
    servers: tuple[str, ...]
    operations: tuple[Operation, ...]
    security_schemes: dict[str, SecurityScheme]
    security: tuple[dict[str, tuple[str, ...]], ...]
    schemas: dict[str, str]  # component schema name -> pointer
    examples: tuple[Example, ...]
    refs: tuple[Ref, ...]
    findings: tuple[Finding, ...]  # what the reading met and could not model
    tags: dict[str, str] = field(default_factory=dict)  # the top-level ``tags``: name -> description

    @property
    def file(self) -> str:
        return self.source.name

    @cached_property
    def channels(self) -> list[Any]:
        """The ``x-websockets`` channels (:class:`generator.channels.WebSocketChannel`), read by that module."""
        from generator.channels import websocket_channels

        return websocket_channels(self.document)

    @cached_property
    def jobs(self) -> list[Any]:
        """The long-running jobs ``x-job`` declares (:class:`generator.jobs.Job`), read by that module."""
        from generator.jobs import jobs

        return jobs(self.document)

    @property
    def base_url(self) -> str:
        return self.servers[0] if self.servers else ""

    @cached_property
    def base_path(self) -> str:
        from urllib.parse import urlparse

        return urlparse(self.base_url).path.rstrip("/")

    @cached_property
    def by_id(self) -> dict[str, Operation]:
        return {op.operation_id: op for op in self.operations if op.operation_id is not None}

    def operation(self, method: str, path: str) -> Operation | None:
        return next((op for op in self.operations if op.method == method and op.path == path), None)

    def node(self, at: str) -> Any:
        """The node at a pointer (``$ref``s in it are not followed)."""
        return self.resolver.node(at)

    def schema(self, at: str | None) -> Any:
        """The schema at a pointer, following ``$ref`` chains (None when there is none)."""
        return self.resolver.resolved(at)[0] if at is not None else None

    def finding(self, at: str, rule: str, message: str, severity: Severity = "error") -> Finding:
        """A finding located at a pointer of this document, with line and column."""
        return self.source.finding(at, rule, message, severity)

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """Find the operation for a request path below the base path.

        Returns (operation, raw path parameters, allowed methods when only the method did not match).
        """
        local = self.strip_base(path)
        if local is None:
            return None, {}, []
        allowed: list[str] = []
        best: tuple[int, Operation, dict[str, str]] | None = None
        for operation in self.operations:
            params = operation.match(local)
            if params is None:
                continue
            literal = len(_TEMPLATE_PART.sub("", operation.path))
            if operation.method != method.lower():
                allowed.append(operation.method.upper())
            elif best is None or literal > best[0]:
                best = (literal, operation, params)
        if best is None:
            return None, {}, sorted(set(allowed))
        return best[1], best[2], []

    def strip_base(self, path: str) -> str | None:
        """The path below the servers' base path, or None when it is not below it."""
        if not self.base_path:
            return path
        if path == self.base_path or path.startswith(self.base_path + "/"):
            return path[len(self.base_path) :] or "/"
        return None

    def api_key_schemes(self) -> list[SecurityScheme]:
        return [scheme for scheme in self.security_schemes.values() if scheme.kind == "apiKey"]

    def bearer_schemes(self) -> list[SecurityScheme]:
        return [scheme for scheme in self.security_schemes.values() if scheme.is_bearer]
