"""Memory benchmarks (`make bench`): a 200 MB download and a 200 MB upload through the generated clients.

Each transfer runs in a fresh Python process, against a loopback server in this one that produces or swallows the
bytes without keeping them. The child resets its peak resident set size (``/proc/self/clear_refs``) once the client
is warmed up, transfers, and reports how far the peak rose above that baseline: it must stay under 32 MB, whatever
the size of the body. A control run holds the body in memory (the ``File`` result of ``sync``) and must show it.
Times are reported by pytest-benchmark (one round each).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.contract.mock import serving

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

    def status(field):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        return 0

    {setup}

    transfer(warm_up=True)
    try:
        Path("/proc/self/clear_refs").write_text("5")
        reset = True
    except OSError:
        reset = False
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


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with serving(app) as url:
        yield url


def measure(setup: str) -> dict[str, Any]:
    paths = [str(path) for path in sorted((ROOT / "generated").glob("*_client"))]
    script = CHILD.format(paths=paths, setup=setup)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def report(benchmark: Any, capsys: pytest.CaptureFixture[str], name: str, numbers: dict[str, Any]) -> float:
    """Print the rise of the peak above the baseline on the terminal (also in the JSON report), return it in MB."""
    rise = (numbers["peak"] - numbers["baseline"]) / 2**20
    benchmark.extra_info.update(peak_rise_mb=round(rise, 1), baseline_mb=round(numbers["baseline"] / 2**20, 1))
    baseline = numbers["baseline"] / 2**20
    line = f"{name}: {numbers['bytes'] / 2**20:.0f} MB, peak RSS {rise:.2f} MB above a {baseline:.0f} MB baseline"
    with capsys.disabled():
        print(f"\n{line}" + ("" if numbers["reset"] else " (peak not reset: an upper bound)"))
    return rise


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_200_mb_download_stays_under_32_mb(
    benchmark: Any, capsys: pytest.CaptureFixture[str], server_url: str, tmp_path: Path, asynchronous: bool
) -> None:
    setup = DOWNLOAD.format(url=server_url, directory=str(tmp_path), asynchronous=asynchronous, in_memory=False)

    numbers = benchmark.pedantic(measure, args=(setup,), rounds=1, iterations=1)

    assert numbers["bytes"] == SIZE and (tmp_path / "big.bin").stat().st_size == SIZE
    assert report(benchmark, capsys, f"download ({'async' if asynchronous else 'sync'})", numbers) < LIMIT_MB


def test_the_measure_sees_a_body_held_in_memory(
    benchmark: Any, capsys: pytest.CaptureFixture[str], server_url: str, tmp_path: Path
) -> None:
    """The control: the in-memory ``sync`` call holds the whole body, and the measure shows it."""
    setup = DOWNLOAD.format(url=server_url, directory=str(tmp_path), asynchronous=False, in_memory=True)

    numbers = benchmark.pedantic(measure, args=(setup,), rounds=1, iterations=1)

    assert numbers["bytes"] == SIZE
    assert report(benchmark, capsys, "download into memory (control)", numbers) > SIZE / 2**20


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_200_mb_upload_stays_under_32_mb(
    benchmark: Any, capsys: pytest.CaptureFixture[str], server_url: str, tmp_path: Path, asynchronous: bool
) -> None:
    (tmp_path / "small.bin").write_bytes(b"warm-up")
    with (tmp_path / "big.bin").open("wb") as big:
        for _ in range(SIZE // len(CHUNK)):
            big.write(os.urandom(len(CHUNK)) if _ == 0 else CHUNK)
    setup = UPLOAD.format(url=server_url, directory=str(tmp_path), asynchronous=asynchronous)

    numbers = benchmark.pedantic(measure, args=(setup,), rounds=1, iterations=1)

    assert numbers["bytes"] >= SIZE  # the multipart body: the file and its part headers
    assert report(benchmark, capsys, f"upload ({'async' if asynchronous else 'sync'})", numbers) < LIMIT_MB
