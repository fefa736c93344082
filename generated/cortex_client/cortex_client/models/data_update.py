from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_update_records_item import DataUpdateRecordsItem


_KEYS = frozenset(
    (
        "source_id",
        "operation",
        "records",
        "timestamp",
    )
)
_FIELDS = operator.itemgetter("source_id", "operation", "records", "timestamp")


T = TypeVar("T", bound="DataUpdate")


@_attrs_define
class DataUpdate:
    """A change in a data source's records (inferred; the seed passes it on unread).

    Attributes:
        source_id (str | Unset):
        operation (str | Unset): Kind of change.
        records (list[DataUpdateRecordsItem] | Unset): The records concerned.
        timestamp (datetime.datetime | Unset):
    """

    source_id: str | Unset = UNSET
    operation: str | Unset = UNSET
    records: list[DataUpdateRecordsItem] | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        operation = self.operation

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if records is not UNSET:
            field_dict["records"] = records
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.data_update_records_item import DataUpdateRecordsItem  # noqa: PLC0415

        return {
            "records": DataUpdateRecordsItem.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_update_records_item import DataUpdateRecordsItem  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    source_id, operation, records, timestamp = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                source_id = src_dict_get("source_id")
                operation = src_dict_get("operation")
                records = src_dict_get("records")
                timestamp = src_dict_get("timestamp")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (source_id is None or type(source_id) is str)
                and (operation is None or type(operation) is str)
                and (records is None or type(records) is list)
                and (timestamp is None or type(timestamp) is str)
            ):
                _data_update = cls(
                    UNSET if source_id is None else source_id,
                    UNSET if operation is None else operation,
                    UNSET if records is None else list(map(DataUpdateRecordsItem.from_dict, records)),
                    UNSET if timestamp is None else datetime.datetime.fromisoformat(timestamp),
                )
                if src_dict_extra:
                    _data_update.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_update
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.data_update_records_item import DataUpdateRecordsItem  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            source_id = _decode.optional(d.pop("source_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "source_id")

        try:
            operation = _decode.optional(d.pop("operation", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "operation")

        try:
            _records = _decode.expect(_decode.unset_if_null(d.pop("records", None)), list)
            records: list[DataUpdateRecordsItem] | Unset = UNSET
            if _records is not UNSET:
                records = []
                for records_index, records_item_data in enumerate(_records):
                    try:
                        records_item = DataUpdateRecordsItem.from_dict(records_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, records_index)
                    records.append(records_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "records")

        try:
            _timestamp = _decode.unset_if_null(d.pop("timestamp", None))
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = _decode.parse_datetime(_timestamp)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timestamp")

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
