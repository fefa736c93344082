"""The loopback server the per-call figures talk to: uvicorn in a process of its own, answering from memory.

``/api/v1/sales`` answers a 100-item page whatever the query, ``/api/v1/analytics/revenue-summary`` a small object.
Run as ``python -m benchmarks._server PORT``; :func:`serving` starts it and yields its base URL.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks._data import SMALL, page_bytes

__all__ = ["PAGE_PATH", "SMALL_PATH", "serving"]

PAGE_PATH = "/api/v1/sales"
SMALL_PATH = "/api/v1/analytics/revenue-summary"
ROOT = Path(__file__).resolve().parent.parent
BODIES = {PAGE_PATH: page_bytes(100), SMALL_PATH: json.dumps(SMALL).encode()}
HEADERS = [(b"content-type", b"application/json")]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = BODIES.get(scope["path"])
    status = 200 if body is not None else 404
    await send({"type": "http.response.start", "status": status, "headers": HEADERS})
    await send({"type": "http.response.body", "body": body or b'{"message": "not found"}'})


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving() -> Iterator[str]:
    """Start the server in a child process; yield its base URL; stop it."""
    port = _free_port()
    child = subprocess.Popen([sys.executable, "-m", "benchmarks._server", str(port)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if child.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        child.wait(timeout=10)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", access_log=False, lifespan="off")
