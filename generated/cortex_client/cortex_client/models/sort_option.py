from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

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
