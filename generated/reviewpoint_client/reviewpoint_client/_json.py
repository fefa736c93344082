"""Decoding JSON: with msgspec when it is installed, else with the standard library; the same values either way.

msgspec parses a body two to three times faster than :func:`json.loads`, straight from bytes, with a lower peak of
memory. It is an optional speed-up (the package's ``fast`` extra): nothing else changes when it is missing. What
msgspec refuses and the standard library accepts (``NaN``, a byte order mark, UTF-16, numbers beyond a float,
lone surrogates) is decoded again by the standard library, so a body decodes to the same values, and fails with the
same ``json.JSONDecodeError``, with and without it. msgspec is imported on the first decode, not with the package.

A large body (a page of 100,000 records) would be all dicts before it is all models: twice the memory. With msgspec,
:func:`loads` decodes such a body one array item at a time into its model instead, for the arrays the model names
or a body that is itself an array of models, which keeps the peak near the models' own size. Any surprise on the
way (not an object, an array that is not one, an item that does not decode) sends the body through the plain path
again, where the model reports it as usual.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from . import _decode

__all__ = ["ITEM_BY_ITEM_SIZE", "loads", "use_fast_decoder"]

ITEM_BY_ITEM_SIZE = 1 << 20  # bodies from 1 MiB up decode item by item (when a model names its arrays)
ItemDecoders = Callable[[], Mapping[str, Callable[[Any], Any]]]

_fast: Callable[[bytes | str], Any] | None = None
_errors: tuple[type[Exception], ...] = ()
_wanted = True
_resolved = False


def loads(
    data: bytes | bytearray | str, items: ItemDecoders | None = None, *, each: Callable[[Any], Any] | None = None
) -> Any:
    """Decode a JSON document, as :func:`json.loads` does.

    ``items`` (a model's ``_item_decoders``) names the arrays of models a large object holds, by key, with the
    decoder of their items; ``each`` is the decoder of the items of a large array. Those arrays come back holding
    the decoded items (which the models' ``from_dict`` take as they are).

    Raises:
        json.JSONDecodeError: The document is not JSON.
    """
    decode = _fast if _resolved else _resolve()
    if (items is not None or each is not None) and decode is not None and len(data) >= ITEM_BY_ITEM_SIZE:
        decoded = _item_by_item(data, items, each)
        if decoded is not None:
            return decoded
    if decode is not None:
        try:
            return decode(data)  # type: ignore[arg-type]
        except _errors:
            pass
    return json.loads(data)


def _item_by_item(data: bytes | bytearray | str, items: ItemDecoders | None, each: Callable[[Any], Any] | None) -> Any:
    """``data`` with the arrays ``items`` names (or, with ``each``, the array it is) decoded one item at a time.

    None on any surprise: the caller decodes the body whole.
    """
    import msgspec  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415

    try:
        if each is not None:
            return _decoded_items(msgspec, data, each)
        decoded: dict[str, Any] = {}
        decoders = items() if items is not None else {}
        for key, raw in msgspec.json.decode(data, type=dict[str, msgspec.Raw]).items():
            decode_item = decoders.get(key)
            decoded[key] = (
                msgspec.json.decode(raw) if decode_item is None else _decoded_items(msgspec, raw, decode_item)
            )
    except (msgspec.DecodeError, *_decode.ERRORS):
        return None
    return decoded


def _decoded_items(msgspec: Any, array: Any, decode_item: Callable[[Any], Any]) -> list[Any]:
    """The items of a JSON array, each decoded and passed to ``decode_item`` in turn (its dict freed at once)."""
    items: list[Any] = msgspec.json.decode(array, type=list[msgspec.Raw])
    for index, item in enumerate(items):
        items[index] = decode_item(msgspec.json.decode(item))
    return items


def use_fast_decoder(enabled: bool) -> None:
    """Decode with msgspec when it is installed (the default), or always with the standard library."""
    global _wanted, _resolved
    _wanted = enabled
    _resolved = False


def _resolve() -> Callable[[bytes | str], Any] | None:
    global _fast, _errors, _resolved
    _fast, _errors = None, ()
    if _wanted:
        try:
            import msgspec  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
        except ImportError:
            pass
        else:
            _fast, _errors = msgspec.json.decode, (msgspec.DecodeError,)
    _resolved = True
    return _fast
