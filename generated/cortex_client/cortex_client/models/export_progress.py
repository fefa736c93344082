from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

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
