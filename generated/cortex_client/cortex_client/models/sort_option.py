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
        "field",
        "direction",
    )
)
_FIELDS = operator.itemgetter("field", "direction")


T = TypeVar("T", bound="SortOption")


@_attrs_define
class SortOption:
    """One sort key of a data query (the seed names `SortOption` without defining it).

    Attributes:
        field (str):
        direction (str | Unset): Sort direction; `asc` or `desc` are the usual values.
    """

    field: str
    direction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    field, direction = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                field = src_dict["field"]
                direction = src_dict_get("direction")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(field) is str and (direction is None or type(direction) is str):
                _sort_option = cls(field, UNSET if direction is None else direction)
                if src_dict_extra:
                    _sort_option.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _sort_option
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            field = _decode.expect(d.pop("field"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "field")

        try:
            direction = _decode.optional(d.pop("direction", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "direction")

        _sort_option = cls(
            field=field,
            direction=direction,
        )

        _sort_option.additional_properties = d
        return _sort_option

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
