"""Streamed transfers: a 200 MB download and a 200 MB upload through the generated clients, in constant memory.

Each transfer runs in a fresh Python process, against a loopback server in this one that produces or swallows the
bytes without keeping them. The child resets its peak resident set size (``/proc/self/clear_refs``) once the client
is warmed up, transfers, and reports how far the peak rose above that baseline: it must stay under 32 MB, whatever
the size of the body. A control run holds the body in memory (the ``File`` result of ``sync``) and must show it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from benchmarks._measure import Load, load
from benchmarks._report import Row
from generator.contract.mock import serving

__all__ = ["run"]

ROOT = Path(__file__).resolve().parent.parent

SIZE = 200 * 1024 * 1024
CHUNK = b"\x5a" * (1024 * 1024)
LIMIT_MB = 32
UPLOADED = {
    "id": 1,
    "filename": "big.bin",
    "download_url": "https://api.reviewpoint.org/api/v1/uploads/1/download",
    "content_type": "application/octet-stream",
    "size": SIZE,
    "created_at": "2024-05-14T10:15:42Z",
}


async def app(scope: Any, receive: Any, send: Any) -> None:
    """Serve a file at a GET (200 MB at a path with "big", else 1 MB), made up chunk by chunk; swallow a POST body
    and say how big it was."""
    if scope["type"] != "http":
        return
    if scope["method"] == "GET":
        size = SIZE if "big" in scope["path"] else len(CHUNK)
        headers = [(b"content-type", b"application/octet-stream"), (b"content-length", str(size).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for _ in range(size // len(CHUNK)):
            await send({"type": "http.response.body", "body": CHUNK, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    received = 0
    while True:
        message = await receive()
        received += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    body = json.dumps({**UPLOADED, "size": received}).encode()
    await send({"type": "http.response.start", "status": 201, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    sys.path[:0] = {paths!r}
    from pathlib import Path
    from benchmarks._rss import reset_peak, status

    {setup}

    transfer(warm_up=True)
    reset = reset_peak()
    baseline = status("VmRSS")
    result = transfer(warm_up=False)
    print(json.dumps({{"baseline": baseline, "peak": status("VmHWM"), "reset": reset, "bytes": result}}))
    """
)

DOWNLOAD = """
from cortex_client import Client
from cortex_client.api.exports import download_export
client = Client({url!r} + "/v1", verify=False)

def transfer(warm_up):
    name = "small" if warm_up else "big"
    target = Path({directory!r}) / (name + ".bin")
    if {in_memory!r}:
        return len(download_export.sync(name, client=client).payload.getbuffer())
    if {asynchronous!r}:
        async def go():
            try:
                return await download_export.asyncio_download(name, client=client, destination=target)
            finally:
                await client.aclose()
        return asyncio.run(go()).size
    return download_export.sync_download(name, client=client, destination=target).size
"""

UPLOAD = """
from reviewpoint_client import Client
from reviewpoint_client.api.uploads import upload_file
from reviewpoint_client.models import FileUploadForm
from reviewpoint_client.types import File
client = Client({url!r}, verify=False)

def transfer(warm_up):
    source = Path({directory!r}) / ("small.bin" if warm_up else "big.bin")
    with source.open("rb") as stream:
        body = FileUploadForm(file=File(payload=stream, file_name=source.name))
        if {asynchronous!r}:
            async def go():
                try:
                    return await upload_file.asyncio(client=client, body=body)
                finally:
                    await client.aclose()
            return asyncio.run(go()).size
        return upload_file.sync(client=client, body=body).size
"""


def measure(setup: str) -> dict[str, Any]:
    paths = [*(str(path) for path in sorted((ROOT / "generated").glob("*_client"))), str(ROOT)]
    script = CHILD.format(paths=paths, setup=setup)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"the transfer process failed: {result.stderr[-2000:]}")
    return dict(json.loads(result.stdout))


def _rise(numbers: dict[str, Any], expected: int) -> str:
    if numbers["bytes"] < expected:
        raise RuntimeError(f"the transfer moved {numbers['bytes']} bytes, not {expected}")
    rise = (numbers["peak"] - numbers["baseline"]) / 2**20
    return f"{rise:.1f} MB" + ("" if numbers["reset"] else " (peak not reset: an upper bound)")


def run(scratch: Path) -> list[Row]:
    """The 200 MB download and upload, sync and async, and the in-memory control (full runs only: about a minute)."""
    (scratch / "small.bin").write_bytes(b"warm-up")
    with (scratch / "big.bin").open("wb") as big:
        for index in range(SIZE // len(CHUNK)):
            big.write(os.urandom(len(CHUNK)) if index == 0 else CHUNK)
    downloads = scratch / "downloads"
    downloads.mkdir(exist_ok=True)
    started = load()
    cells: dict[str, dict[str, str]] = {"download": {}, "upload": {}}
    with serving(app) as url:
        for asynchronous in (False, True):
            mode = "async" if asynchronous else "sync"
            setup = DOWNLOAD.format(url=url, directory=str(downloads), asynchronous=asynchronous, in_memory=False)
            cells["download"][mode] = _rise(measure(setup), SIZE)
            setup = UPLOAD.format(url=url, directory=str(scratch), asynchronous=asynchronous)
            cells["upload"][mode] = _rise(measure(setup), SIZE)
        control = measure(DOWNLOAD.format(url=url, directory=str(downloads), asynchronous=False, in_memory=True))
    section_load = Load(started, load())
    rows = []
    for kind in ("download", "upload"):
        values = cells[kind]
        worst = max(float(text.split()[0]) for text in values.values())
        rows.append(
            Row(
                f"stream a 200 MB {kind} to a file: peak resident memory rise",
                f"< {LIMIT_MB} MB",
                {"generated client": f"sync {values['sync']}, async {values['async']}"},
                round(worst, 2),
                "MB",
                worst < LIMIT_MB,
                section_load,
            )
        )
    rows[0].cells["reference"] = f"the same download held in memory (the control): {_rise(control, SIZE)}"
    return rows
