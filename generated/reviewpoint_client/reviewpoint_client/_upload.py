"""Uploads: multipart file parts streamed from their source, with progress, and sent twice only when they can be.

A file part's payload may be bytes, a binary file object or a path (opened for the request, closed after). httpx
reads file objects in 64 KiB chunks while it sends them, so no file is loaded whole; a seekable file also gives the
request its ``Content-Length``. A part without a content type gets one guessed from its file name.
``progress(sent, total)`` follows the bytes read from the files (``total`` when every size is known). A file object
that cannot seek (a pipe, a socket) is sent with chunked encoding and can be read only once: the request is marked so
that neither a retry nor a token renewal sends it again.
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from ._retry import REPLAYABLE_EXTENSION

__all__ = ["Progress", "guess_content_type", "upload"]

Progress = Callable[[int, int | None], None]
"""Called as the files are read with the bytes sent so far and the total, when every size is known."""
DEFAULT_CONTENT_TYPE = "application/octet-stream"


def guess_content_type(file_name: str | None) -> str:
    """The media type a file name suggests (``report.pdf``: ``application/pdf``), else ``application/octet-stream``."""
    guessed = mimetypes.guess_type(file_name, strict=False)[0] if file_name else None
    return guessed or DEFAULT_CONTENT_TYPE


@contextlib.contextmanager
def upload(kwargs: dict[str, Any], progress: Progress | None = None) -> Iterator[dict[str, Any]]:
    """Yield the request's keyword arguments with its file parts ready to stream; close the files it opened.

    Raises:
        OSError: A path could not be opened.
    """
    files = kwargs.get("files")
    if not files:
        yield kwargs
        return
    with contextlib.ExitStack() as opened:
        readers: list[_Reader] = []
        parts = [(field, _part(value, opened, readers)) for field, value in files]
        replayable = all(reader.seekable() for reader in readers)
        if progress is not None:
            _Tally(readers, progress)
        extensions = {**kwargs.get("extensions", {}), REPLAYABLE_EXTENSION: replayable}
        yield {**kwargs, "files": parts, "extensions": extensions}


def _part(value: Any, opened: contextlib.ExitStack, readers: list[_Reader]) -> Any:
    """One multipart part, its payload wrapped for counting and its content type filled in."""
    if not isinstance(value, tuple) or value[0] is None:
        return value  # a plain form field
    name, payload, content_type, *headers = value
    if isinstance(payload, os.PathLike):
        payload = opened.enter_context(open(payload, "rb"))  # noqa: SIM115 - closed by the exit stack
    if not isinstance(payload, (bytes, str)):
        reader = _Reader(payload)
        readers.append(reader)
        payload = reader
    return (name, payload, content_type or guess_content_type(name), *headers)


class _Reader(io.RawIOBase):
    """A binary file as httpx reads it for a multipart part, counting the bytes read."""

    def __init__(self, file: BinaryIO) -> None:
        super().__init__()
        self._file = file
        self.sent = 0
        self.on_read: Callable[[], None] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        try:
            return bool(self._file.seekable())
        except (AttributeError, ValueError):
            return False

    def read(self, size: int = -1) -> bytes:
        chunk = self._file.read(size)
        self.sent += len(chunk)
        if chunk and self.on_read is not None:
            self.on_read()
        return chunk

    def readinto(self, buffer: Any) -> int:  # io.RawIOBase's other reader; httpx uses read()
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self.seekable():
            raise io.UnsupportedOperation("seek")  # what httpx expects of a stream it cannot rewind
        position = self._file.seek(offset, whence)
        if whence == os.SEEK_SET:
            self.sent = position  # httpx rewinds a part before sending it (again)
        return position

    def tell(self) -> int:
        return self._file.tell()

    def fileno(self) -> int:
        if not self.seekable():  # the size of a pipe says what is buffered, not what will come: no Content-Length
            raise io.UnsupportedOperation("fileno")
        return self._file.fileno()

    def size(self) -> int | None:
        """The file's length, when it can be known without reading it."""
        if not self.seekable():
            return None
        position = self._file.tell()
        end = self._file.seek(0, os.SEEK_END)
        self._file.seek(position)
        return end


class _Tally:
    """Report the sum of the bytes read from every file part to ``progress`` after each read."""

    def __init__(self, readers: list[_Reader], progress: Progress) -> None:
        self._readers = readers
        self._progress = progress
        sizes = [reader.size() for reader in readers]
        self._total = None if any(size is None for size in sizes) else sum(size or 0 for size in sizes)
        for reader in readers:
            reader.on_read = self._report

    def _report(self) -> None:
        self._progress(sum(reader.sent for reader in self._readers), self._total)
