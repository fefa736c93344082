"""Shared fixtures of the contract tests: the toy spec's API and mock client, the real families."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from generator.contract._model import Api, load_api
from generator.contract.mock import MockConfig, create_app
from generator.families import FAMILIES, Family
from tests.contract.toy import TOY, TOY_KEY

with warnings.catch_warnings():  # starlette asks for httpx2, which schemathesis does not use either
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

FAMILY_NAMES = list(FAMILIES)


@pytest.fixture(scope="session")
def toy_api() -> Api:
    return load_api(TOY)


@pytest.fixture
def toy_client(toy_api: Api) -> Iterator[TestClient]:
    app = create_app(TOY, MockConfig(api_keys=(TOY_KEY,), basic_users={"admin": "pw"}), api=toy_api)
    with TestClient(app, base_url="http://toy.test") as client:
        yield client


@pytest.fixture(params=FAMILY_NAMES)
def family(request: pytest.FixtureRequest) -> Family:
    return FAMILIES[str(request.param)]
