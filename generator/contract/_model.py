"""An OpenAPI document read into what the contract tools need: operations, routes, schemas, links.

Every schema stays where it is in the document and is named by its JSON pointer, so validation errors and
findings point at the spec itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from generator.families import Family
from generator.findings import pointer
from generator.spec import load, lookup, operations

__all__ = [
    "Api",
    "AuthFlow",
    "CredentialScheme",
    "Link",
    "MediaSpec",
    "Operation",
    "Parameter",
    "ResponseSpec",
    "auth_flow",
    "linked_operations",
    "load_api",
    "login_fields",
]

_TEMPLATE_PART = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation (path, query, header or cookie)."""

    name: str
    location: str
    required: bool
    schema: str  # JSON pointer of the schema in the document
    style: str
    explode: bool
    example: Any = None


@dataclass(frozen=True)
class MediaSpec:
    """One media type of a request or response body."""

    media_type: str
    schema: str | None
    example: Any = None
    has_example: bool = False
    encoding: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Link:
    """A response link: the target operation takes ``parameter`` from the response body at ``source``."""

    name: str
    operation_id: str
    parameter: str
    expression: str

    @property
    def body_pointer(self) -> str | None:
        """The JSON pointer into the response body, for ``$response.body#/...`` expressions."""
        prefix = "$response.body#"
        return self.expression[len(prefix) :] if self.expression.startswith(prefix) else None


@dataclass(frozen=True)
class ResponseSpec:
    """One documented response of an operation."""

    status: str  # "200", "4XX", "default"
    at: str
    content: dict[str, MediaSpec]
    headers: dict[str, tuple[bool, str, Any]]  # name -> (required, schema pointer, example)
    links: tuple[Link, ...]

    def matches(self, code: int) -> bool:
        if self.status == "default":
            return True
        return all(want in ("X", "x", got) for want, got in zip(self.status, str(code), strict=True))


@dataclass(frozen=True)
class Operation:
    """One operation, with its parameters, body and responses resolved to document pointers."""

    operation_id: str
    method: str
    path: str
    at: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body_required: bool
    body: dict[str, MediaSpec]
    responses: tuple[ResponseSpec, ...]
    security: tuple[dict[str, list[str]], ...]
    pattern: re.Pattern[str]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def path_names(self) -> tuple[str, ...]:
        return tuple(_TEMPLATE_PART.findall(self.path))

    def response_for(self, code: int) -> ResponseSpec | None:
        """Return the response documented for a status code: exact code first, then ranges, then default."""
        ranked = sorted(self.responses, key=lambda r: (r.status == "default", r.status.upper().count("X")))
        return next((response for response in ranked if response.matches(code)), None)

    def documents(self, code: int) -> bool:
        response = self.response_for(code)
        return response is not None and response.status != "default"

    def success(self) -> ResponseSpec | None:
        """Return the first documented 2xx (or else 3xx) response."""
        candidates = sorted((r for r in self.responses if r.status[0] in "23"), key=lambda r: r.status)
        return candidates[0] if candidates else None


@dataclass
class Api:
    """A family's spec, loaded once: operations, routing, the security schemes and the base path."""

    family: Family
    document: dict[str, Any]
    operations: list[Operation]
    base_path: str

    @cached_property
    def by_id(self) -> dict[str, Operation]:
        return {operation.operation_id: operation for operation in self.operations}

    @property
    def security_schemes(self) -> dict[str, dict[str, Any]]:
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        return {name: resolve_pointer(self.document, scheme, "")[0] for name, scheme in schemes.items()}

    @property
    def error_schema(self) -> str:
        return pointer("components", "schemas", self.family.error_schemas[0])

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """Find the operation for a request; returns (operation, raw path parameters, allowed methods)."""
        local = self.strip_base(path)
        if local is None:
            return None, {}, []
        allowed: list[str] = []
        best: tuple[int, Operation, dict[str, str]] | None = None
        for operation in self.operations:
            match = operation.pattern.fullmatch(local)
            if match is None:
                continue
            literal = len(_TEMPLATE_PART.sub("", operation.path))
            if operation.method != method.lower():
                allowed.append(operation.method.upper())
            elif best is None or literal > best[0]:
                best = (literal, operation, match.groupdict())
        if best is None:
            return None, {}, sorted(set(allowed))
        return best[1], best[2], []

    def strip_base(self, path: str) -> str | None:
        if not self.base_path:
            return path
        if path == self.base_path or path.startswith(self.base_path + "/"):
            return path[len(self.base_path) :] or "/"
        return None


def load_api(family: Family) -> Api:
    """Load a family's spec into an :class:`Api`.

    Raises:
        generator.spec.SpecError: The spec cannot be read.
    """
    path = family.spec_path
    return build_api(family, _document(path, path.stat().st_mtime_ns if path.exists() else 0))


@functools.lru_cache(maxsize=16)
def _document(path: Path, mtime_ns: int) -> dict[str, Any]:
    """Load a spec once per file version (the contract tools never modify a document)."""
    del mtime_ns  # part of the cache key only
    return load(path)


def build_api(family: Family, document: dict[str, Any]) -> Api:
    """Build an :class:`Api` from an already loaded document."""
    default_security = tuple(document.get("security") or [])
    found = [
        _operation(document, path, method, node, at, default_security)
        for path, method, node, at in operations(document)
    ]
    servers = document.get("servers") or [{}]
    base_path = urlparse(str(servers[0].get("url", ""))).path.rstrip("/")
    return Api(family=family, document=document, operations=found, base_path=base_path)


def resolve_pointer(document: dict[str, Any], node: Any, at: str) -> tuple[Any, str]:
    """Follow local ``$ref`` chains, keeping track of the JSON pointer of the node reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        at = node["$ref"][1:]
        node = lookup(document, node["$ref"])
    return node, at


def _operation(
    document: dict[str, Any],
    path: str,
    method: str,
    node: dict[str, Any],
    at: str,
    default_security: tuple[dict[str, list[str]], ...],
) -> Operation:
    path_item = (document.get("paths") or {}).get(path) or {}
    declared: dict[tuple[str, str], Parameter] = {}
    for base, raw in [(pointer("paths", path), path_item), (at, node)]:
        for index, item in enumerate(raw.get("parameters") or []):
            parameter = _parameter(document, item, base + pointer("parameters", index))
            if parameter is not None:
                declared[(parameter.location, parameter.name)] = parameter
    body, body_at = resolve_pointer(document, node.get("requestBody"), at + "/requestBody")
    body = body or {}
    responses = tuple(
        _response(document, str(status), raw, at + pointer("responses", status))
        for status, raw in (node.get("responses") or {}).items()
    )
    regex = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part) for index, part in enumerate(_TEMPLATE_PART.split(path))
    )
    return Operation(
        operation_id=str(node.get("operationId") or f"{method}_{path}"),
        method=method,
        path=path,
        at=at,
        tags=tuple(node.get("tags") or ()),
        parameters=tuple(declared.values()),
        body_required=bool(body.get("required", False)),
        body=_content(document, body.get("content") or {}, body_at + "/content"),
        responses=responses,
        security=tuple(node.get("security", default_security) or ()),
        pattern=re.compile(regex),
    )


def _parameter(document: dict[str, Any], raw: Any, at: str) -> Parameter | None:
    node, at = resolve_pointer(document, raw, at)
    if not isinstance(node, dict) or "name" not in node:
        return None
    location = str(node.get("in", "query"))
    style = str(node.get("style", {"query": "form", "cookie": "form"}.get(location, "simple")))
    schema_at = at + "/schema"
    if "schema" not in node:
        media = next(iter((node.get("content") or {}).items()), None)
        schema_at = at + pointer("content", media[0], "schema") if media else ""
    return Parameter(
        name=str(node["name"]),
        location=location,
        required=bool(node.get("required", location == "path")),
        schema=schema_at,
        style=style,
        explode=bool(node.get("explode", style == "form")),
        example=node.get("example"),
    )


def _content(document: dict[str, Any], content: dict[str, Any], at: str) -> dict[str, MediaSpec]:
    result = {}
    for media_type, media in content.items():
        media = media or {}
        has_example = "example" in media or bool(media.get("examples"))
        example = media.get("example")
        if "example" not in media and isinstance(media.get("examples"), dict) and media["examples"]:
            first, _ = resolve_pointer(document, next(iter(media["examples"].values())), "")
            example = (first or {}).get("value")
        result[media_type] = MediaSpec(
            media_type=media_type,
            schema=at + pointer(media_type, "schema") if "schema" in media else None,
            example=example,
            has_example=has_example,
            encoding=dict(media.get("encoding") or {}),
        )
    return result


def _response(document: dict[str, Any], status: str, raw: Any, at: str) -> ResponseSpec:
    node, at = resolve_pointer(document, raw, at)
    node = node or {}
    headers = {}
    for name, header in (node.get("headers") or {}).items():
        resolved, header_at = resolve_pointer(document, header, at + pointer("headers", name))
        resolved = resolved or {}
        headers[name] = (bool(resolved.get("required", False)), header_at + "/schema", resolved.get("example"))
    links = tuple(_links(document, node.get("links") or {}))
    content = _content(document, node.get("content") or {}, at + "/content")
    return ResponseSpec(status=status.upper(), at=at, content=content, headers=headers, links=links)


def _links(document: dict[str, Any], links: dict[str, Any]) -> Iterator[Link]:
    for name, raw in links.items():
        link, _ = resolve_pointer(document, raw, "")
        if not isinstance(link, dict) or "operationId" not in link:
            continue
        for parameter, expression in (link.get("parameters") or {}).items():
            yield Link(str(name), str(link["operationId"]), str(parameter).split(".")[-1], str(expression))


@dataclass(frozen=True)
class CredentialScheme:
    """A security scheme as a client fills it: ``bearer`` (HTTP bearer, OAuth2, OpenID Connect), ``api_key``, ``basic``.

    Args:
        location: Where an API key goes (``header``, ``query``, ``cookie``); ``header`` for the others.
        parameter: The header, query or cookie name (``Authorization`` for bearer and basic).
    """

    name: str
    kind: str
    location: str = "header"
    parameter: str = "Authorization"


@dataclass(frozen=True)
class AuthFlow:
    """How a family authenticates: its login and refresh operations, login fields, and credential schemes.

    Args:
        refresh_by_bearer: The refresh operation takes the refresh token as its bearer token (Cortex), not in its body.
        api_key_as_bearer: API keys are sent as bearer tokens (PwC), not under an apiKey scheme.
    """

    login: Operation | None
    refresh: Operation | None
    login_fields: tuple[str, ...]
    refresh_by_bearer: bool
    api_key_as_bearer: bool
    schemes: dict[str, CredentialScheme]

    def kinds(self, requirement: dict[str, list[str]]) -> set[str]:
        """Return the credential kinds one security requirement (an alternative of ``security``) asks for."""
        return {self.schemes[name].kind if name in self.schemes else "unknown" for name in requirement}

    @property
    def api_key_schemes(self) -> list[CredentialScheme]:
        return [scheme for scheme in self.schemes.values() if scheme.kind == "api_key"]


def login_fields(family: Family) -> tuple[str, ...]:
    """Return the fields a family logs in with (``("username", "password")`` for PwC)."""
    return tuple(name.strip() for name in family.auth.get("login_fields", "").split(",") if name.strip())


def auth_flow(api: Api) -> AuthFlow:
    """Return the family's authentication facts, read from its registry entry and its security schemes."""
    auth = api.family.auth

    def post_at(path: str | None) -> Operation | None:
        return next((op for op in api.operations if path and op.path == path and op.method == "post"), None)

    schemes = {}
    for name, raw in api.security_schemes.items():
        kind = str(raw.get("type", ""))
        if kind == "apiKey":
            schemes[name] = CredentialScheme(name, "api_key", str(raw.get("in", "header")), str(raw.get("name", "")))
        elif kind in ("oauth2", "openIdConnect") or (kind == "http" and str(raw.get("scheme", "")).lower() == "bearer"):
            schemes[name] = CredentialScheme(name, "bearer")
        elif kind == "http" and str(raw.get("scheme", "")).lower() == "basic":
            schemes[name] = CredentialScheme(name, "basic")
        else:
            schemes[name] = CredentialScheme(name, "other")
    return AuthFlow(
        login=post_at(auth.get("login_path")),
        refresh=post_at(auth.get("refresh_path")),
        login_fields=login_fields(api.family),
        refresh_by_bearer=auth.get("refresh_style") == "bearer",
        api_key_as_bearer=auth.get("api_key_style") == "bearer",
        schemes=schemes,
    )


def linked_operations(api: Api, operation_ids: set[str]) -> bool:
    """Whether a response link of one of these operations leads to one of them (what a stateful run needs)."""
    return any(
        link.operation_id in operation_ids
        for operation in api.operations
        if operation.operation_id in operation_ids
        for response in operation.responses
        for link in response.links
    )
