"""Secrets kept out of everything the fuzzer writes, and ``curl`` commands that reproduce a request without them."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = ["FILTERED", "Masker", "curl_command"]

FILTERED = "[Filtered]"
SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "api-key", "cookie", "proxy-authorization"})
DROPPED_HEADERS = frozenset(
    {"user-agent", "accept-encoding", "connection", "content-length", "host", "x-schemathesis-testcaseid"}
)
MAX_CURL_BODY = 2000
_SENSITIVE_FIELD = re.compile(r'("(?:[^"]*(?:password|secret|token|api_key|apikey)[^"]*)"\s*:\s*)"[^"]*"', re.I)


@dataclass
class Masker:
    """Replace known secret values, secret-looking JSON fields and credential headers with ``[Filtered]``."""

    secrets: set[str] = field(default_factory=set)
    headers: frozenset[str] = SENSITIVE_HEADERS

    def __call__(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            if len(secret) >= 4:
                text = text.replace(secret, FILTERED)
        return _SENSITIVE_FIELD.sub(rf'\1"{FILTERED}"', text)

    def header(self, name: str, value: str) -> str:
        return FILTERED if name.lower() in self.headers else self(value)

    def extend(self, secrets: Iterable[str], headers: Iterable[str] = ()) -> None:
        self.secrets |= {secret for secret in secrets if secret}
        self.headers = self.headers | {name.lower() for name in headers}


def curl_command(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, mask: Masker, *, verify: bool = True
) -> str:
    """Return a one-line ``curl`` command for a request, secrets masked."""
    parts = ["curl", "-X", method.upper()]
    for name, value in headers.items():
        if name.lower() not in DROPPED_HEADERS:
            parts += ["-H", f"{name}: {mask.header(name, value)}"]
    if body:
        text = body.decode("utf-8", "replace")
        if len(text) > MAX_CURL_BODY:
            text = text[:MAX_CURL_BODY] + f"... ({len(body)} bytes in all)"
        parts += ["--data-binary", mask(text)]
    if not verify:
        parts.append("--insecure")
    parts.append(mask(url))
    return " ".join(_quote(part) for part in parts)


def _quote(part: str) -> str:
    """Quote for a POSIX shell, on one line: control characters (multipart CRLFs) as ``$'...'`` escapes."""
    if part.isprintable():
        return shlex.quote(part)
    escaped = "".join(char if char.isprintable() and char not in "\\'" else _escape(char) for char in part)
    return f"$'{escaped}'"


def _escape(char: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\", "'": "\\'"}
    return named.get(char, f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
