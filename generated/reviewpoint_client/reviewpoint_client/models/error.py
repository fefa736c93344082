from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(("detail",))


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """FastAPI error body. The seed reads `error_data.get("detail", ...)` (line 396), so `detail` is
    optional; an error may also come without a body.

        Attributes:
            detail (str | Unset): Human-readable error message.
    """

    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            detail = src_dict_get("detail")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if detail is None or type(detail) is str:
                _error = cls(UNSET if detail is None else detail)
                if src_dict_extra:
                    _error.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _error
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            detail = _decode.optional(d.pop("detail", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "detail")

        _error = cls(
            detail=detail,
        )

        _error.additional_properties = d
        return _error

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
