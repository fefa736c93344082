from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

T = TypeVar("T", bound="SalesUpdateMessage")


@_attrs_define
class SalesUpdateMessage:
    """A live sales data point (`/ws/sales/updates`).

    Attributes:
        timestamp (datetime.datetime):
        revenue (float):
    """

    timestamp: datetime.datetime
    revenue: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "revenue": revenue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = _decode.object_of(src_dict)
        try:
            timestamp = _decode.parse_datetime(d.pop("timestamp"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timestamp")

        try:
            revenue = _decode.expect(d.pop("revenue"), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "revenue")

        _sales_update_message = cls(
            timestamp=timestamp,
            revenue=revenue,
        )

        _sales_update_message.additional_properties = d
        return _sales_update_message

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
