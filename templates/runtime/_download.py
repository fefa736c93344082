"""Downloads: stream a binary response to a file or a binary file object, resuming a dropped transfer.

The body is never held in memory: each chunk is written as it arrives from the network. To a path, it goes into a
temporary file beside the target, renamed to the target once complete; a failed or interrupted download leaves no
file behind. A path that names a directory gets the file name the server gives in ``Content-Disposition`` (or the
last segment of the URL). When the connection drops mid-body, the download asks for the rest with ``Range``
(guarded by ``If-Range`` when the server gave an ``ETag`` or ``Last-Modified``), at most ``max_resumes`` times; a
server that answers with the whole body again is read from the start.
"""

from __future__ import annotations

import contextlib
import email.message
import email.utils
import os
import re
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any, BinaryIO, Protocol

import httpx

from ._errors import ApiConnectionError, ApiStatusError, malformed, status_error
from ._retry import STREAM_EXTENSION

__all__ = ["DEFAULT_MAX_RESUMES", "Destination", "DownloadedFile", "Progress", "adownload", "download"]

Progress = Callable[[int, int | None], None]
"""Called after each chunk with the bytes written so far and the total, when the server said it."""
Destination = str | os.PathLike[str] | BinaryIO
ErrorFactory = Callable[[httpx.Response], ApiStatusError]

DEFAULT_MAX_RESUMES = 3
FALLBACK_NAME = "download"
CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


@dataclass(frozen=True)
class DownloadedFile:
    """What a download produced.

    Args:
        path: Where the file was written; None when it went to a file object.
        file_name: The file name the server gave (``Content-Disposition``), if any.
        media_type: The media type of the body (``Content-Type`` without parameters), if given.
        size: The number of bytes written.
    """

    path: Path | None
    file_name: str | None
    media_type: str | None
    size: int


class _Client(Protocol):
    def stream(self, **kwargs: Any) -> contextlib.AbstractContextManager[httpx.Response]: ...


class _AsyncClient(Protocol):
    def astream(self, **kwargs: Any) -> contextlib.AbstractAsyncContextManager[httpx.Response]: ...


class _Transfer:
    """The state of one download across its attempts: bytes done, total, validator, what the server said. No I/O."""

    def __init__(self, kwargs: dict[str, Any], error_from_response: ErrorFactory, progress: Progress | None) -> None:
        self.kwargs = kwargs
        self.error_from_response = error_from_response
        self.progress = progress
        self.done = 0
        self.total: int | None = None
        self.validator: str | None = None
        self.file_name: str | None = None
        self.media_type: str | None = None
        self.resumable = True

    def request(self) -> dict[str, Any]:
        """The keyword arguments of the next attempt: unbuffered, unencoded, and from ``done`` on once resuming."""
        headers = {**self.kwargs.get("headers", {}), "Accept-Encoding": "identity"}
        if self.done:
            headers["Range"] = f"bytes={self.done}-"
            if self.validator is not None:
                headers["If-Range"] = self.validator
        extensions = {**self.kwargs.get("extensions", {}), STREAM_EXTENSION: True}
        return {**self.kwargs, "headers": headers, "extensions": extensions}

    def begin(self, response: httpx.Response) -> bool:
        """Check an attempt's response (an error response must be read); return whether it restarts from byte 0.

        Raises:
            ApiStatusError: The server answered with an error status.
            MalformedResponseError: A partial answer that does not start where the download stopped.
        """
        if not response.is_success:
            raise self.error_from_response(response)
        if response.status_code == 206 and self.done:
            start, total = _content_range(response)
            if start != self.done:
                raise malformed(response, ValueError(f"the server resumed at byte {start}, not {self.done}"))
            self.total = total
            return False
        restart = self.done > 0
        self.done = 0
        self.total = _int(response.headers.get("Content-Length"))
        self._describe(response)
        return restart

    def advance(self, size: int) -> None:
        self.done += size
        if self.progress is not None:
            self.progress(self.done, self.total)

    def check_complete(self, response: httpx.Response) -> None:
        """Raise a connection error (which resumes) when the body ended short of what the server announced."""
        if self.total is not None and self.done < self.total:
            msg = f"the body ended after {self.done} of {self.total} bytes"
            raise ApiConnectionError(msg, request=response.request, response=response)

    def _describe(self, response: httpx.Response) -> None:
        headers = response.headers
        self.file_name = _file_name(headers.get("Content-Disposition"))
        content_type = headers.get("Content-Type")
        self.media_type = content_type.partition(";")[0].strip() or None if content_type else None
        etag = headers.get("ETag")
        strong_etag = etag if etag is not None and not etag.startswith("W/") else None
        self.validator = strong_etag or headers.get("Last-Modified")
        encoded = headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
        self.resumable = not encoded


class _Sink:
    """Where the bytes go: a temporary file renamed into place, or the caller's file object."""

    def __init__(self, destination: Destination) -> None:
        self._file_object: BinaryIO | None = None
        self._path: Path | None = None
        if isinstance(destination, (str, os.PathLike)):
            self._path = Path(destination)
            _check_writable(self._path, wants_directory=os.fspath(destination).endswith(("/", os.sep)))
        else:
            self._file_object = destination
        self._start = _tell(self._file_object) if self._file_object is not None else None
        self._temporary: Path | None = None
        self._file: BinaryIO | None = None
        self.target: Path | None = None

    def open(self, transfer: _Transfer, request: httpx.Request, restart: bool) -> None:
        """Make ready for the body of an attempt: create the temporary file first, empty it on a restart."""
        if self._file_object is not None:
            if restart:
                self._rewind()
            return
        if self._file is None:
            assert self._path is not None
            name = transfer.file_name or _url_name(request.url) or FALLBACK_NAME
            self.target = self._path / name if self._path.is_dir() else self._path
            self._temporary = self.target.with_name(f".{self.target.name}.{secrets.token_hex(4)}.part")
            self._file = open(self._temporary, "xb")  # noqa: SIM115 - closed in commit() or discard()
        elif restart:
            self._file.seek(0)
            self._file.truncate()

    def write(self, chunk: bytes) -> None:
        output = self._file_object if self._file_object is not None else self._file
        assert output is not None
        output.write(chunk)

    def commit(self) -> Path | None:
        """Move the complete file into place (nothing to do for a file object)."""
        if self._file is None or self._temporary is None or self.target is None:
            return None
        self._file.close()
        os.replace(self._temporary, self.target)
        self._temporary = None
        return self.target

    def discard(self) -> None:
        """Remove the temporary file of a download that failed."""
        if self._file is not None:
            self._file.close()
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)

    def _rewind(self) -> None:
        if self._start is None:
            msg = "the server restarted the download and the file object cannot be rewound"
            raise ApiConnectionError(msg)
        assert self._file_object is not None
        self._file_object.seek(self._start)
        self._file_object.truncate()

    def __enter__(self) -> _Sink:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.discard()


def download(
    client: _Client,
    kwargs: dict[str, Any],
    destination: Destination,
    *,
    progress: Progress | None = None,
    error_from_response: ErrorFactory = status_error,
    max_resumes: int = DEFAULT_MAX_RESUMES,
) -> DownloadedFile:
    """Send the request and write the response body to ``destination`` as it arrives.

    Raises:
        ApiStatusError: The server answered with an error status.
        ApiConnectionError: The connection failed, or dropped more than ``max_resumes`` times.
        OSError: The file could not be written.
    """
    transfer = _Transfer(kwargs, error_from_response, progress)
    with _Sink(destination) as sink:
        resumes = 0
        while True:
            started = False
            try:
                with client.stream(**transfer.request()) as response:
                    if not response.is_success:
                        response.read()
                    sink.open(transfer, response.request, transfer.begin(response))
                    started = True
                    for chunk in response.iter_bytes():
                        sink.write(chunk)
                        transfer.advance(len(chunk))
                    transfer.check_complete(response)
                break
            except ApiConnectionError:
                if not (started and transfer.resumable and resumes < max_resumes):
                    raise
                resumes += 1
        return DownloadedFile(sink.commit(), transfer.file_name, transfer.media_type, transfer.done)


async def adownload(
    client: _AsyncClient,
    kwargs: dict[str, Any],
    destination: Destination,
    *,
    progress: Progress | None = None,
    error_from_response: ErrorFactory = status_error,
    max_resumes: int = DEFAULT_MAX_RESUMES,
) -> DownloadedFile:
    """The asynchronous twin of :func:`download` (the file is written with blocking writes, chunk by chunk)."""
    transfer = _Transfer(kwargs, error_from_response, progress)
    with _Sink(destination) as sink:
        resumes = 0
        while True:
            started = False
            try:
                async with client.astream(**transfer.request()) as response:
                    if not response.is_success:
                        await response.aread()
                    sink.open(transfer, response.request, transfer.begin(response))
                    started = True
                    chunks: AsyncIterator[bytes] = response.aiter_bytes()
                    async for chunk in chunks:
                        sink.write(chunk)
                        transfer.advance(len(chunk))
                    transfer.check_complete(response)
                break
            except ApiConnectionError:
                if not (started and transfer.resumable and resumes < max_resumes):
                    raise
                resumes += 1
        return DownloadedFile(sink.commit(), transfer.file_name, transfer.media_type, transfer.done)


def _check_writable(path: Path, *, wants_directory: bool) -> None:
    """Fail before the request when the download could not be written: a missing directory."""
    directory = path if wants_directory or path.is_dir() else path.parent
    if not directory.is_dir():
        msg = f"cannot download to {os.fspath(path)!r}: no such directory {os.fspath(directory)!r}"
        raise FileNotFoundError(msg)


def _file_name(disposition: str | None) -> str | None:
    """The file name of a ``Content-Disposition`` header (``filename*`` first), reduced to a safe base name."""
    if not disposition:
        return None
    message = email.message.Message()
    message["Content-Disposition"] = disposition
    names = [value for key, value in (message.get_params(header="Content-Disposition") or [])[1:] if key == "filename"]
    extended = [value for value in names if isinstance(value, tuple)]  # filename*=UTF-8''... wins (RFC 6266)
    if not names:
        return None
    raw = email.utils.collapse_rfc2231_value((extended or names)[0])
    return _safe_name(raw) if raw else None


def _url_name(url: httpx.URL) -> str | None:
    return _safe_name(PurePosixPath(url.path).name)


def _safe_name(name: str) -> str | None:
    """Keep the last path segment of a name, without control characters; None for nothing usable."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = "".join(character for character in base if character.isprintable()).strip()
    return cleaned if cleaned and cleaned not in (".", "..") else None


def _content_range(response: httpx.Response) -> tuple[int, int | None]:
    match = CONTENT_RANGE.match(response.headers.get("Content-Range", "").strip())
    if match is None:
        raise malformed(response, ValueError("a 206 answer without a usable Content-Range"))
    total = match.group(3)
    return int(match.group(1)), int(total) if total != "*" else None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def _tell(file_object: BinaryIO) -> int | None:
    try:
        return file_object.tell() if file_object.seekable() else None
    except (AttributeError, OSError):
        return None
