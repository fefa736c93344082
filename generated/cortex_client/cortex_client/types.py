"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from ._errors import MalformedResponseError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

DEFAULT_FILE_NAME = "upload"

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return the tuple httpx sends as a multipart part; a file without a name is sent as "upload".

        A part without a filename is read by most servers as a plain text field, not as a file.
        """
        return self.file_name or DEFAULT_FILE_NAME, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """The status, as an ``HTTPStatus`` when Python knows it (520 and the like stay plain ints)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    parse_error: MalformedResponseError | None = None
    """Why the body could not be parsed as the spec documents (``parsed`` is then None), else None."""


def http_status(code: int) -> HTTPStatus | int:
    """Return ``HTTPStatus(code)``, or ``code`` itself for a status Python does not name."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "http_status"]
