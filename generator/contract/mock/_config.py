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
        websocket_interval: Seconds between the scripted message rounds of a websocket channel.
    """

    api_keys: tuple[str, ...] = ()
    basic_users: dict[str, str] = field(default_factory=dict)
    websocket_interval: float = DEFAULT_INTERVAL

    def keys_for(self, family: Family) -> frozenset[str]:
        return frozenset(self.api_keys or (default_api_key(family),))
