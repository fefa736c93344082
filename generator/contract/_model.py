"""A family's spec as the contract tools see it: the typed model of :mod:`generator.spec` plus the family.

The mock and the fuzzer read everything about the document from :class:`~generator.spec.Spec`; this module only
adds what the family registry knows (its error shape, how it logs in) and how a client fills each security scheme.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.families import Family
from generator.spec import (
    Header,
    Link,
    Media,
    Operation,
    Parameter,
    Response,
    SecurityScheme,
    Spec,
    from_document,
    load,
    pointer,
)

__all__ = [
    "Api",
    "AuthFlow",
    "CredentialScheme",
    "Header",
    "Link",
    "Media",
    "Operation",
    "Parameter",
    "Response",
    "auth_flow",
    "build_api",
    "linked_operations",
    "load_api",
    "login_fields",
]


@dataclass(frozen=True)
class Api:
    """A family's spec, loaded once, with the family it belongs to."""

    family: Family
    spec: Spec

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    @property
    def operations(self) -> tuple[Operation, ...]:
        return self.spec.operations

    @property
    def base_path(self) -> str:
        return self.spec.base_path

    @cached_property
    def by_id(self) -> dict[str, Operation]:
        return {operation.name: operation for operation in self.spec.operations}

    @property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        return self.spec.security_schemes

    @property
    def error_schema(self) -> str:
        return pointer("components", "schemas", self.family.error_schemas[0])

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """Find the operation for a request; returns (operation, raw path parameters, allowed methods)."""
        return self.spec.route(method, path)

    def strip_base(self, path: str) -> str | None:
        return self.spec.strip_base(path)


def load_api(family: Family) -> Api:
    """Load a family's spec into an :class:`Api` (once per file version).

    Raises:
        generator.spec.SpecError: The spec cannot be read.
    """
    return Api(family, load(family.spec_path))


def build_api(family: Family, document: dict[str, Any]) -> Api:
    """Build an :class:`Api` from an already loaded document."""
    return Api(family, from_document(document, family.spec))


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

    def kinds(self, requirement: Mapping[str, Sequence[str]]) -> set[str]:
        """Return the credential kinds one security requirement (an alternative of ``security``) asks for."""
        return {self.schemes[name].kind if name in self.schemes else "unknown" for name in requirement}

    @property
    def api_key_schemes(self) -> list[CredentialScheme]:
        return [scheme for scheme in self.schemes.values() if scheme.kind == "api_key"]


def login_fields(family: Family) -> tuple[str, ...]:
    """Return the fields a family logs in with (``("username", "password")`` for PwC)."""
    return family.auth.login_fields if family.auth is not None else ()


def _credential_scheme(scheme: SecurityScheme) -> CredentialScheme:
    if scheme.kind == "apiKey":
        return CredentialScheme(scheme.name, "api_key", scheme.location or "header", scheme.parameter_name)
    if scheme.is_bearer:
        return CredentialScheme(scheme.name, "bearer")
    return CredentialScheme(scheme.name, "basic" if scheme.is_basic else "other")


def auth_flow(api: Api) -> AuthFlow:
    """Return the family's authentication facts, read from its registry entry and its security schemes."""
    auth = api.family.auth
    return AuthFlow(
        login=api.spec.operation("post", auth.login_path) if auth is not None else None,
        refresh=api.spec.operation("post", auth.refresh_path) if auth and auth.refresh_path else None,
        login_fields=login_fields(api.family),
        refresh_by_bearer=auth is not None and auth.refresh_style == "bearer",
        api_key_as_bearer=auth is not None and auth.api_key_as_bearer,
        schemes={name: _credential_scheme(scheme) for name, scheme in api.security_schemes.items()},
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
