"""A ReViewPoint deployment written from the integration guide (shared/seeds/002), not from our spec (test helper).

It behaves as the guide's examples and FastAPI do: JSON bodies checked by hand, ``{"detail": ...}`` errors,
Starlette's plain-text 404 for routes it does not have. Knobs make it behave like the deployments the fuzzer
met in the field:

    key_everywhere  X-API-Key required on every route, login included (ReViewPoint's real server)
    missing         route paths it does not serve (plain "Not Found", as for any unknown path)
    quirks          "register-200": registration answers 200 where the spec documents 201
                    "me-redirect": /users/me redirects (307) to /users/me/
                    "extra-fields": list pages and users carry fields the spec does not list
                    "wrong-type": /users/{id} answers is_active as a string
    mount           where the API lives under the host (e.g. "/gateway")
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
ACCOUNT = ("ada@example.org", "Correct-Horse-9")
API_KEY = "rvp_live_4f9c2d"


@dataclass
class Deployment:
    """The deployment's state, its knobs, and what it saw (login calls, requests lacking the API key)."""

    accounts: dict[str, str] = field(default_factory=lambda: dict([ACCOUNT]))
    api_keys: frozenset[str] = frozenset({API_KEY})
    key_everywhere: bool = False
    missing: frozenset[str] = frozenset()
    quirks: frozenset[str] = frozenset()
    mount: str = ""
    token_lifetime: int = 1800
    logins: Counter[str] = field(default_factory=Counter)  # email -> successful logins
    login_without_key: int = 0
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # token -> "access" | "refresh"
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.users[1] = _user(1, ACCOUNT[0], "Ada Lovelace")

    def app(self) -> Starlette:
        routes = [
            Route("/api/v1/auth/login", self.login, methods=["POST"]),
            Route("/api/v1/auth/refresh", self.refresh, methods=["POST"]),
            Route("/api/v1/auth/register", self.register, methods=["POST"]),
            Route("/api/v1/users", self.list_users, methods=["GET"]),
            Route("/api/v1/users/me", self.me, methods=["GET"]),
            Route("/api/v1/users/{user_id}", self.get_user, methods=["GET"]),
            Route("/api/v1/uploads", self.upload, methods=["POST"]),
        ]
        served = [route for route in routes if route.path not in self.missing]
        return Starlette(routes=[Mount(self.mount, routes=served)] if self.mount else served)

    # --- auth -------------------------------------------------------------------------------------------------

    def _key_ok(self, request: Request) -> bool:
        return request.headers.get("x-api-key") in self.api_keys

    def _refused(self, request: Request, *, key_only: bool = False) -> Response | None:
        """Return the 401 for a request without acceptable credentials, else None."""
        if self.key_everywhere and not self._key_ok(request):
            return _error(401, "Invalid or missing API key")
        if key_only:
            return None if self._key_ok(request) else _error(401, "Registration requires an API key")
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self.tokens.get(token) == "access":
            return None
        return None if self._key_ok(request) else _error(401, "Not authenticated")

    def _issue(self) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        with self.lock:
            self.tokens.update({access: "access", refresh: "refresh"})
        return {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "bearer",
            "expires_in": self.token_lifetime,
        }

    async def login(self, request: Request) -> Response:
        if not self._key_ok(request):
            self.login_without_key += 1
        if self.key_everywhere and not self._key_ok(request):
            return _error(401, "Invalid or missing API key")
        body = await _json(request)
        problems = _fields(body, {"email": _email, "password": _text(1)})
        if problems:
            return _invalid(problems)
        if self.accounts.get(body["email"]) != body["password"]:
            return _error(401, "Incorrect email or password")
        with self.lock:
            self.logins[body["email"]] += 1
        user = next((u for u in self.users.values() if u["email"] == body["email"]), self.users[1])
        return JSONResponse({**self._issue(), "user": user})

    async def refresh(self, request: Request) -> Response:
        if self.key_everywhere and not self._key_ok(request):
            return _error(401, "Invalid or missing API key")
        body = await _json(request)
        problems = _fields(body, {"refresh_token": _text(1)})
        if problems:
            return _invalid(problems)
        if self.tokens.get(body["refresh_token"]) != "refresh":
            return _error(401, "Invalid refresh token")
        tokens = self._issue()
        return JSONResponse({key: tokens[key] for key in ("access_token", "token_type", "expires_in")})

    # --- users ------------------------------------------------------------------------------------------------

    async def register(self, request: Request) -> Response:
        refused = self._refused(request, key_only=True)
        if refused is not None:
            return refused
        body = await _json(request)
        problems = _fields(body, {"email": _email, "password": _text(8), "name": _text(2)})
        if problems:
            return _invalid(problems)
        with self.lock:
            if any(user["email"] == body["email"] for user in self.users.values()):
                return _error(409, "Email already registered")
            user_id = max(self.users) + 1
            self.users[user_id] = _user(user_id, body["email"], body["name"])
        return JSONResponse({"user": self.users[user_id]}, status_code=200 if "register-200" in self.quirks else 201)

    async def list_users(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        page, size = request.query_params.get("page", "1"), request.query_params.get("size", "20")
        problems = [
            ("query", name) for name, value, top in (("page", page, None), ("size", size, 100)) if not _int(value, top)
        ]
        if problems:
            return _invalid(problems)
        users = list(self.users.values())[(int(page) - 1) * int(size) :][: int(size)]
        if "extra-fields" in self.quirks:
            users = [{**user, "avatar_url": None} for user in users]
        body: dict[str, Any] = {"users": users, "total": len(self.users), "page": int(page), "size": int(size)}
        if "extra-fields" in self.quirks:
            body["links"] = {"self": str(request.url)}
        return JSONResponse(body)

    async def me(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        if "me-redirect" in self.quirks:
            return RedirectResponse(str(request.url.path) + "/", status_code=307)
        return JSONResponse(self.users[1])

    async def get_user(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        raw = request.path_params["user_id"]
        if not _int(raw, None):
            return _invalid([("path", "user_id")])
        user = self.users.get(int(raw))
        if user is None:
            return _error(404, "User not found")
        return JSONResponse({**user, "is_active": "yes"} if "wrong-type" in self.quirks else user)

    async def upload(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        body = await request.body()
        match = re.search(rb'name="file"; filename="([^"]*)"', body)
        if not request.headers.get("content-type", "").startswith("multipart/form-data") or match is None:
            return _invalid([("body", "file")])
        stored = {
            "id": 1017,
            "filename": match.group(1).decode("utf-8", "replace"),
            "download_url": "https://files.example.org/1017",
            "content_type": "application/octet-stream",
            "size": len(body),
            "created_at": "2024-05-14T10:15:42Z",
        }
        return JSONResponse(stored, status_code=201)


def _user(user_id: int, email: str, name: str) -> dict[str, Any]:
    return {
        "id": user_id,
        "email": email,
        "name": name,
        "is_active": True,
        "is_admin": False,
        "created_at": "2024-05-14T09:30:00Z",
    }


def _error(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


def _invalid(problems: list[tuple[str, str]]) -> JSONResponse:
    detail = [{"loc": list(where), "msg": "Input should be valid", "type": "value_error"} for where in problems]
    return JSONResponse({"detail": detail}, status_code=422)


async def _json(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def _fields(body: Any, rules: dict[str, Any]) -> list[tuple[str, str]]:
    """FastAPI-like body validation: an object with exactly these fields, each passing its rule."""
    if not isinstance(body, dict):
        return [("body", "")]
    problems = [("body", name) for name, valid in rules.items() if not valid(body.get(name))]
    return problems + [("body", name) for name in body if name not in rules]


def _email(value: Any) -> bool:
    return isinstance(value, str) and EMAIL.fullmatch(value) is not None


def _text(least: int) -> Any:
    return lambda value: isinstance(value, str) and len(value.strip()) >= least


def _int(value: str, top: int | None) -> bool:
    return value.isdigit() and int(value) >= 1 and (top is None or int(value) <= top)
