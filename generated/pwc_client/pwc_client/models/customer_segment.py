from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSegment")


@_attrs_define
class CustomerSegment:
    """Figures for one customer segment.

    Attributes:
        segment_name (str | Unset): Segment label, e.g. `Champions`.
        customer_count (int | Unset):
        total_revenue (float | Unset):
        average_order_value (float | Unset):
    """

    segment_name: str | Unset = UNSET
    customer_count: int | Unset = UNSET
    total_revenue: float | Unset = UNSET
    average_order_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        segment_name = self.segment_name

        customer_count = self.customer_count

        total_revenue = self.total_revenue

        average_order_value = self.average_order_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_name is not UNSET:
            field_dict["segment_name"] = segment_name
        if customer_count is not UNSET:
            field_dict["customer_count"] = customer_count
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if average_order_value is not UNSET:
            field_dict["average_order_value"] = average_order_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = _decode.object_of(src_dict)
        try:
            segment_name = _decode.optional(d.pop("segment_name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "segment_name")

        try:
            customer_count = _decode.optional(d.pop("customer_count", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "customer_count")

        try:
            total_revenue = _decode.optional(d.pop("total_revenue", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_revenue")

        try:
            average_order_value = _decode.optional(d.pop("average_order_value", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "average_order_value")

        _customer_segment = cls(
            segment_name=segment_name,
            customer_count=customer_count,
            total_revenue=total_revenue,
            average_order_value=average_order_value,
        )

        _customer_segment.additional_properties = d
        return _customer_segment

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
