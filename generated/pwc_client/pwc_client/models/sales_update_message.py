from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

_KEYS = frozenset(
    (
        "timestamp",
        "revenue",
    )
)
_FIELDS = operator.itemgetter("timestamp", "revenue")


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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    timestamp, revenue = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                timestamp = src_dict["timestamp"]
                revenue = src_dict["revenue"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(timestamp) is str and (type(revenue) is float or type(revenue) is int):
                _sales_update_message = cls(datetime.datetime.fromisoformat(timestamp), revenue)
                if src_dict_extra:
                    _sales_update_message.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _sales_update_message
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
