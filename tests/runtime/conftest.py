"""Fixtures of the runtime tests: the generated packages on sys.path, a fault-injecting server, the families."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for package_dir in sorted((ROOT / "generated").glob("*_client")):
    if str(package_dir) not in sys.path:
        sys.path.insert(0, str(package_dir))

from .families import FAMILIES, Api, Family  # noqa: E402
from .fault_server import FaultServer, ServerThread  # noqa: E402
from .mocks import Served, serving_all  # noqa: E402


@pytest.fixture(scope="session")
def mocks() -> Iterator[dict[str, Served]]:
    """Every family's mock, served once per test process (websocket and README example tests share them)."""
    with serving_all() as served:
        yield served


@pytest.fixture(scope="session")
def fault_server() -> Iterator[tuple[FaultServer, str]]:
    """One uvicorn server per test process; tests get it through ``server``, which resets it."""
    app = FaultServer()
    thread = ServerThread(app.app)
    url = thread.start()
    yield app, url
    thread.stop()


@pytest.fixture
def server(fault_server: tuple[FaultServer, str]) -> FaultServer:
    """The fault server, with no scripts and no recorded requests."""
    app, _ = fault_server
    app.reset()
    return app


@pytest.fixture
def server_url(fault_server: tuple[FaultServer, str]) -> str:
    """``http://127.0.0.1:<port>`` of the fault server."""
    return fault_server[1]


@pytest.fixture(params=FAMILIES, ids=str)
def family(request: pytest.FixtureRequest) -> Family:
    """Each generated client in turn."""
    return request.param


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def api(family: Family, mode: str) -> Api:
    """The family's operations, called synchronously or asynchronously."""
    return Api(family, mode)
