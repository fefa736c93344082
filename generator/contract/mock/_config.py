"""Mock server configuration: one frozen object, built by the CLI or by tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.contract.mock._websocket import DEFAULT_INTERVAL
from generator.families import Family

__all__ = ["MockConfig", "default_api_key"]


def default_api_key(family: Family) -> str:
    """Return the API key a mock accepts when none is configured (``pwc_mock_api_key`` for PwC)."""
    return f"{family.name}_mock_api_key"


@dataclass(frozen=True)
class MockConfig:
    """How a mock server behaves beyond what the spec says.

    Args:
        api_keys: API keys accepted by apiKey schemes (and as bearer tokens where the family sends keys that way);
            empty means the family's default key.
        basic_users: Accepted HTTP basic credentials, user name to password.
        surprises: The share of JSON answers that carry a property the spec does not list in each open object
            and a value outside the known ones in each open value set, as newer servers send them (0 turns this
            off). Such answers still conform to the spec.
        unlisted_enums: Surprises also replace enum values with values the spec does not list. Such answers break
            the contract on purpose: for suites that test clients, never for conformance checks.
        seed: Seed of the choice which answers carry surprises.
        websocket_interval: Seconds between the scripted message rounds of a websocket channel.
    """

    api_keys: tuple[str, ...] = ()
    basic_users: dict[str, str] = field(default_factory=dict)
    surprises: float = 0.25
    unlisted_enums: bool = False
    seed: int = 0
    websocket_interval: float = DEFAULT_INTERVAL

    def keys_for(self, family: Family) -> frozenset[str]:
        return frozenset(self.api_keys or (default_api_key(family),))
