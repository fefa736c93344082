"""Readable reprs of the generated models: unset fields left out, secrets masked where a field says so.

A model field that holds a secret is declared with attrs' ``field(repr=masked)``; :func:`model_repr` honours
every field's ``repr`` setting as attrs' own repr does, and leaves out what the server did not send.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._unset import Unset

__all__ = ["MASK", "masked", "model_repr"]

MASK = "***"


def masked(value: object) -> str:
    """The repr of a secret field's value: never the value."""
    return MASK


def model_repr(instance: Any) -> str:
    """``Model(field=value, ...)`` with the fields that are set, and the unlisted properties when there are any."""
    shown = []
    for field in attrs.fields(type(instance)):
        value = getattr(instance, field.name)
        if field.repr is False or isinstance(value, Unset):
            continue
        if field.name == "additional_properties" and not field.init and not value:
            continue
        shown.append(f"{field.name}={field.repr(value) if callable(field.repr) else repr(value)}")
    return f"{type(instance).__name__}({', '.join(shown)})"
