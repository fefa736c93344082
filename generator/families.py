"""The registry of API families: adding an API is one entry here plus its spec in openapi/.

What a spec says is read from the spec (the API key header comes from its ``securitySchemes``); an entry holds
only what no OpenAPI document can say: how the family logs in and renews its tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "openapi"
TEMPLATES_DIR = ROOT / "templates"
GENERATED_DIR = ROOT / "generated"

RefreshStyle = Literal["body", "bearer"]
LoginBody = Literal["json", "form"]


@dataclass(frozen=True)
class Auth:
    """How a family's clients log in and renew their tokens.

    Args:
        login_path: The operation that exchanges credentials for tokens (a ``POST`` with a JSON body).
        login_fields: The login body's fields, the user's identity first and the secret last.
        refresh_path: The operation that renews an access token; None when tokens cannot be renewed.
        refresh_style: ``body`` sends ``{"refresh_token": ...}``; ``bearer`` sends the refresh token as the bearer.
        api_key_as_bearer: API keys travel as ``Authorization: Bearer <key>`` (the spec cannot say so when it
            declares no ``apiKey`` scheme); otherwise they go where the spec's ``apiKey`` scheme says.
        login_body: The login body's encoding: JSON, or a form (OAuth 2.0 password flow token endpoints).
    """

    login_path: str
    login_fields: tuple[str, ...] = ("username", "password")
    refresh_path: str | None = None
    refresh_style: RefreshStyle = "body"
    api_key_as_bearer: bool = False
    login_body: LoginBody = "json"

    def __post_init__(self) -> None:
        if len(self.login_fields) < 2 or len(set(self.login_fields)) != len(self.login_fields):
            msg = f"login_fields must name the identity and the secret, each once: {self.login_fields!r}"
            raise ValueError(msg)

    @property
    def identity_field(self) -> str:
        return self.login_fields[0]


@dataclass(frozen=True)
class Family:
    """One API family: where its spec lives and how its client package is generated.

    Args:
        name: Short name used on the command line and as the environment variable prefix.
        spec: The OpenAPI document, relative to ``openapi/`` (or an absolute path).
        package: The generated Python package (and its folder under ``generated/``).
        error_schemas: Component schemas that make up the family's error bodies.
        auth: How the generated client logs in and refreshes; None for an API without login.
    """

    name: str
    spec: str
    package: str
    error_schemas: tuple[str, ...] = ("Error",)
    auth: Auth | None = None

    @property
    def spec_path(self) -> Path:
        return SPECS_DIR / self.spec

    @property
    def output_dir(self) -> Path:
        return GENERATED_DIR / self.package

    @property
    def env_prefix(self) -> str:
        return self.name.upper()


FAMILIES: dict[str, Family] = {
    family.name: family
    for family in (
        Family(
            name="pwc",
            spec="pwc.yaml",
            package="pwc_client",
            auth=Auth(
                login_path="/api/v1/auth/login",
                login_fields=("username", "password"),
                refresh_path="/api/v1/auth/refresh",
                refresh_style="body",
                api_key_as_bearer=True,
            ),
        ),
        Family(
            name="cortex",
            spec="cortex.yaml",
            package="cortex_client",
            auth=Auth(
                login_path="/auth/login",
                login_fields=("email", "password"),
                refresh_path="/auth/refresh",
                refresh_style="bearer",
            ),
        ),
        Family(
            name="reviewpoint",
            spec="reviewpoint.yaml",
            package="reviewpoint_client",
            error_schemas=("Error", "HTTPValidationError"),
            auth=Auth(
                login_path="/api/v1/auth/login",
                login_fields=("email", "password"),
                refresh_path="/api/v1/auth/refresh",
                refresh_style="body",
            ),
        ),
    )
}


def select(names: list[str] | None) -> list[Family]:
    """Return the families named (all of them when none are), in registry order.

    Raises:
        KeyError: A name is not in the registry.
    """
    if not names:
        return list(FAMILIES.values())
    unknown = [name for name in names if name not in FAMILIES]
    if unknown:
        msg = f"unknown API family {', '.join(unknown)} (known: {', '.join(FAMILIES)})"
        raise KeyError(msg)
    return [FAMILIES[name] for name in names]
