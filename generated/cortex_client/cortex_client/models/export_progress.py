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
        "percentage",
        "current_step",
        "processed_items",
        "total_items",
    )
)
_FIELDS = operator.itemgetter("percentage", "current_step", "processed_items", "total_items")


T = TypeVar("T", bound="ExportProgress")


@_attrs_define
class ExportProgress:
    """Progress of a running export; the seed reads `progress?.percentage || 0`.

    Attributes:
        percentage (float | Unset): Completion, in percent.
        current_step (str | Unset): What the export is doing now.
        processed_items (int | Unset): Widgets rendered so far.
        total_items (int | Unset): Widgets to render in total.
    """

    percentage: float | Unset = UNSET
    current_step: str | Unset = UNSET
    processed_items: int | Unset = UNSET
    total_items: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        percentage = self.percentage

        current_step = self.current_step

        processed_items = self.processed_items

        total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if processed_items is not UNSET:
            field_dict["processed_items"] = processed_items
        if total_items is not UNSET:
            field_dict["total_items"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    percentage, current_step, processed_items, total_items = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                percentage = src_dict_get("percentage")
                current_step = src_dict_get("current_step")
                processed_items = src_dict_get("processed_items")
                total_items = src_dict_get("total_items")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (percentage is None or (type(percentage) is float or type(percentage) is int))
                and (current_step is None or type(current_step) is str)
                and (processed_items is None or type(processed_items) is int)
                and (total_items is None or type(total_items) is int)
            ):
                _export_progress = cls(
                    UNSET if percentage is None else percentage,
                    UNSET if current_step is None else current_step,
                    UNSET if processed_items is None else processed_items,
                    UNSET if total_items is None else total_items,
                )
                if src_dict_extra:
                    _export_progress.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _export_progress
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            percentage = _decode.optional(d.pop("percentage", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "percentage")

        try:
            current_step = _decode.optional(d.pop("current_step", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "current_step")

        try:
            processed_items = _decode.optional(d.pop("processed_items", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "processed_items")

        try:
            total_items = _decode.optional(d.pop("total_items", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_items")

        _export_progress = cls(
            percentage=percentage,
            current_step=current_step,
            processed_items=processed_items,
            total_items=total_items,
        )

        _export_progress.additional_properties = d
        return _export_progress

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
