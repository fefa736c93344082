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
    bearer, keys = [], []
    for name, scheme in api.security_schemes.items():
        kind = scheme.get("type")
        if kind == "apiKey":
            keys.append(name)
        elif kind in ("oauth2", "openIdConnect") or (kind == "http" and scheme.get("scheme", "").lower() == "bearer"):
            bearer.append(name)
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
    bearer_key = credentials.api_key if api.family.auth.get("api_key_style") == "bearer" else None
    if credentials.token or (bearer_key and not credentials.login):
        static.update({name: {"bearer": str(credentials.token or bearer_key)} for name in bearer})
    elif credentials.login and api.family.auth.get("login_path") and bearer:
        path = api.family.auth["login_path"]
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
    login_path = api.family.auth.get("login_path")
    login = next((op for op in api.operations if op.path == login_path and op.method == "post"), None)
    example = next((media.example for media in (login.body.values() if login else []) if media.has_example), None)
    fields = [name.strip() for name in api.family.auth.get("login_fields", "").split(",") if name.strip()]
    values = {name: str(example[name]) for name in fields if isinstance(example, dict) and name in example}
    return Credentials(login=values if len(values) == len(fields) else {}, api_key=default_api_key(api.family))
