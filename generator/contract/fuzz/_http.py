"""The fuzzer's own requests (pre-flight and login), to a URL over HTTP or to an ASGI app in-process."""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = ["Answer", "Target", "Unreachable", "describe_network_error"]

IN_PROCESS = "http://in-process"
MAX_BODY = 64 * 1024


class Unreachable(Exception):
    """A request got no HTTP answer: refused, DNS, TLS, timeout. The message is one line."""


@dataclass(frozen=True)
class Answer:
    """An HTTP answer, read whole (up to ``MAX_BODY`` bytes)."""

    method: str
    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        return httpx.Response(self.status, content=self.body).json()

    def text(self, limit: int = 300) -> str:
        text = self.body.decode("utf-8", "replace").strip()
        text = " ".join(text.split())
        return text if len(text) <= limit else text[:limit] + "..."


@dataclass(frozen=True)
class Target:
    """Where requests go: ``base_url`` over HTTP (TLS verified), or ``app`` in-process under ``base_path``."""

    base_url: str | None
    app: Any = None
    base_path: str = ""
    timeout: float = 10.0

    def url(self, path: str) -> str:
        if self.base_url is not None:
            return self.base_url.rstrip("/") + path
        return IN_PROCESS + self.base_path + path

    def send(self, method: str, path: str, *, headers: dict[str, str] | None = None, json: Any = None) -> Answer:
        """Send one request; return the answer.

        Raises:
            Unreachable: No HTTP answer (connection refused, DNS, TLS, timeout).
        """
        url = self.url(path)
        try:
            if self.app is not None:
                return asyncio.run(self._send_in_process(method, url, headers or {}, json))
            with httpx.Client(timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))) as client:
                response = client.request(method, url, headers=headers, json=json)
                return _answer(method, url, response)
        except httpx.HTTPError as exc:
            raise Unreachable(describe_network_error(exc, self.timeout)) from None

    async def _send_in_process(self, method: str, url: str, headers: dict[str, str], json: Any) -> Answer:
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, timeout=self.timeout) as client:
            response = await client.request(method, url, headers=headers, json=json)
            return _answer(method, url, response)


def describe_network_error(exc: BaseException, timeout: float) -> str:
    """Return why a request got no answer, in a few words."""
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer within {timeout:g}s"
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return f"TLS handshake failed: {getattr(cause, 'reason', None) or cause}"
        cause = cause.__cause__ or cause.__context__
    if "ssl" in lowered or "certificate" in lowered:
        return f"TLS handshake failed: {text}"
    if "refused" in lowered:
        return "connection refused"
    if any(marker in lowered for marker in ("name or service", "nodename", "name resolution", "getaddrinfo")):
        return "DNS lookup failed (unknown host name)"
    return text


def _answer(method: str, url: str, response: httpx.Response) -> Answer:
    return Answer(method, url, response.status_code, dict(response.headers), response.content[:MAX_BODY])
