"""Downloads against a real server: Cortex ``download_export`` streamed to a file, resumed, or cleaned up.

The 200 MB case and its peak memory live in ``make bench`` (benchmarks/transfers.py); these tests use small
bodies and check the streaming behaviour itself: the bytes reach a temporary file while the body is still arriving.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest

from .families import FAMILIES
from .fault_server import FaultServer, RecordedRequest, Reply

CORTEX = FAMILIES[1]
ROUTE = CORTEX.route("GET", "/exports/e-1/download")
DATA = bytes(range(256)) * 1024  # 256 KiB
PDF = {"Content-Disposition": 'attachment; filename="enrolment Q1.pdf"'}


def fetch(mode: str, client: Any, destination: Any, progress: Any = None) -> Any:
    """Call ``download_export.sync_download`` or ``asyncio_download`` for export e-1."""
    module = CORTEX.module("api.exports.download_export")
    if mode == "sync":
        return module.sync_download("e-1", client=client, destination=destination, progress=progress)

    async def run() -> Any:
        try:
            return await module.asyncio_download("e-1", client=client, destination=destination, progress=progress)
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_a_download_lands_in_the_directory_under_the_servers_name(
    server: FaultServer, server_url: str, mode: str, tmp_path: Path
) -> None:
    server.always(ROUTE, Reply(200, DATA, "application/pdf", headers=PDF))
    seen: list[tuple[int, int | None]] = []

    result = fetch(mode, CORTEX.client(server_url), tmp_path, lambda done, total: seen.append((done, total)))

    assert result.path == tmp_path / "enrolment Q1.pdf"
    assert (result.file_name, result.media_type, result.size) == ("enrolment Q1.pdf", "application/pdf", len(DATA))
    assert result.path.read_bytes() == DATA
    assert sorted(path.name for path in tmp_path.iterdir()) == ["enrolment Q1.pdf"]
    assert seen[-1] == (len(DATA), len(DATA))
    assert server.requests[0].headers["accept-encoding"] == "identity"


def test_the_body_is_written_to_a_temporary_file_while_it_arrives(
    server: FaultServer, server_url: str, mode: str, tmp_path: Path
) -> None:
    chunks = tuple(DATA[start : start + 32768] for start in range(0, len(DATA), 32768))
    server.always(ROUTE, Reply(200, content_type="application/pdf", headers=PDF, chunks=chunks, chunk_delay=0.05))
    on_disk: list[tuple[int, list[tuple[str, int]]]] = []

    def look(done: int, total: int | None) -> None:
        on_disk.append((done, [(path.name, path.stat().st_size) for path in tmp_path.iterdir()]))

    fetch(mode, CORTEX.client(server_url), tmp_path / "export.pdf", look)

    assert len(on_disk) > 1  # progress as chunks arrive, not once at the end
    done, files = on_disk[0]
    assert done < len(DATA)
    ((name, size),) = files
    assert name.startswith(".export.pdf.") and name.endswith(".part")
    assert size == done  # what arrived is on disk, not in memory
    assert [path.name for path in tmp_path.iterdir()] == ["export.pdf"]


def ranged(request: RecordedRequest) -> Reply:
    """Answer as a server that supports ranges: the bytes from the requested offset on, as a 206."""
    start = int(request.headers["range"].removeprefix("bytes=").removesuffix("-"))
    headers = {"Content-Range": f"bytes {start}-{len(DATA) - 1}/{len(DATA)}", "ETag": '"e-1-v1"'}
    return Reply(206, DATA[start:], "application/pdf", headers=headers)


def test_a_dropped_download_resumes_with_range(server: FaultServer, server_url: str, mode: str, tmp_path: Path) -> None:
    headers = {"Accept-Ranges": "bytes", "ETag": '"e-1-v1"'}
    server.script(ROUTE, Reply(200, DATA, "application/pdf", headers=headers, drop_after=100_000), then=ranged)

    result = fetch(mode, CORTEX.client(server_url), tmp_path / "export.pdf")

    assert result.path.read_bytes() == DATA
    first, resumed = server.requests
    assert "range" not in first.headers
    assert resumed.headers["if-range"] == '"e-1-v1"'
    assert 0 < int(resumed.headers["range"].removeprefix("bytes=").removesuffix("-")) <= 100_000


def test_an_interrupted_download_leaves_no_file(
    server: FaultServer, server_url: str, mode: str, tmp_path: Path
) -> None:
    server.always(ROUTE, Reply(200, DATA, "application/pdf", headers=PDF, drop_after=50_000))

    with pytest.raises(CORTEX.errors.ApiConnectionError):
        fetch(mode, CORTEX.client(server_url), tmp_path)

    assert list(tmp_path.iterdir()) == []
    assert len(server.requests) == 4  # the first attempt and three resumptions, answered in full each time


def test_an_error_status_raises_the_typed_error_and_writes_nothing(
    server: FaultServer, server_url: str, mode: str, tmp_path: Path
) -> None:
    server.always(ROUTE, Reply.json(CORTEX.error_shape("export not ready"), status=404))

    with pytest.raises(CORTEX.errors.NotFoundError) as caught:
        fetch(mode, CORTEX.client(server_url), tmp_path / "export.pdf")

    assert caught.value.body.message == "export not ready"
    assert list(tmp_path.iterdir()) == []


def test_a_503_before_the_body_is_retried_and_a_401_renews_the_token(
    server: FaultServer, server_url: str, mode: str, tmp_path: Path
) -> None:
    server.require_bearer("access-2", open_routes=[CORTEX.refresh_route])
    server.always(CORTEX.refresh_route, Reply.json(CORTEX.token_body("access-2", "refresh-2")))
    busy = Reply.json(CORTEX.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(ROUTE, busy, then=Reply(200, DATA, "application/pdf"))
    client = CORTEX.client(server_url, access_token="stale", refresh_token="refresh-1")

    result = fetch(mode, client, tmp_path / "export.pdf")

    assert result.path.read_bytes() == DATA
    assert [request.route for request in server.requests] == [ROUTE, CORTEX.refresh_route, ROUTE, ROUTE]


def test_a_download_into_a_binary_file_object(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(ROUTE, Reply(200, DATA, "application/octet-stream"))
    output = io.BytesIO()

    result = fetch(mode, CORTEX.client(server_url), output)

    assert output.getvalue() == DATA
    assert (result.path, result.size, result.media_type) == (None, len(DATA), "application/octet-stream")


def test_the_in_memory_file_result_stays_for_small_bodies(server: FaultServer, server_url: str) -> None:
    server.always(ROUTE, Reply(200, DATA[:100], "application/pdf"))

    file = CORTEX.module("api.exports.download_export").sync("e-1", client=CORTEX.client(server_url))

    assert file.payload.read() == DATA[:100]
