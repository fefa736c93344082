from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_update_operation import DataUpdateOperation

if TYPE_CHECKING:
    from ..models.data_update_records_item import DataUpdateRecordsItem


T = TypeVar("T", bound="DataUpdate")


@_attrs_define
class DataUpdate:
    """A change in a data source's records.

    Attributes:
        source_id (str):
        operation (DataUpdateOperation): Kind of change.
        records (list[DataUpdateRecordsItem]): The records concerned.
        timestamp (datetime.datetime):
    """

    source_id: str
    operation: DataUpdateOperation
    records: list[DataUpdateRecordsItem]
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        operation = self.operation.value

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_id": source_id,
                "operation": operation,
                "records": records,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_update_records_item import DataUpdateRecordsItem  # noqa: PLC0415

        d = dict(src_dict)
        source_id = d.pop("source_id")

        operation = DataUpdateOperation(d.pop("operation"))

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = DataUpdateRecordsItem.from_dict(records_item_data)

            records.append(records_item)

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        _data_update = cls(
            source_id=source_id,
            operation=operation,
            records=records,
            timestamp=timestamp,
        )

        _data_update.additional_properties = d
        return _data_update

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
