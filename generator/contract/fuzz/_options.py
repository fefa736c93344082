"""Fuzzing options: one frozen object the CLI and the tests build, and the library reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.contract._model import login_fields
from generator.families import Family

__all__ = ["PHASES", "Credentials", "FuzzOptions", "Progress", "credentials_from_env"]

PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class Credentials:
    """What to authenticate with, and the environment variables each credential came from.

    Args:
        login: Login fields (username or email, and password), sent to the family's login operation.
        token: A bearer token, used as it is.
        api_key: An API key.
        sources: Credential kind (``login``, ``token``, ``api_key``) to the environment variables it came from,
            named in messages about refused credentials.
    """

    login: dict[str, str] = field(default_factory=dict, repr=False)
    token: str | None = field(default=None, repr=False)
    api_key: str | None = field(default=None, repr=False)
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.login or self.token or self.api_key)

    @property
    def secrets(self) -> set[str]:
        """Every secret value, to be masked wherever it could appear in output."""
        values = {self.token, self.api_key, *(value for name, value in self.login.items() if "pass" in name.lower())}
        return {value for value in values if value}

    def env(self, *kinds: str) -> tuple[str, ...]:
        """Return the environment variables of these credential kinds, or their kind names when unknown."""
        names: list[str] = []
        for kind in kinds:
            names.extend(self.sources.get(kind, (kind,)))
        return tuple(names)


def credentials_from_env(family: Family, environ: Mapping[str, str]) -> Credentials:
    """Read a family's credentials from ``<PREFIX>_<FIELD>``, ``<PREFIX>_TOKEN`` and ``<PREFIX>_API_KEY``.

    The login fields are the family's (``PWC_USERNAME``/``PWC_PASSWORD``, ``CORTEX_EMAIL``/``CORTEX_PASSWORD``, ...);
    login is used only when every field is set.
    """
    prefix = family.env_prefix
    names = login_fields(family)
    variables = {name: f"{prefix}_{name.upper()}" for name in names}
    login = {name: environ.get(variable, "") for name, variable in variables.items()}
    return Credentials(
        login=login if names and all(login.values()) else {},
        token=environ.get(f"{prefix}_TOKEN") or None,
        api_key=environ.get(f"{prefix}_API_KEY") or None,
        sources={"login": tuple(variables.values()), "token": (f"{prefix}_TOKEN",), "api_key": (f"{prefix}_API_KEY",)},
    )


@dataclass(frozen=True)
class Progress:
    """Where a run is: the phase, operations done in it out of its total, requests sent, seconds elapsed."""

    phase: str
    done: int
    total: int
    requests: int
    elapsed: float


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
        skip_operations: Leave these operationIds out (say, ``login`` or ``register_user`` on a live deployment).
        workers: Concurrent schemathesis workers.
        progress: Called as the run advances (the CLI draws a progress line with it).
        websocket_seconds: Upper bound of listening to each websocket channel.
        websocket_topics: Topics to subscribe to on channels with subscriptions (default: the spec's examples).
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
    skip_operations: tuple[str, ...] = ()
    workers: int = 1
    progress: Callable[[Progress], None] | None = field(default=None, compare=False, repr=False)
    websocket_seconds: float = 5.0
    websocket_topics: tuple[str, ...] = ()

    def selects(self, operation: str) -> bool:
        """Whether the run fuzzes this operation (by operationId): chosen, or all chosen, and not skipped."""
        return (not self.operations or operation in self.operations) and operation not in self.skip_operations
