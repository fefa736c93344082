"""``python -m generator mock FAMILY --port N``: a real server process on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from generator.contract._model import load_api
from generator.contract.fuzz import mock_credentials
from generator.contract.mock import create_app, free_port
from generator.families import FAMILIES, ROOT


def test_mock_command_serves_the_family_until_stopped() -> None:
    family = FAMILIES["cortex"]
    api = load_api(family)
    port = free_port()
    command = [sys.executable, "-m", "generator", "mock", family.name, "--port", str(port), "--api-key", "k1"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}{api.base_path}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "mock did not start"
                time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=5) as client:
            credentials = mock_credentials(api)
            assert family.auth is not None
            token = client.post(family.auth.login_path, json=credentials.login).json()["access_token"]
            secured = next(op for op in api.operations if op.method == "get" and op.security and not op.path_names)
            assert client.get(secured.path).status_code == 401
            assert client.get(secured.path, headers={"X-API-Key": "k1"}).status_code == 200
            assert client.get(secured.path, headers={"X-API-Key": credentials.api_key or ""}).status_code == 401
            assert client.get(secured.path, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert f"mock cortex: http://127.0.0.1:{port}/v1 " in output  # the base URL a client needs, base path included
    assert f'Client("http://127.0.0.1:{port}/v1")' in output


def test_create_app_takes_a_family_name() -> None:
    assert create_app("cortex").mock.api.base_path == "/v1"
    with pytest.raises(KeyError, match="unknown API family nope"):
        create_app("nope")
