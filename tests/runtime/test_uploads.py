"""Uploads against a real server: ReViewPoint ``upload_file`` streamed from a file, with progress, retried only
when the body can be sent again.

The 200 MB case and its peak memory live in ``make bench`` (benchmarks/transfers.py).
"""

from __future__ import annotations

import asyncio
import io
import os
import threading
from typing import Any, BinaryIO

import pytest

from .families import FAMILIES
from .fault_server import FaultServer, Reply

RVP = FAMILIES[2]
ROUTE = RVP.route("POST", "/api/v1/uploads")
DATA = os.urandom(400_000)
STORED = {
    "id": 1017,
    "filename": "paper.pdf",
    "download_url": "https://api.reviewpoint.org/api/v1/uploads/1017/download",
    "content_type": "application/pdf",
    "size": len(DATA),
    "created_at": "2024-05-14T10:15:42Z",
}


class ReadLog(io.BytesIO):
    """A file that remembers the size of every read: proof that the client reads it piecewise."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.reads.append(len(chunk))
        return chunk


def send(mode: str, client: Any, source: BinaryIO, progress: Any = None, name: str | None = "paper.pdf") -> Any:
    """Upload ``source`` with ``upload_file.sync`` or ``asyncio``."""
    module = RVP.module("api.uploads.upload_file")
    models, types = RVP.module("models"), RVP.module("types")
    body = models.FileUploadForm(file=types.File(payload=source, file_name=name), description="Draft")
    if mode == "sync":
        return module.sync(client=client, body=body, progress=progress)

    async def run() -> Any:
        try:
            return await module.asyncio(client=client, body=body, progress=progress)
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_a_file_is_streamed_in_chunks_with_progress(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(ROUTE, Reply.json(STORED, status=201))
    source = ReadLog(DATA)
    seen: list[tuple[int, int | None]] = []

    stored = send(mode, RVP.client(server_url), source, lambda sent, total: seen.append((sent, total)))

    assert stored.id == 1017
    (request,) = server.requests
    assert DATA in request.body
    assert b'filename="paper.pdf"' in request.body and b"Content-Type: application/pdf" in request.body
    assert b'name="description"' in request.body
    assert request.headers["content-length"] == str(len(request.body))
    assert max(source.reads) <= 64 * 1024  # read piecewise as it is sent, never whole
    assert seen[-1] == (len(DATA), len(DATA)) and len(seen) >= len(DATA) // (64 * 1024)


def test_an_unnamed_file_goes_as_application_octet_stream(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(ROUTE, Reply.json(STORED, status=201))

    send(mode, RVP.client(server_url), io.BytesIO(b"%PDF-1.7"), name=None)

    assert b"Content-Type: application/octet-stream" in server.requests[0].body


def test_a_seekable_file_is_sent_again_on_a_retry_and_after_a_renewal(
    server: FaultServer, server_url: str, mode: str
) -> None:
    server.require_bearer("access-2", open_routes=[RVP.refresh_route])
    server.always(RVP.refresh_route, Reply.json(RVP.token_body("access-2", "refresh-2")))
    busy = Reply.json(RVP.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(ROUTE, busy, then=Reply.json(STORED, status=201))
    client = RVP.client(server_url, access_token="stale", refresh_token="refresh-1").with_options(
        idempotency_key="upload-1"
    )

    send(mode, client, io.BytesIO(DATA))

    uploads = server.requests_to(ROUTE)
    assert len(uploads) == 3  # 401 with the stale token, then 503 and 200 with the renewed one
    assert uploads[0].body == uploads[1].body == uploads[2].body and DATA in uploads[2].body


def pipe_of(data: bytes) -> BinaryIO:
    """The read end of a pipe that a thread fills with ``data``: a body that can be read only once."""
    read_end, write_end = os.pipe()

    def feed() -> None:
        with open(write_end, "wb") as pipe:
            pipe.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return open(read_end, "rb", buffering=0)  # noqa: SIM115 - closed by the test


def test_a_body_that_cannot_be_replayed_is_never_retried(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(ROUTE, Reply.json(RVP.error_shape("busy"), status=503, headers={"Retry-After": "0"}))
    client = RVP.client(server_url, max_retries=3).with_options(idempotency_key="upload-2")

    with pipe_of(DATA) as source, pytest.raises(RVP.errors.ServerError):
        send(mode, client, source)

    (request,) = server.requests
    assert DATA in request.body and request.headers["transfer-encoding"] == "chunked"


def test_a_body_that_cannot_be_replayed_is_not_resent_after_a_401(
    server: FaultServer, server_url: str, mode: str
) -> None:
    server.require_bearer("access-2", open_routes=[RVP.refresh_route])
    server.always(RVP.refresh_route, Reply.json(RVP.token_body("access-2", "refresh-2")))
    client = RVP.client(server_url, access_token="stale", refresh_token="refresh-1")

    with pipe_of(DATA) as source, pytest.raises(RVP.errors.AuthenticationError):
        send(mode, client, source)

    assert [request.route for request in server.requests] == [ROUTE]
