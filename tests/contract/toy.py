"""The toy spec used by the contract unit tests (tests/contract/specs/toy.yaml) and its helpers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from generator.families import Auth, Family

HERE = Path(__file__).resolve().parent
TOY = Family(
    name="toy",
    spec=os.path.relpath(HERE / "specs" / "toy.yaml", HERE.parent.parent / "openapi"),
    package="toy_client",
    error_schemas=("Error", "Invalid"),
    auth=Auth(login_path="/auth/login", login_fields=("email", "password"), refresh_path="/auth/refresh"),
)
TOY_KEY = "toy-key"


def login(client: Any, prefix: str = "/api") -> dict[str, str]:
    """Log in to the toy mock; return the token response."""
    response = client.post(f"{prefix}/auth/login", json={"email": "user@example.com", "password": "x"})
    assert response.status_code == 200, response.text
    return dict(response.json())
