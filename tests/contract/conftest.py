"""Shared fixtures of the contract tests: the toy spec, the real families, budgets."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette asks for httpx2, which schemathesis does not use either
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from generator.contract._model import Api, load_api
from generator.contract.mock import MockConfig, create_app
from generator.families import FAMILIES, Family

HERE = Path(__file__).resolve().parent
TOY = Family(
    name="toy",
    spec=os.path.relpath(HERE / "specs" / "toy.yaml", HERE.parent.parent / "openapi"),
    package="toy_client",
    error_schemas=("Error", "Invalid"),
    auth={"login_path": "/auth/login", "login_fields": "email,password", "refresh_style": "body"},
)
TOY_KEY = "toy-key"
FAMILY_NAMES = list(FAMILIES)


@pytest.fixture(scope="session")
def toy_api() -> Api:
    return load_api(TOY)


@pytest.fixture
def toy_client(toy_api: Api) -> Iterator[TestClient]:
    app = create_app(TOY, MockConfig(api_keys=(TOY_KEY,), basic_users={"admin": "pw"}), api=toy_api)
    with TestClient(app, base_url="http://toy.test") as client:
        yield client


def login(client: TestClient, prefix: str = "/api") -> dict[str, str]:
    """Log in to the toy mock; return the token response."""
    response = client.post(f"{prefix}/auth/login", json={"email": "user@example.com", "password": "x"})
    assert response.status_code == 200, response.text
    return dict(response.json())


@pytest.fixture(params=FAMILY_NAMES)
def family(request: pytest.FixtureRequest) -> Family:
    return FAMILIES[str(request.param)]
