"""Fuzzing options: one frozen object the CLI and the tests build, and the library reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.families import Family

__all__ = ["Credentials", "FuzzOptions", "PHASES", "credentials_from_env"]

PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class Credentials:
    """What to authenticate with: login fields (username/email and password), a bearer token, an API key."""

    login: dict[str, str] = field(default_factory=dict)
    token: str | None = None
    api_key: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.login or self.token or self.api_key)


def credentials_from_env(family: Family, environ: Mapping[str, str]) -> Credentials:
    """Read a family's credentials from ``<PREFIX>_<FIELD>``, ``<PREFIX>_TOKEN`` and ``<PREFIX>_API_KEY``.

    The login fields are the family's (``PWC_USERNAME``/``PWC_PASSWORD``, ``CORTEX_EMAIL``/``CORTEX_PASSWORD``, ...);
    login is used only when every field is set.
    """
    prefix = family.env_prefix
    names = family.auth.login_fields if family.auth is not None else ()
    login = {name: environ.get(f"{prefix}_{name.upper()}", "") for name in names}
    return Credentials(
        login=login if names and all(login.values()) else {},
        token=environ.get(f"{prefix}_TOKEN") or None,
        api_key=environ.get(f"{prefix}_API_KEY") or None,
    )


@dataclass(frozen=True)
class FuzzOptions:
    """One fuzzing run.

    Args:
        family: The API family whose spec is the contract.
        base_url: The deployment to fuzz (with the spec's base path, e.g. ``https://host/v1``); None with ``app``.
        app: An ASGI app to fuzz in-process instead of a URL.
        credentials: How to authenticate; empty means unauthenticated (every secured operation should answer 401).
        max_examples: Generated cases per operation and generation mode.
        max_time: Upper bound of the whole run, in seconds.
        rate_limit: Request rate bound, e.g. ``"10/s"`` or ``"100/m"``.
        request_timeout: Seconds before one request counts as timed out.
        seed: Fixed seed for reproducible runs.
        phases: Which schemathesis phases run.
        stateful_steps: Upper bound of steps per stateful scenario.
        operations: Restrict the run to these operationIds (all when empty).
        junit: Where to write the JUnit XML report (none when None).
    """

    family: Family
    base_url: str | None = None
    app: Any = None
    credentials: Credentials = field(default_factory=Credentials)
    max_examples: int = 50
    max_time: int | None = None
    rate_limit: str | None = None
    request_timeout: float = 10.0
    seed: int | None = None
    phases: tuple[str, ...] = PHASES
    stateful_steps: int = 20
    operations: tuple[str, ...] = ()
    junit: Path | None = None
    workers: int = 1
