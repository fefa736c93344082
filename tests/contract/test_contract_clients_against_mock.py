"""Generated clients against the mock server, with every answer surprised: unknown properties, unlisted values.

The mock runs on loopback with ``MockConfig(surprises=1.0, unlisted_enums=True)``: each JSON answer carries a
property the spec does not list in every open object and a value the spec does not list in every value set,
enums included (which breaks the contract on purpose). Every operation is called with its seed-shaped arguments
(``tests/seed_shaped/fixtures``), which the mock validates as requests; every call must succeed, and the surprises
must be visible in what the clients return.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from generator.contract._surprises import UNKNOWN_PROPERTY
from generator.contract.mock import MockConfig, create_app, default_api_key, serving
from generator.families import FAMILIES
from tests.seed_shaped.test_seed_shaped import FIXTURES, MODULES, PACKAGES, arguments, call

CONFIG = MockConfig(surprises=1.0, unlisted_enums=True, seed=8)


@pytest.mark.parametrize("family", FAMILIES)
def test_clients_survive_a_surprising_mock(family: str, tmp_path: Path) -> None:
    app = create_app(FAMILIES[family], CONFIG)
    failures: dict[str, str] = {}
    surprises: set[str] = set()
    with serving(app) as root:
        url = root + app.mock.api.base_path
        for operation, module in sorted(MODULES[family].items()):
            try:
                result = call(module, *_call(family, operation, url, app, tmp_path))
            except Exception as exc:  # every operation is reported, not just the first failing one
                failures[operation] = f"{type(exc).__name__}: {exc}"
                continue
            surprises.update(kind for kind, _ in _surprises(result))

    assert failures == {}
    assert "property" in surprises
    if family == "cortex":  # DataSource.type and PipelineStepInfo.type are the response enums the seeds attest
        assert "enum" in surprises


def _call(family: str, operation: str, url: str, app: Any, files: Path) -> tuple[Any, dict[str, Any]]:
    """The client and arguments of an operation's seed-shaped call, against a mock that knows their ids."""
    module = MODULES[family][operation]
    api = PACKAGES[family].Client(url, api_key=default_api_key(FAMILIES[family]), max_retries=0)
    tokens = api.login(**FIXTURES[family].exchanges["login"].call["body"])
    kwargs = dict(FIXTURES[family].exchanges[operation].call)
    if operation == "refresh_access_token":  # the mock accepts only refresh tokens it issued
        if "body" in kwargs:
            kwargs["body"] = {"refresh_token": tokens.refresh_token}
        else:
            api = PACKAGES[family].Client(url, access_token=tokens.refresh_token, max_retries=0)
    _create_resources(app, kwargs)
    return api, arguments(module, kwargs, files)


def _create_resources(app: Any, call: dict[str, Any]) -> None:
    """The ids a call names exist, as if created earlier (the mock 404s ids its links never created)."""
    store = app.mock.store
    for name, value in call.items():
        if name in store.tracked:
            store.resources[(name, str(value))] = {}


def _surprises(value: Any) -> Iterator[tuple[str, Any]]:
    if getattr(value, "is_known", True) is False:
        yield "enum", value
    if (
        isinstance(getattr(value, "additional_properties", None), dict)
        and UNKNOWN_PROPERTY in value.additional_properties
    ):
        yield "property", value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _surprises(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _surprises(getattr(item, "data", item))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _surprises(item)
        if UNKNOWN_PROPERTY in value:
            yield "property", value
