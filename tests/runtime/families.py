"""The three generated clients, described once so that tests can be parametrized over them.

Each family has its own auth flavour (login field, refresh request, API key header), error body shape and base URL
layout (Cortex deployments live under a ``/v1`` prefix). Each also names one GET and one POST operation of its spec
with bodies the generated models accept, so that a test can call "the family's GET" without knowing which it is.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

__all__ = ["FAMILIES", "Api", "Family"]

Call = Callable[[Any], Any]
AsyncCall = Callable[[Any], Awaitable[Any]]


@dataclass(frozen=True)
class Family:
    """One generated package and what the tests need to know about its API."""

    name: str
    package_name: str
    prefix: str  # the path of the base URL
    login_field: str  # the username field of the login body
    refresh_in_body: bool  # {"refresh_token": ...} in the body, else the refresh token as a bearer header
    api_key: str
    api_key_header: tuple[str, str]  # how the API key goes on the wire: (header, value)
    get_path: str
    get_ok: dict[str, Any]  # a valid 200 body of the GET
    get_missing_field: Any  # a 200 body of the GET that lacks a required field or has a wrong type
    post_path: str
    post_status: int
    post_ok: dict[str, Any]
    error_shape: Callable[[str], dict[str, Any]]

    def __str__(self) -> str:
        return self.name

    @property
    def package(self) -> ModuleType:
        return importlib.import_module(self.package_name)

    def module(self, name: str) -> ModuleType:
        """Import ``<package>.<name>``."""
        return importlib.import_module(f"{self.package_name}.{name}")

    @property
    def errors(self) -> ModuleType:
        return self.module("errors")

    def route(self, method: str, path: str) -> str:
        """The route the server sees for ``path`` under this family's base URL prefix."""
        return f"{method} {self.prefix}{path}"

    @property
    def login_route(self) -> str:
        return self.route("POST", "/auth/login" if self.name == "cortex" else "/api/v1/auth/login")

    @property
    def refresh_route(self) -> str:
        return self.route("POST", "/auth/refresh" if self.name == "cortex" else "/api/v1/auth/refresh")

    @property
    def get_route(self) -> str:
        return self.route("GET", self.get_path)

    @property
    def post_route(self) -> str:
        return self.route("POST", self.post_path)

    def base_url(self, server_url: str) -> str:
        return server_url + self.prefix

    def client(self, server_url: str, **options: Any) -> Any:
        """A client of this family for the server at ``server_url``.

        TLS verification is off (the server speaks plain HTTP): building the default SSL contexts costs ~70 ms
        per client, which adds up over hundreds of tests.
        """
        options.setdefault("verify", False)
        return self.package.Client(self.base_url(server_url), **options)

    def token_body(self, access: str, refresh: str | None = None, expires_in: int = 3600) -> dict[str, Any]:
        """A login or refresh answer in this family's shape."""
        body: dict[str, Any] = {"access_token": access, "expires_in": expires_in, "token_type": "bearer"}
        if refresh is not None:
            body["refresh_token"] = refresh
        return body

    def refresh_token_sent(self, request: Any) -> str | None:
        """The refresh token a recorded refresh request carries, where this family puts it."""
        if self.refresh_in_body:
            return request.json().get("refresh_token")
        authorization = request.headers.get("authorization", "")
        return authorization.removeprefix("Bearer ") if authorization.startswith("Bearer ") else None

    # The family's GET and POST, sync and async.

    def get(self, client: Any) -> Any:
        return self._get_module().sync(client=client, **self._get_args())

    async def aget(self, client: Any) -> Any:
        return await self._get_module().asyncio(client=client, **self._get_args())

    def get_detailed(self, client: Any) -> Any:
        return self._get_module().sync_detailed(client=client, **self._get_args())

    async def aget_detailed(self, client: Any) -> Any:
        return await self._get_module().asyncio_detailed(client=client, **self._get_args())

    def post(self, client: Any) -> Any:
        return self._post_module().sync(client=client, body=self._post_body())

    async def apost(self, client: Any) -> Any:
        return await self._post_module().asyncio(client=client, body=self._post_body())

    def _get_module(self) -> ModuleType:
        return self.module(GET_MODULES[self.name])

    def _post_module(self) -> ModuleType:
        return self.module(POST_MODULES[self.name])

    def _get_args(self) -> dict[str, Any]:
        return {"pwc": {"model_id": "m-1"}, "cortex": {"dashboard_id": "d-1"}, "reviewpoint": {}}[self.name]

    def _post_body(self) -> Any:
        models = self.module("models")
        if self.name == "pwc":
            return models.PredictionRequest(model_id="m-1", features=models.Features())
        if self.name == "cortex":
            return models.CreateDashboardRequest(name="Enrolment")
        return models.RegisterRequest(email="new@example.org", password="N3w-secret-pw", name="New")


GET_MODULES = {
    "pwc": "api.ml.get_model",
    "cortex": "api.dashboards.get_dashboard",
    "reviewpoint": "api.users.get_current_user",
}
POST_MODULES = {
    "pwc": "api.ml.predict",
    "cortex": "api.dashboards.create_dashboard",
    "reviewpoint": "api.auth.register_user",
}

STAMP = "2025-01-02T03:04:05+00:00"
RVP_USER = {
    "id": 7,
    "email": "ada@example.org",
    "name": "Ada",
    "is_active": True,
    "is_admin": False,
    "created_at": STAMP,
}
DASHBOARD = {"id": "d-1", "name": "Enrolment", "widgets": [], "created_at": STAMP, "updated_at": STAMP}

FAMILIES = [
    Family(
        name="pwc",
        package_name="pwc_client",
        prefix="",
        login_field="username",
        refresh_in_body=True,
        api_key="pwc_live_k3y_0123456789",
        api_key_header=("authorization", "Bearer pwc_live_k3y_0123456789"),
        get_path="/api/v1/ml-analytics/models/m-1",
        get_ok={"model_id": "m-1", "name": "churn", "status": "active", "created_at": STAMP},
        get_missing_field={"model_id": "m-1", "created_at": "last tuesday"},
        post_path="/api/v1/ml-analytics/predict",
        post_status=200,
        post_ok={"prediction": "churn", "confidence": 0.9, "probability": 0.8, "model_id": "m-1"},
        error_shape=lambda message: {"error": {"message": message, "code": "E"}},
    ),
    Family(
        name="cortex",
        package_name="cortex_client",
        prefix="/v1",
        login_field="email",
        refresh_in_body=False,
        api_key="ctx-k3y-abcdef0123",
        api_key_header=("x-api-key", "ctx-k3y-abcdef0123"),
        get_path="/dashboards/d-1",
        get_ok=DASHBOARD,
        get_missing_field={"id": "d-1", "name": "Enrolment"},
        post_path="/dashboards",
        post_status=201,
        post_ok=DASHBOARD,
        error_shape=lambda message: {"message": message, "code": "E"},
    ),
    Family(
        name="reviewpoint",
        package_name="reviewpoint_client",
        prefix="",
        login_field="email",
        refresh_in_body=True,
        api_key="rvp-k3y-9876543210",
        api_key_header=("x-api-key", "rvp-k3y-9876543210"),
        get_path="/api/v1/users/me",
        get_ok=RVP_USER,
        get_missing_field={"id": 7, "email": "ada@example.org"},
        post_path="/api/v1/auth/register",
        post_status=201,
        post_ok={"user": RVP_USER},
        error_shape=lambda message: {"detail": message},
    ),
]


class Api:
    """Call a family's operations the synchronous or the asynchronous way, with one test body for both.

    In ``async`` mode each call runs in a fresh event loop and closes the client's async connection pool
    before the loop ends; tokens and options live on the client and carry over from call to call.
    """

    def __init__(self, family: Family, mode: str) -> None:
        self.family = family
        self.mode = mode

    def __repr__(self) -> str:
        return f"Api({self.family.name}, {self.mode})"

    def call(self, client: Any, sync_call: Call, async_call: AsyncCall) -> Any:
        """Run ``sync_call(client)``, or ``async_call(client)`` in an event loop of its own."""
        if self.mode == "sync":
            return sync_call(client)

        async def run() -> Any:
            try:
                return await async_call(client)
            finally:
                await client.aclose()

        return asyncio.run(run())

    def get(self, client: Any) -> Any:
        return self.call(client, self.family.get, self.family.aget)

    def get_detailed(self, client: Any) -> Any:
        return self.call(client, self.family.get_detailed, self.family.aget_detailed)

    def post(self, client: Any) -> Any:
        return self.call(client, self.family.post, self.family.apost)

    def login(self, client: Any, user: str, password: str) -> Any:
        return self.call(client, lambda c: c.login(user, password), lambda c: c.alogin(user, password))
