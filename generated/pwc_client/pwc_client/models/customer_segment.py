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
        "segment_name",
        "customer_count",
        "total_revenue",
        "average_order_value",
    )
)
_FIELDS = operator.itemgetter("segment_name", "customer_count", "total_revenue", "average_order_value")


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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    segment_name, customer_count, total_revenue, average_order_value = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                segment_name = src_dict_get("segment_name")
                customer_count = src_dict_get("customer_count")
                total_revenue = src_dict_get("total_revenue")
                average_order_value = src_dict_get("average_order_value")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (segment_name is None or type(segment_name) is str)
                and (customer_count is None or type(customer_count) is int)
                and (total_revenue is None or (type(total_revenue) is float or type(total_revenue) is int))
                and (
                    average_order_value is None
                    or (type(average_order_value) is float or type(average_order_value) is int)
                )
            ):
                _customer_segment = cls(
                    UNSET if segment_name is None else segment_name,
                    UNSET if customer_count is None else customer_count,
                    UNSET if total_revenue is None else total_revenue,
                    UNSET if average_order_value is None else average_order_value,
                )
                if src_dict_extra:
                    _customer_segment.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _customer_segment
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
