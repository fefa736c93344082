"""The JSON decoder as source: the same values and the same errors as ``json.loads``, with msgspec and without."""

from __future__ import annotations

import builtins
import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from templates.runtime import _json

DOCUMENTS = [
    b'{"a": 123456789012345678901234567890}',
    b'{"a": -9223372036854775809, "b": 18446744073709551616}',
    b'{"a": 1e400}',
    b'{"a": NaN, "b": -Infinity}',
    b'"\\ud800"',
    b'{"a": 1, "a": 2}',
    b'\xef\xbb\xbf{"a": 1}',
    '{"a": "é"}'.encode("utf-16"),
    b'{"a": 12345678901234567890.5, "b": 0.1e-400, "c": -0}',
    b' {"nested": [1, 2.5, true, null, {"x": "\\u00e9"}]} ',
    b'{"emoji": "\\ud83d\\ude00"}',
]
BROKEN = [b"[1, 2", b"", b"<html>oops</html>", b'{"a": }', b"\xff\xfe\xfd"]


@pytest.fixture(params=["msgspec", "stdlib"])
def decoder(request: pytest.FixtureRequest) -> Iterator[str]:
    _json.use_fast_decoder(request.param == "msgspec")
    try:
        yield request.param
    finally:
        _json.use_fast_decoder(True)


def equal(left: Any, right: Any) -> bool:
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left) and math.isnan(right):
        return True
    if isinstance(left, dict) and isinstance(right, dict):
        return list(left) == list(right) and all(equal(left[key], right[key]) for key in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(equal, left, right))
    return type(left) is type(right) and left == right


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_same_values_as_the_standard_library(decoder: str, document: bytes) -> None:
    assert equal(_json.loads(document), json.loads(document))


@pytest.mark.parametrize("document", BROKEN)
def test_the_same_error_as_the_standard_library(decoder: str, document: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(document)
    with pytest.raises(type(expected.value)) as raised:
        _json.loads(document)
    assert str(raised.value) == str(expected.value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=20,
)


@given(value=json_values, as_text=st.booleans())
def test_any_document_decodes_as_with_the_standard_library(value: Any, as_text: bool) -> None:
    text = json.dumps(value)
    document = text if as_text else text.encode()
    assert equal(_json.loads(document), json.loads(document))


def test_without_msgspec_installed_the_standard_library_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def refuse_msgspec(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "msgspec" or name.startswith("msgspec."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse_msgspec)
    _json.use_fast_decoder(True)  # resolved again on the next decode, now without msgspec
    try:
        assert _json.loads(b'{"big": 123456789012345678901234567890}') == {"big": 123456789012345678901234567890}
        assert _json._fast is None
    finally:
        monkeypatch.undo()
        _json.use_fast_decoder(True)
    assert _json.loads(b"[1]") == [1] and _json._fast is not None
