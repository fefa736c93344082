"""Run a README's Python blocks in order, in one namespace, as a reader pasting them one after the other would.

Run by ``tests/runtime/readme_examples.py`` in a fresh interpreter: reads ``{"file", "blocks": [[line, code]],
"urls": {written: served}}`` as JSON from stdin, replaces each URL the README writes (a quoted string) with the
mock's, and compiles each block at its own line of the README, so a traceback points into the README. After each
block it prints ``MARKER``; a host other than loopback is refused, and reported as ``MARKER network <host>``.
"""

from __future__ import annotations

import json
import socket
import sys
from typing import Any

MARKER = "\x1e<readme block done>"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def loopback_only() -> None:
    """Refuse to resolve any host but loopback: an example must never reach the network."""
    resolve = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK:
            print(f"{MARKER} network {host}", flush=True)
            msg = f"README examples may only reach loopback, not {host!r}"
            raise socket.gaierror(msg)
        return resolve(host, *args, **kwargs)

    socket.getaddrinfo = getaddrinfo


def main() -> None:
    job = json.load(sys.stdin)
    loopback_only()
    namespace: dict[str, Any] = {"__name__": "__main__"}
    for line, code in job["blocks"]:
        for written, served in job["urls"].items():
            code = code.replace(f'"{written}"', f'"{served}"')
        exec(compile("\n" * (line - 1) + code, job["file"], "exec"), namespace)  # noqa: S102 - our own README
        print(MARKER, flush=True)


if __name__ == "__main__":
    main()
