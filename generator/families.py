"""The registry of API families: adding an API is one entry here plus its spec in openapi/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "openapi"
TEMPLATES_DIR = ROOT / "templates"
GENERATED_DIR = ROOT / "generated"


@dataclass(frozen=True)
class Family:
    """One API family: where its spec lives and how its client package is generated.

    Args:
        name: Short name used on the command line and as the environment variable prefix.
        spec: The OpenAPI document, relative to ``openapi/``.
        package: The generated Python package (and its folder under ``generated/``).
        error_schemas: Component schemas that make up the family's error bodies.
        auth: How the generated client logs in and refreshes (read by the runtime templates).
    """

    name: str
    spec: str
    package: str
    error_schemas: tuple[str, ...] = ("Error",)
    auth: dict[str, str] = field(default_factory=dict)

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
            auth={
                "login_path": "/api/v1/auth/login",
                "login_fields": "username,password",
                "refresh_path": "/api/v1/auth/refresh",
                "refresh_style": "body",
                "api_key_style": "bearer",
            },
        ),
        Family(
            name="cortex",
            spec="cortex.yaml",
            package="cortex_client",
            auth={
                "login_path": "/auth/login",
                "login_fields": "email,password",
                "refresh_path": "/auth/refresh",
                "refresh_style": "bearer",
                "api_key_style": "header",
            },
        ),
        Family(
            name="reviewpoint",
            spec="reviewpoint.yaml",
            package="reviewpoint_client",
            error_schemas=("Error", "HTTPValidationError"),
            auth={
                "login_path": "/api/v1/auth/login",
                "login_fields": "email,password",
                "refresh_path": "/api/v1/auth/refresh",
                "refresh_style": "body",
                "api_key_style": "header",
            },
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
