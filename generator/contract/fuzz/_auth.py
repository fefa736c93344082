"""Wire a family's login flow, token or API key into schemathesis' auth configuration.

A bearer token is used as is; otherwise login credentials make schemathesis log in at the family's login path
(and log in again on 401). An API key goes to every ``apiKey`` scheme, and to the bearer schemes of families
that send API keys as bearer tokens (PwC).
"""

from __future__ import annotations

from typing import Any

from generator.contract._model import Api
from generator.contract.fuzz._options import Credentials
from generator.contract.mock import default_api_key

__all__ = ["auth_config", "mock_credentials", "scheme_names"]


def scheme_names(api: Api) -> tuple[list[str], list[str]]:
    """Return the spec's (bearer-like scheme names, apiKey scheme names)."""
    bearer = [scheme.name for scheme in api.spec.bearer_schemes()]
    keys = [scheme.name for scheme in api.spec.api_key_schemes()]
    return bearer, keys


def auth_config(api: Api, credentials: Credentials, *, in_process: bool) -> dict[str, Any]:
    """Return the ``auth`` section of a schemathesis configuration for these credentials.

    Args:
        in_process: Requests go to an ASGI app, where schemathesis sends the login request to the path as given;
            over HTTP it resolves the path against the base URL, which already holds the spec's base path.
    """
    bearer, keys = scheme_names(api)
    static: dict[str, dict[str, str]] = {}
    dynamic: dict[str, dict[str, Any]] = {}
    if credentials.api_key:
        static.update({name: {"api_key": credentials.api_key} for name in keys})
    auth = api.family.auth
    bearer_key = credentials.api_key if auth is not None and auth.api_key_as_bearer else None
    if credentials.token or (bearer_key and not credentials.login):
        static.update({name: {"bearer": str(credentials.token or bearer_key)} for name in bearer})
    elif credentials.login and auth is not None and bearer:
        path = auth.login_path
        login = {
            "path": (api.base_path + path) if in_process else path,
            "payload": dict(credentials.login),
            "extract_selector": "/access_token",
        }
        dynamic[bearer[0]] = login
    section: dict[str, Any] = {}
    if static:
        section["openapi"] = static
    if dynamic:
        section["dynamic"] = {"openapi": dynamic}
    return section


def mock_credentials(api: Api) -> Credentials:
    """Return credentials the embedded mock accepts: the login example of the spec and the default API key."""
    auth = api.family.auth
    login = api.spec.operation("post", auth.login_path) if auth is not None else None
    content = login.body.content.values() if login is not None and login.body is not None else ()
    example = next((media.example for media in content if media.has_example), None)
    fields = auth.login_fields if auth is not None else ()
    values = {name: str(example[name]) for name in fields if isinstance(example, dict) and name in example}
    return Credentials(login=values if len(values) == len(fields) else {}, api_key=default_api_key(api.family))
