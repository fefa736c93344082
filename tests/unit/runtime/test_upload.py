"""The upload module as source: parts ready for httpx's multipart encoder, progress, replayability."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import httpx
import pytest

from templates.runtime._retry import REPLAYABLE_EXTENSION, RetryPolicy
from templates.runtime._upload import guess_content_type, upload

DATA = os.urandom(300_000)


def encoded(kwargs: dict[str, object]) -> tuple[httpx.Request, bytes]:
    """Build the request httpx would send and read its whole body, as the transport would."""
    request = httpx.Request("POST", "https://api.test/uploads", **kwargs)  # type: ignore[arg-type]
    return request, b"".join(request.stream)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("paper.pdf", "application/pdf"),
        ("scan.PNG", "image/png"),
        ("notes", "application/octet-stream"),
        (None, "application/octet-stream"),
    ],
)
def test_content_types_are_guessed_from_the_file_name(name: str | None, expected: str) -> None:
    assert guess_content_type(name) == expected


def test_a_file_part_streams_from_its_file_object_with_progress() -> None:
    seen: list[tuple[int, int | None]] = []
    source = io.BytesIO(DATA)
    files = [("file", ("paper.pdf", source, None)), ("description", (None, b"Draft", "text/plain"))]

    with upload({"files": files}, lambda sent, total: seen.append((sent, total))) as kwargs:
        request, body = encoded(kwargs)

    assert DATA in body and b'filename="paper.pdf"' in body and b"Content-Type: application/pdf" in body
    assert request.headers["Content-Length"] == str(len(body))
    assert seen[-1] == (len(DATA), len(DATA))
    assert len(seen) > 3  # read in chunks, not at once
    assert kwargs["extensions"] == {REPLAYABLE_EXTENSION: True}


def test_a_given_content_type_is_kept() -> None:
    with upload({"files": [("file", ("data.bin", b"abc", "application/x-custom"))]}) as kwargs:
        _, body = encoded(kwargs)

    assert b"Content-Type: application/x-custom" in body


def test_a_seekable_body_can_be_sent_twice_and_progress_starts_over() -> None:
    seen: list[int] = []

    with upload({"files": [("file", ("a.txt", io.BytesIO(DATA), None))]}, lambda sent, _: seen.append(sent)) as kwargs:
        request, first = encoded(kwargs)
        second = b"".join(request.stream)  # type: ignore[union-attr]

    assert first == second
    assert seen.count(len(DATA)) == 2


def test_a_path_is_opened_for_the_request_and_closed_after(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(DATA)

    with upload({"files": [("file", ("scan.png", path, None))]}) as kwargs:
        ((_, (_, reader, content_type)),) = kwargs["files"]  # type: ignore[misc]
        _, body = encoded(kwargs)
        file = reader._file

    assert DATA in body and content_type == "image/png"
    assert file.closed


def test_a_pipe_is_streamed_once_and_marked_not_replayable() -> None:
    read_end, write_end = os.pipe()

    def feed() -> None:
        with open(write_end, "wb") as pipe:
            pipe.write(DATA)

    threading.Thread(target=feed).start()
    seen: list[tuple[int, int | None]] = []
    with (
        open(read_end, "rb", buffering=0) as source,
        upload(
            {"files": [("file", ("live.log", source, None))]}, lambda sent, total: seen.append((sent, total))
        ) as kwargs,
    ):
        request, body = encoded(kwargs)

    assert DATA in body
    assert "Content-Length" not in request.headers and request.headers["Transfer-Encoding"] == "chunked"
    assert seen[-1] == (len(DATA), None)
    assert kwargs["extensions"][REPLAYABLE_EXTENSION] is False
    assert not RetryPolicy().may_resend(
        httpx.Request("POST", "https://x", headers={"Idempotency-Key": "k"}, extensions=kwargs["extensions"])
    )


def test_a_request_without_files_is_left_alone() -> None:
    kwargs = {"json": {"a": 1}}

    with upload(kwargs) as prepared:
        assert prepared is kwargs
