"""The download module as source, on ``httpx.MockTransport``: file names, resumption, restarts, no partial files."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from templates.runtime._download import DownloadedFile, _file_name, adownload, download
from templates.runtime._errors import ApiConnectionError, NotFoundError, connection_error

BODY = bytes(range(256)) * 64  # 16 KiB
KWARGS = {"method": "GET", "url": "/exports/e-1/download"}


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that stops after ``upto`` bytes the way a dropped connection does."""

    def __init__(self, data: bytes, upto: int | None = None) -> None:
        self.data = data
        self.upto = upto

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data[: self.upto]), 4096):
            yield self.data[start : min(start + 4096, len(self.data[: self.upto]))]
        if self.upto is not None:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class Server:
    """Answers with scripted responses (functions of the request) and records the requests; a client shim."""

    def __init__(self, *replies: Callable[[httpx.Request], httpx.Response]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return (self.replies.pop(0) if len(self.replies) > 1 else self.replies[0])(request)

    @contextlib.contextmanager
    def stream(self, **kwargs: Any) -> Iterator[httpx.Response]:
        """What the generated client's ``stream`` does: send, hand the response out unread, map errors."""
        with httpx.Client(transport=httpx.MockTransport(self.handle), base_url="https://api.test") as client:
            try:
                with client.stream(**kwargs) as response:
                    yield response
            except httpx.TransportError as exc:
                raise connection_error(exc) from exc

    @contextlib.asynccontextmanager
    async def astream(self, **kwargs: Any) -> AsyncIterator[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(self.handle), base_url="https://api.test") as c:
            try:
                async with c.stream(**kwargs) as response:
                    yield response
            except httpx.TransportError as exc:
                raise connection_error(exc) from exc


def full(upto: int | None = None, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    base = {"Content-Type": "application/pdf", "Content-Length": str(len(BODY)), "Accept-Ranges": "bytes"}
    return lambda request: httpx.Response(200, headers={**base, **headers}, stream=Body(BODY, upto))


def rest(upto: int | None = None) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        start = int(request.headers["Range"].removeprefix("bytes=").removesuffix("-"))
        headers = {
            "Content-Range": f"bytes {start}-{len(BODY) - 1}/{len(BODY)}",
            "Content-Length": str(len(BODY) - start),
        }
        return httpx.Response(206, headers=headers, stream=Body(BODY[start:], upto))

    return reply


def leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('attachment; filename="report.pdf"', "report.pdf"),
        ("attachment; filename=report.pdf", "report.pdf"),
        ("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf; filename=\"resume.pdf\"", "résumé.pdf"),
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="C:\\\\temp\\\\x.pdf"', "x.pdf"),
        ('attachment; filename=".."', None),
        ('attachment; filename="a\x07b.csv"', "ab.csv"),
        ("inline", None),
        ("", None),
    ],
)
def test_the_file_name_of_content_disposition_is_a_safe_base_name(header: str, name: str | None) -> None:
    assert _file_name(header) == name


def test_a_download_to_a_directory_takes_the_servers_file_name_and_media_type(tmp_path: Path) -> None:
    server = Server(full(**{"Content-Disposition": 'attachment; filename="Q1 report.pdf"'}))
    seen: list[tuple[int, int | None]] = []

    result = download(server, KWARGS, tmp_path, progress=lambda done, total: seen.append((done, total)))

    assert result == DownloadedFile(tmp_path / "Q1 report.pdf", "Q1 report.pdf", "application/pdf", len(BODY))
    assert (tmp_path / "Q1 report.pdf").read_bytes() == BODY
    assert leftovers(tmp_path) == ["Q1 report.pdf"]
    assert seen[-1] == (len(BODY), len(BODY)) and [done for done, _ in seen] == sorted({done for done, _ in seen})
    (request,) = server.requests
    assert request.headers["Accept-Encoding"] == "identity" and "Range" not in request.headers


def test_without_a_file_name_the_last_url_segment_is_used(tmp_path: Path) -> None:
    result = download(Server(full()), KWARGS, tmp_path)

    assert result.path == tmp_path / "download" and result.file_name is None


def test_a_dropped_download_resumes_with_range_and_if_range(tmp_path: Path) -> None:
    server = Server(full(upto=5000, ETag='"v1"'), rest(upto=4000), rest())

    result = download(server, KWARGS, tmp_path / "out.pdf")

    assert (tmp_path / "out.pdf").read_bytes() == BODY and result.size == len(BODY)
    ranges = [(request.headers.get("Range"), request.headers.get("If-Range")) for request in server.requests]
    assert ranges == [(None, None), ("bytes=5000-", '"v1"'), ("bytes=9000-", '"v1"')]
    assert leftovers(tmp_path) == ["out.pdf"]


def test_a_weak_etag_is_not_a_validator_but_last_modified_is(tmp_path: Path) -> None:
    stamp = "Wed, 21 Oct 2015 07:28:00 GMT"
    server = Server(full(upto=100, ETag='W/"v1"', **{"Last-Modified": stamp}), rest())

    download(server, KWARGS, tmp_path / "out.pdf")

    assert server.requests[1].headers["If-Range"] == stamp


def test_a_server_that_sends_everything_again_is_read_from_the_start(tmp_path: Path) -> None:
    server = Server(full(upto=5000), full())
    seen: list[int] = []

    download(server, KWARGS, tmp_path / "out.pdf", progress=lambda done, total: seen.append(done))

    assert (tmp_path / "out.pdf").read_bytes() == BODY
    assert seen[seen.index(5000) + 1] == 4096  # counted again from zero


def test_a_download_that_keeps_dropping_leaves_no_file(tmp_path: Path) -> None:
    server = Server(full(upto=1000), rest(upto=10))

    with pytest.raises(ApiConnectionError):
        download(server, KWARGS, tmp_path / "out.pdf", max_resumes=2)

    assert len(server.requests) == 3
    assert leftovers(tmp_path) == []


def test_an_encoded_body_is_not_resumed(tmp_path: Path) -> None:
    server = Server(full(upto=1000, **{"Content-Encoding": "br"}), rest())

    with pytest.raises(ApiConnectionError):
        download(server, KWARGS, tmp_path / "out.pdf")

    assert len(server.requests) == 1
    assert leftovers(tmp_path) == []


def test_an_error_status_raises_the_typed_error_and_writes_nothing(tmp_path: Path) -> None:
    server = Server(lambda request: httpx.Response(404, json={"message": "no such export"}))

    with pytest.raises(NotFoundError, match="no such export"):
        download(server, KWARGS, tmp_path / "out.pdf")

    assert leftovers(tmp_path) == []


def test_a_missing_directory_fails_before_the_request(tmp_path: Path) -> None:
    server = Server(full())

    for destination in (tmp_path / "nowhere" / "out.pdf", str(tmp_path / "reports") + os.sep):
        with pytest.raises(FileNotFoundError, match="no such directory"):
            download(server, KWARGS, destination)

    assert server.requests == []


def test_a_file_object_gets_the_body_and_is_rewound_on_a_restart() -> None:
    output = io.BytesIO(b"header:")
    output.seek(7)

    result = download(Server(full(upto=3000), full()), KWARGS, output)

    assert output.getvalue() == b"header:" + BODY
    assert result.path is None and result.size == len(BODY)


def test_the_async_twin_resumes_the_same_way(tmp_path: Path) -> None:
    server = Server(full(upto=5000, ETag='"v1"'), rest())

    result = asyncio.run(adownload(server, KWARGS, tmp_path))

    assert result.path is not None and result.path.read_bytes() == BODY
    assert server.requests[1].headers["Range"] == "bytes=5000-"
    assert leftovers(tmp_path) == ["download"]
