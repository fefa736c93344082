"""The mock of each family, served once per test session on 127.0.0.1: websocket and README example tests share it.

Channels send a round of messages every 0.03 s (tests wait less), and the mocks accept the README's API key
(``service-key``) besides each family's default one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from generator.contract.mock import MockApp, MockConfig, create_app, default_api_key, serving
from generator.families import FAMILIES as SPECS

from .families import FAMILIES, Family

README_API_KEY = "service-key"
CREDENTIALS = {"pwc": ("data_engineer", "SecurePass123!"), "cortex": ("user@example.com", "pw-1234567")}
CREDENTIALS["reviewpoint"] = ("user@example.com", "pw-1234567")


@dataclass(frozen=True)
class Case:
    """One family's channel under test: its class names, the topics to subscribe to, the model expected."""

    channel: str
    topics: tuple[str, ...]
    model: str


CASES = {
    "pwc": Case("SalesUpdates", (), "SalesUpdateMessage"),
    "cortex": Case("Realtime", ("widget:w-1",), "WidgetChannelMessage"),
    "reviewpoint": Case("Events", ("file_uploaded",), "FileUploadedMessage"),
}


@dataclass
class Served:
    """A family's mock, served: its app (and state) and its URL (without the spec's base path)."""

    family: Family
    app: MockApp
    url: str

    @property
    def base_url(self) -> str:
        """The URL clients use: the server's, with the spec's base path (``/v1`` for Cortex)."""
        return self.family.base_url(self.url)

    @property
    def case(self) -> Case:
        return CASES[self.family.name]

    @property
    def server(self) -> Any:
        return self.app.mock.channels

    def module(self) -> Any:
        return self.family.module("channels")

    def async_class(self) -> Any:
        return getattr(self.module(), f"{self.case.channel}Channel")

    def sync_class(self) -> Any:
        return getattr(self.module(), f"{self.case.channel}SyncChannel")

    def model(self) -> type:
        return getattr(self.family.module("models"), self.case.model)  # type: ignore[no-any-return]

    def fast(self, **options: Any) -> Any:
        reconnect = self.module().Reconnect(max_retries=3, initial_delay=0.01, max_delay=0.05, jitter=0.0)
        return {"reconnect": reconnect, **options}

    def client(self, login: bool = True, **options: Any) -> Any:
        client = self.family.client(self.url, **options)
        if login:
            client.login(*CREDENTIALS[self.family.name])
        return client


@contextmanager
def serving_all() -> Iterator[dict[str, Served]]:
    """Serve every family's mock; yield them by family name."""
    with ExitStack() as stack:
        served = {}
        for family in FAMILIES:
            spec = SPECS[family.name]
            config = MockConfig(api_keys=(default_api_key(spec), README_API_KEY), websocket_interval=0.03)
            app = create_app(spec, config)
            served[family.name] = Served(family, app, stack.enter_context(serving(app)))
        yield served
