"""The run's credentials: the API key, and a bearer token from the family's login, renewed once per token lifetime.

Logging in is bounded: a few tries when the server is unavailable (network error, 429, 5xx), none when it
refuses; the failure keeps the server's answer and the environment variables involved, to be reported once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from generator.contract._model import AuthFlow
from generator.contract.fuzz._http import Answer, Target, Unreachable
from generator.contract.fuzz._options import Credentials

__all__ = ["LOGIN_ATTEMPTS", "LoginFailure", "Session"]

LOGIN_ATTEMPTS = 3
RETRY_DELAY = 1.0
MAX_RETRY_AFTER = 5.0
EXPIRY_MARGIN = 30.0


@dataclass(frozen=True)
class LoginFailure:
    """Why logging in failed: the request, the server's answer or why there was none, the variables involved."""

    request: str
    status: int | None
    body: str
    reason: str
    attempts: int
    env: tuple[str, ...]
    renewal: bool = False

    def describe(self) -> str:
        what = "renewing the login" if self.renewal else "login"
        answer = f"answered {self.status}: {self.body or '(empty body)'}" if self.status is not None else self.reason
        if self.status is not None and self.reason:
            answer += f" ({self.reason})"
        tries = f" after {self.attempts} tries" if self.attempts > 1 else ""
        return f"{what} failed{tries}: {self.request} {answer}; credentials from {', '.join(self.env)}"


class Session:
    """Hold the API key and the bearer token of a run; log in when the token is missing or about to expire."""

    def __init__(
        self,
        flow: AuthFlow,
        credentials: Credentials,
        target: Target,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.flow = flow
        self.credentials = credentials
        self.target = target
        self.failures: list[LoginFailure] = []
        self.logins = 0  # successful ones
        self.attempts = 0
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._token: str | None = credentials.token
        self._refresh_token: str | None = None
        self._expires_at: float | None = None
        self._issued: set[str] = set()
        self._dead = False

    @property
    def logs_in(self) -> bool:
        return bool(self.credentials.login) and not self.credentials.token and self.flow.login is not None

    def start(self) -> LoginFailure | None:
        """Log in if the credentials ask for it; return the failure, if any."""
        if self.logs_in:
            with self._lock:
                self._login(renewal=False)
        return self.failures[-1] if self.failures else None

    def bearer(self) -> str | None:
        """Return the bearer token to send now: logged in (renewed when expiring), given, or the API key (PwC)."""
        if self.logs_in and not self._dead and self._expiring():
            with self._lock:
                if not self._dead and self._expiring():
                    self._login(renewal=True)
        if self._token is not None:
            return self._token
        return self.credentials.api_key if self.flow.api_key_as_bearer else None

    def refresh_token(self) -> str | None:
        return self._refresh_token

    def bearer_source(self) -> tuple[str, ...]:
        """The environment variables the current bearer token comes from."""
        if self.credentials.token:
            return self.credentials.env("token")
        if self._token is not None:
            return self.credentials.env("login")
        return self.credentials.env("api_key") if self.flow.api_key_as_bearer and self.credentials.api_key else ()

    def api_key_headers(self) -> dict[str, str]:
        """The API key under every header the family's apiKey schemes name (sent on every request, login included)."""
        key = self.credentials.api_key
        if not key:
            return {}
        return {scheme.parameter: key for scheme in self.flow.api_key_schemes if scheme.location == "header"}

    def carried(self, headers: Mapping[str, str]) -> tuple[str, ...]:
        """Return the environment variables of the credentials a request carried (by its headers)."""
        lowered = {name.lower(): value for name, value in headers.items()}
        sources: list[str] = []
        scheme, _, value = lowered.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and value:
            if value in self._issued:
                sources.extend(self.credentials.env("login"))
            elif value == self.credentials.token:
                sources.extend(self.credentials.env("token"))
            elif value == self.credentials.api_key:
                sources.extend(self.credentials.env("api_key"))
        key = self.credentials.api_key
        if key and any(lowered.get(s.parameter.lower()) == key for s in self.flow.api_key_schemes):
            sources.extend(name for name in self.credentials.env("api_key") if name not in sources)
        return tuple(sources)

    @property
    def secrets(self) -> set[str]:
        return self.credentials.secrets | self._issued | ({self._refresh_token} if self._refresh_token else set())

    def _expiring(self) -> bool:
        return self._token is None or (self._expires_at is not None and self._clock() >= self._expires_at)

    def _login(self, *, renewal: bool) -> None:
        login = self.flow.login
        assert login is not None
        headers = dict(self.api_key_headers())
        env = self.credentials.env("login") + (self.credentials.env("api_key") if headers else ())
        request = f"POST {self.target.url(login.path)}"
        failure: LoginFailure | None = None
        for attempt in range(1, LOGIN_ATTEMPTS + 1):
            try:
                answer = self.target.send("POST", login.path, headers=headers, json=dict(self.credentials.login))
            except Unreachable as exc:
                failure = LoginFailure(request, None, "", str(exc), attempt, env, renewal)
                delay = RETRY_DELAY
            else:
                self.attempts += 1
                if 200 <= answer.status < 300:
                    failure = self._keep_tokens(answer, request, attempt, env, renewal)
                    if failure is None:
                        self.logins += 1
                    break
                failure = LoginFailure(request, answer.status, answer.text(), _refusal(answer), attempt, env, renewal)
                if answer.status != 429 and answer.status < 500:
                    break
                delay = _retry_after(answer)
            if attempt < LOGIN_ATTEMPTS:
                self._sleep(delay)
        if failure is not None:
            self.failures.append(failure)
            self._dead = True
            self._token = None

    def _keep_tokens(
        self, answer: Answer, request: str, attempt: int, env: tuple[str, ...], renewal: bool
    ) -> LoginFailure | None:
        try:
            data = answer.json()
        except ValueError:
            data = None
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            reason = "the answer carries no access_token"
            return LoginFailure(request, answer.status, answer.text(), reason, attempt, env, renewal)
        assert isinstance(data, dict)
        self._token = token
        self._issued.add(token)
        refresh = data.get("refresh_token")
        self._refresh_token = refresh if isinstance(refresh, str) and refresh else self._refresh_token
        lifetime = data.get("expires_in")
        if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) and lifetime > 0:
            self._expires_at = self._clock() + lifetime - min(EXPIRY_MARGIN, lifetime / 2)
        else:
            self._expires_at = None
        return None


def _refusal(answer: Answer) -> str:
    if answer.status in (401, 403):
        return "credentials refused"
    if answer.status == 404:
        return "no login operation at this URL"
    if answer.status == 429 or answer.status >= 500:
        return "server unavailable"
    return ""


def _retry_after(answer: Answer) -> float:
    value = next((v for k, v in answer.headers.items() if k.lower() == "retry-after"), "")
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return RETRY_DELAY
