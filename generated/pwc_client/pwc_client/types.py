"""Contains some shared types for properties"""

import io
import mimetypes
import os
from collections.abc import Mapping, MutableMapping
from enum import StrEnum
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any, BinaryIO, Generic, Self, TypeVar, cast

from attrs import define

from ._errors import MalformedResponseError
from ._unset import UNSET, Unset

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


FileInput = File | str | os.PathLike[str] | bytes | BinaryIO
"""What a file field takes: a ``File``, a path (``str`` or ``Path``), the content as bytes, or a binary file."""


def as_file(value: FileInput) -> File:
    """Return ``value`` as a ``File``: a path is opened and streamed when the request is sent (name and media type
    from the file name), bytes are sent as they are, and a binary file object is sent from where it stands (named
    after its file).

    Raises:
        TypeError: The value is none of these, or a file opened in text mode.
    """
    if isinstance(value, File):
        return value
    if isinstance(value, str | os.PathLike):
        path = Path(value)  # the upload runtime opens a path payload for the request and closes it after
        return File(payload=cast(BinaryIO, path), file_name=path.name, mime_type=_media_type(path.name))
    if isinstance(value, bytes | bytearray):
        return File(payload=io.BytesIO(bytes(value)))
    if isinstance(value, io.TextIOBase):
        msg = "a file to upload must be opened in binary mode ('rb'), not text mode"
        raise TypeError(msg)
    if hasattr(value, "read"):
        name = getattr(value, "name", None)
        file_name = Path(name).name if isinstance(name, str) else None
        return File(payload=value, file_name=file_name, mime_type=_media_type(file_name) if file_name else None)
    msg = f"a file must be a File, a path, bytes or a binary file object, not {type(value).__name__}"
    raise TypeError(msg)


def as_file_or_unset(value: FileInput | Unset) -> File | Unset:
    """The converter of optional file fields: :func:`as_file`, leaving UNSET alone."""
    return value if isinstance(value, Unset) else as_file(value)


def _media_type(file_name: str) -> str | None:
    return mimetypes.guess_type(file_name)[0]


class OpenStrEnum(StrEnum):
    """A string enum that keeps the values the spec does not list, for servers newer than the spec.

    Calling the enum, ``Status("done")``, accepts a member or its value and raises ``ValueError`` naming the
    allowed values for anything else, so an argument is checked before it is sent. Decoding a response uses
    :meth:`decode`, which returns an unlisted value as a member of its own instead of failing: ``is_known`` is
    False, ``value`` is the string the server sent, and ``to_dict()`` gives it back unchanged.
    """

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self.is_known:
            return super().__repr__()
        return f"<{type(self).__name__} {self.value!r} (not in the spec)>"

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> Any:
        allowed = ", ".join(repr(member.value) for member in cls)
        msg = f"{value!r} is not a valid {cls.__name__}; expected one of {allowed}"
        raise ValueError(msg)

    @classmethod
    def decode(cls, value: object) -> Self:
        """Return the member for ``value``; a string the spec does not list becomes a member of its own.

        Raises:
            TypeError: The value is not a string.
        """
        if type(value) is str:
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast(Self, member)
        if not isinstance(value, str):
            msg = f"expected a string, got {type(value).__name__} {value!r}"
            raise TypeError(msg)
        try:
            return cls(value)
        except ValueError:
            pass
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown


@define
class UnknownVariant:
    """A value of a ``oneOf``/``anyOf`` that matches none of the variants the spec lists (a newer server's).

    ``value`` is the JSON value as it came; ``to_dict()`` gives it back unchanged.
    """

    value: Any

    def to_dict(self) -> Any:
        return self.value


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


__all__ = [
    "UNSET",
    "File",
    "FileInput",
    "FileTypes",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "UnknownVariant",
    "Unset",
    "as_file",
    "as_file_or_unset",
    "http_status",
]
