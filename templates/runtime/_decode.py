"""Decoding JSON into the models: the checks, and where a body breaks the spec, as a JSON pointer.

Every model decodes its fields one by one; a field that fails raises :class:`DecodeError`, and each enclosing
model or list puts its own key in front of the path on the way out, so the error names the value exactly:
``/users/3/email: missing``. The client turns it into a ``MalformedResponseError``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from ._unset import UNSET, Unset

__all__ = [
    *("ERRORS", "DecodeError", "expect", "located", "nullable", "object_of", "optional", "parse_date"),
    *("parse_datetime", "unset_if_null"),
]

ERRORS = (KeyError, TypeError, ValueError, AttributeError)
"""What decoding a field can raise: a missing key, a value of the wrong kind, a value that does not parse."""

KINDS = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "an array", dict: "an object"}


class DecodeError(ValueError):
    """A JSON value does not decode into its model; ``path`` says where, ``reason`` what is wrong."""

    def __init__(self, reason: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path

    @property
    def pointer(self) -> str:
        """Where the value is, as a JSON pointer (RFC 6901): ``/users/3/email``, or ``""`` for the whole body."""
        return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in self.path)

    def __str__(self) -> str:
        return f"{self.pointer or '(the body)'}: {self.reason}"


def located(exc: Exception, key: str | int) -> DecodeError:
    """Return ``exc``, raised while decoding the value under ``key``, as a DecodeError that names the key."""
    if isinstance(exc, DecodeError):
        exc.path = (key, *exc.path)
        return exc
    if isinstance(exc, KeyError):
        reason = "missing" if exc.args == (key,) else f"missing {exc.args[0]!r}"
    else:
        reason = str(exc) or type(exc).__name__
    error = DecodeError(reason, (key,))
    error.__cause__ = exc
    return error


def describe(value: Any) -> str:
    """Name a JSON value for an error message: ``null``, ``a string 'abc'``, ``an object``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean {str(value).lower()}"
    kind = next((name for kind, name in KINDS.items() if type(value) is kind), type(value).__name__)
    shown = repr(value) if isinstance(value, str | int | float) else ""
    return f"{kind} {shown[:60]}".rstrip()


def expect(value: Any, kind: type) -> Any:
    """Return ``value`` when it is a JSON value of ``kind`` (or unset).

    A number may be an integer, and an integer may be written as a number without a fraction (``3.0``, as JSON
    Schema counts it), which becomes an ``int``; a boolean is neither.

    Raises:
        DecodeError: The value is of another kind.
    """
    if type(value) is kind or isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    if isinstance(value, Unset):
        return value
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is int and isinstance(value, float) and value.is_integer():
        return int(value)
    raise DecodeError(f"expected {KINDS.get(kind, kind.__name__)}, got {describe(value)}")


def optional(value: Any, kind: type) -> Any:
    """Decode an optional field that may not be null: absent or null gives UNSET, anything else :func:`expect`."""
    if value is None:
        return UNSET
    return value if type(value) is kind else expect(value, kind)


def nullable(value: Any, kind: type) -> Any:
    """Decode a field that may be null: null stays None, anything else :func:`expect`."""
    return value if value is None or type(value) is kind else expect(value, kind)


def unset_if_null(value: Any) -> Any:
    """Return UNSET for null: an optional field that may not be null counts as absent when a server sends null."""
    return UNSET if value is None else value


def object_of(value: Any) -> dict[str, Any]:
    """Return a JSON object as a fresh dict the model can take its fields out of.

    Raises:
        DecodeError: The value is not an object.
    """
    if type(value) is dict or isinstance(value, Mapping):
        return dict(value)
    raise DecodeError(f"expected an object, got {describe(value)}")


def parse_datetime(value: Any) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 date-time.

    Raises:
        DecodeError: The value is not a date-time string.
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise DecodeError(f"expected a date-time, got {describe(value)}") from None


def parse_date(value: Any) -> datetime.date:
    """Parse an ISO 8601 date (``2024-05-14``).

    Raises:
        DecodeError: The value is not a date string.
    """
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DecodeError(f"expected a date, got {describe(value)}") from None
