from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "sync_id",
        "source_id",
        "status",
        "records_synced",
        "started_at",
    )
)
_FIELDS = operator.itemgetter("sync_id", "source_id", "status", "records_synced", "started_at")


T = TypeVar("T", bound="SyncResult")


@_attrs_define
class SyncResult:
    """A started synchronisation (inferred; the seed reads no field).

    Attributes:
        sync_id (str | Unset):
        source_id (str | Unset):
        status (str | Unset):
        records_synced (int | Unset): Records pulled so far.
        started_at (datetime.datetime | Unset):
    """

    sync_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    status: str | Unset = UNSET
    records_synced: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sync_id = self.sync_id

        source_id = self.source_id

        status = self.status

        records_synced = self.records_synced

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync_id is not UNSET:
            field_dict["sync_id"] = sync_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if records_synced is not UNSET:
            field_dict["records_synced"] = records_synced
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    sync_id, source_id, status, records_synced, started_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                sync_id = src_dict_get("sync_id")
                source_id = src_dict_get("source_id")
                status = src_dict_get("status")
                records_synced = src_dict_get("records_synced")
                started_at = src_dict_get("started_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (sync_id is None or type(sync_id) is str)
                and (source_id is None or type(source_id) is str)
                and (status is None or type(status) is str)
                and (records_synced is None or type(records_synced) is int)
                and (started_at is None or type(started_at) is str)
            ):
                _sync_result = cls(
                    UNSET if sync_id is None else sync_id,
                    UNSET if source_id is None else source_id,
                    UNSET if status is None else status,
                    UNSET if records_synced is None else records_synced,
                    UNSET if started_at is None else datetime.datetime.fromisoformat(started_at),
                )
                if src_dict_extra:
                    _sync_result.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _sync_result
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            sync_id = _decode.optional(d.pop("sync_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "sync_id")

        try:
            source_id = _decode.optional(d.pop("source_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "source_id")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            records_synced = _decode.optional(d.pop("records_synced", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "records_synced")

        try:
            _started_at = _decode.unset_if_null(d.pop("started_at", None))
            started_at: datetime.datetime | Unset
            if isinstance(_started_at, Unset):
                started_at = UNSET
            else:
                started_at = _decode.parse_datetime(_started_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "started_at")

        _sync_result = cls(
            sync_id=sync_id,
            source_id=source_id,
            status=status,
            records_synced=records_synced,
            started_at=started_at,
        )

        _sync_result.additional_properties = d
        return _sync_result

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
