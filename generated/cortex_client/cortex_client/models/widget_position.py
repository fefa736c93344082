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
        "x",
        "y",
        "w",
        "h",
    )
)
_FIELDS = operator.itemgetter("x", "y", "w", "h")


T = TypeVar("T", bound="WidgetPosition")


@_attrs_define
class WidgetPosition:
    """Placement of a widget on the dashboard grid, in grid units (inferred).

    Attributes:
        x (int | Unset): Column of the top-left corner.
        y (int | Unset): Row of the top-left corner.
        w (int | Unset): Width.
        h (int | Unset): Height.
    """

    x: int | Unset = UNSET
    y: int | Unset = UNSET
    w: int | Unset = UNSET
    h: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        w = self.w

        h = self.h

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if w is not UNSET:
            field_dict["w"] = w
        if h is not UNSET:
            field_dict["h"] = h

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    x, y, w, h = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                x = src_dict_get("x")
                y = src_dict_get("y")
                w = src_dict_get("w")
                h = src_dict_get("h")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (x is None or type(x) is int)
                and (y is None or type(y) is int)
                and (w is None or type(w) is int)
                and (h is None or type(h) is int)
            ):
                _widget_position = cls(
                    UNSET if x is None else x,
                    UNSET if y is None else y,
                    UNSET if w is None else w,
                    UNSET if h is None else h,
                )
                if src_dict_extra:
                    _widget_position.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _widget_position
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            x = _decode.optional(d.pop("x", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "x")

        try:
            y = _decode.optional(d.pop("y", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "y")

        try:
            w = _decode.optional(d.pop("w", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "w")

        try:
            h = _decode.optional(d.pop("h", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "h")

        _widget_position = cls(
            x=x,
            y=y,
            w=w,
            h=h,
        )

        _widget_position.additional_properties = d
        return _widget_position

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
