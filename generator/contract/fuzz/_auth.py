"""Which credentials each operation gets, and the schemathesis auth provider that puts them on every request.

The API key goes on every request of the run, login and refresh included (deployments such as ReViewPoint's
want it on every route; the generated clients send it the same way). The bearer token goes to operations whose
security requirements name a bearer scheme; a family that refreshes with the refresh token as bearer (Cortex)
gets it on its refresh operation. An operation none of whose security requirements the given credentials can
meet is not run, with the reason; without any credentials every operation runs anonymously.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.contract._model import Api, AuthFlow, Operation, auth_flow
from generator.contract.fuzz._options import Credentials
from generator.contract.fuzz._session import Session
from generator.contract.mock import default_api_key

__all__ = ["Access", "CredentialProvider", "mock_credentials", "plan_access"]


@dataclass(frozen=True)
class Access:
    """How one operation is called: which token it gets (``access``, ``refresh`` or none), the API key, or why not."""

    token: str | None = None
    api_key: bool = False
    skip: str | None = None
    secured: bool = False


def plan_access(api: Api, flow: AuthFlow, session: Session) -> dict[str, Access]:
    """Return each operation's :class:`Access` (by label), given the credentials the session holds."""
    credentials = session.credentials
    held = {"api_key"} if credentials.api_key and flow.api_key_schemes else set()
    if session.bearer() is not None:
        held.add("bearer")
    return {operation.label: _access(operation, flow, session, held) for operation in api.operations}


def _access(operation: Operation, flow: AuthFlow, session: Session, held: set[str]) -> Access:
    requirements = [requirement for requirement in operation.security if requirement]
    secured = bool(requirements) and all(operation.security)
    wants_bearer = any("bearer" in flow.kinds(requirement) for requirement in requirements)
    refresh = flow.refresh is not None and operation.label == flow.refresh.label and flow.refresh_by_bearer
    token = ("refresh" if refresh else "access") if wants_bearer else None
    if token == "refresh" and session.refresh_token() is None:
        token = None
    access = Access(token=token if "bearer" in held else None, api_key="api_key" in held, secured=secured)
    if not secured or session.credentials.empty:
        return access
    if any(flow.kinds(requirement) <= held for requirement in requirements):
        return access
    return Access(skip=_why_not(requirements, flow, session), secured=True)


def _why_not(requirements: list[dict[str, tuple[str, ...]]], flow: AuthFlow, session: Session) -> str:
    accepted = " or ".join(" + ".join(requirement) for requirement in requirements)
    credentials = session.credentials
    missing: list[str] = []
    for kind in sorted({kind for requirement in requirements for kind in flow.kinds(requirement)}):
        if kind == "bearer":
            if session.failures:
                missing.append("the login failed (see above)")
            else:
                missing.append(f"set {' and '.join(credentials.env('login'))}, or {' '.join(credentials.env('token'))}")
        elif kind == "api_key":
            missing.append(f"set {' '.join(credentials.env('api_key'))}")
        else:
            missing.append(f"{kind} credentials are not supported by the fuzzer")
    return f"accepts only {accepted}: {'; '.join(dict.fromkeys(missing))}"


class CredentialProvider:
    """A schemathesis auth provider: put the planned credentials on each generated request."""

    def __init__(self, access: dict[str, Access], session: Session) -> None:
        self.access = access
        self.session = session

    def get(self, case: Any, context: Any) -> dict[str, str] | None:
        access = self.access.get(case.operation.label, Access())
        headers = dict(self.session.api_key_headers()) if access.api_key else {}
        token = self.session.bearer() if access.token == "access" else None
        if access.token == "refresh":
            token = self.session.refresh_token()
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return headers or None

    def set(self, case: Any, data: dict[str, str], context: Any) -> None:
        case.headers = {**(case.headers or {}), **data}


def mock_credentials(api: Api) -> Credentials:
    """Return credentials the embedded mock accepts: the login example of the spec and the default API key."""
    flow = auth_flow(api)
    login = flow.login
    content = login.body.content.values() if login is not None and login.body is not None else ()
    example = next((media.example for media in content if media.has_example), None)
    values = {name: str(example[name]) for name in flow.login_fields if isinstance(example, dict) and name in example}
    complete = bool(flow.login_fields) and len(values) == len(flow.login_fields)
    sources: dict[str, tuple[str, ...]] = {"login": ("the spec's login example",), "api_key": ("the mock's API key",)}
    return Credentials(login=values if complete else {}, api_key=default_api_key(api.family), sources=sources)
