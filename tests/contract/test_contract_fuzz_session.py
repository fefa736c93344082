"""The fuzzer's login session, stepped by hand: once per token lifetime, bounded tries, the API key on login."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.contract._model import auth_flow, load_api
from generator.contract.fuzz import LOGIN_ATTEMPTS, Credentials, Session
from generator.contract.fuzz._http import Answer, Unreachable
from generator.families import FAMILIES


def answer(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return Answer("POST", "http://deploy.test/login", status, headers or {}, json.dumps(body).encode())


@dataclass
class FakeTarget:
    """Plays back answers (or raises :class:`Unreachable` for an exception instance); records what was sent."""

    answers: list[Any]
    sent: list[dict[str, Any]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return "http://deploy.test" + path

    def send(self, method: str, path: str, *, headers: dict[str, str] | None = None, json: Any = None) -> Answer:
        self.sent.append({"method": method, "path": path, "headers": dict(headers or {}), "json": json})
        reply = self.answers.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


CREDENTIALS = Credentials(
    login={"email": "ada@example.org", "password": "Correct-Horse-9"},
    api_key="rvp_live_key",
    sources={"login": ("REVIEWPOINT_EMAIL", "REVIEWPOINT_PASSWORD"), "api_key": ("REVIEWPOINT_API_KEY",)},
)


def session(*answers: Any, credentials: Credentials = CREDENTIALS, clock: Clock | None = None) -> Session:
    api = load_api(FAMILIES["reviewpoint"])
    target = FakeTarget(list(answers))
    return Session(auth_flow(api), credentials, target, clock=clock or Clock(), sleep=lambda _: None)  # type: ignore[arg-type]


def tokens(access: str, lifetime: int = 900) -> Answer:
    return answer(200, {"access_token": access, "refresh_token": "r-" + access, "expires_in": lifetime})


def test_login_carries_the_api_key_and_runs_once_per_token_lifetime() -> None:
    clock = Clock()
    run = session(tokens("first-token", 900), tokens("second-token", 900), clock=clock)
    assert run.start() is None
    sent = run.target.sent  # type: ignore[attr-defined]
    assert sent[0]["path"] == "/api/v1/auth/login" and sent[0]["headers"] == {"X-API-Key": "rvp_live_key"}
    assert sent[0]["json"] == {"email": "ada@example.org", "password": "Correct-Horse-9"}
    for _ in range(50):
        assert run.bearer() == "first-token"
    clock.now += 900 - 31
    assert run.bearer() == "first-token" and len(sent) == 1
    clock.now += 1  # renewed 30 s ahead of expiry, by logging in again
    assert run.bearer() == "second-token" and run.logins == 2 and len(sent) == 2
    assert run.carried({"Authorization": "Bearer first-token", "X-API-Key": "rvp_live_key"}) == (
        "REVIEWPOINT_EMAIL",
        "REVIEWPOINT_PASSWORD",
        "REVIEWPOINT_API_KEY",
    )
    assert {"first-token", "second-token", "rvp_live_key", "Correct-Horse-9"} <= run.secrets


def test_a_refused_login_is_tried_once_and_keeps_the_servers_answer() -> None:
    run = session(answer(401, {"detail": "Incorrect email or password"}))
    failure = run.start()
    assert failure is not None and len(run.target.sent) == 1  # type: ignore[attr-defined]
    text = failure.describe()
    assert "answered 401" in text and "Incorrect email or password" in text
    assert "REVIEWPOINT_EMAIL, REVIEWPOINT_PASSWORD, REVIEWPOINT_API_KEY" in text
    assert run.bearer() is None and (run.logins, run.attempts) == (0, 1)


def test_an_unavailable_login_is_retried_a_bounded_number_of_times() -> None:
    run = session(*[Unreachable("connection refused")] * (LOGIN_ATTEMPTS - 1), answer(503, {"detail": "down"}))
    failure = run.start()
    assert failure is not None and failure.attempts == LOGIN_ATTEMPTS
    assert len(run.target.sent) == LOGIN_ATTEMPTS  # type: ignore[attr-defined]
    assert f"after {LOGIN_ATTEMPTS} tries" in failure.describe() and "503" in failure.describe()
    for _ in range(10):  # a dead login is not retried per request
        assert run.bearer() is None
    assert len(run.target.sent) == LOGIN_ATTEMPTS  # type: ignore[attr-defined]


def test_a_recovering_login_succeeds_on_a_later_try() -> None:
    run = session(answer(429, {"detail": "slow down"}, {"Retry-After": "0"}), tokens("late-token"))
    assert run.start() is None and run.bearer() == "late-token"


def test_an_answer_without_a_token_is_a_failure() -> None:
    run = session(answer(200, {"message": "welcome"}))
    failure = run.start()
    assert failure is not None and "no access_token" in failure.describe()


def test_a_given_token_is_used_as_is() -> None:
    run = session(credentials=Credentials(token="tok-given", sources={"token": ("REVIEWPOINT_TOKEN",)}))
    assert run.start() is None and run.bearer() == "tok-given" and not run.target.sent  # type: ignore[attr-defined]
    assert run.carried({"authorization": "Bearer tok-given"}) == ("REVIEWPOINT_TOKEN",)
