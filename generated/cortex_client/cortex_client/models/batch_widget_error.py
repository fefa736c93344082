from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "message",
        "code",
    )
)
_FIELDS = operator.itemgetter("message", "code")


T = TypeVar("T", bound="BatchWidgetError")


@_attrs_define
class BatchWidgetError:
    """Why the data of one widget in a batch could not be loaded (the seed reads `error?.message`).

    Attributes:
        message (str | Unset):
        code (str | Unset): Machine-readable error code.
    """

    message: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    message, code = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                message = src_dict_get("message")
                code = src_dict_get("code")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (message is None or type(message) is str) and (code is None or type(code) is str):
                _batch_widget_error = cls(UNSET if message is None else message, UNSET if code is None else code)
                if src_dict_extra:
                    _batch_widget_error.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _batch_widget_error
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            message = _decode.optional(d.pop("message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "message")

        try:
            code = _decode.optional(d.pop("code", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "code")

        _batch_widget_error = cls(
            message=message,
            code=code,
        )

        _batch_widget_error.additional_properties = d
        return _batch_widget_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
