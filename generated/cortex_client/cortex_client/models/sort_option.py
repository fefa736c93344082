from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sort_option_direction import SortOptionDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="SortOption")


@_attrs_define
class SortOption:
    """One sort key of a data query.

    Attributes:
        field (str):
        direction (SortOptionDirection | Unset):  Default: SortOptionDirection.ASC.
    """

    field: str
    direction: SortOptionDirection | Unset = SortOptionDirection.ASC

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        field = d.pop("field")

        _direction = d.pop("direction", UNSET)
        direction: SortOptionDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = SortOptionDirection(_direction)

        _sort_option = cls(
            field=field,
            direction=direction,
        )

        return _sort_option
