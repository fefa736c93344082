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
        "export_id",
        "status",
        "created_at",
    )
)
_FIELDS = operator.itemgetter("export_id", "status", "created_at")


T = TypeVar("T", bound="ExportResponse")


@_attrs_define
class ExportResponse:
    """An accepted export job; the seed reads its `export_id`.

    Attributes:
        export_id (str): Identifier of the export job, for the status, download and cancel operations.
        status (str | Unset): Lifecycle state of an export job. The seed tests for `completed` and `failed`; `queued`,
            `processing` and `cancelled` are the other states servers are known to report.
        created_at (datetime.datetime | Unset):
    """

    export_id: str
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_id": export_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    export_id, status, created_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                export_id = src_dict["export_id"]
                status = src_dict_get("status")
                created_at = src_dict_get("created_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(export_id) is str
                and (status is None or type(status) is str)
                and (created_at is None or type(created_at) is str)
            ):
                _export_response = cls(
                    export_id,
                    UNSET if status is None else status,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                )
                if src_dict_extra:
                    _export_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _export_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            export_id = _decode.expect(d.pop("export_id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "export_id")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        _export_response = cls(
            export_id=export_id,
            status=status,
            created_at=created_at,
        )

        _export_response.additional_properties = d
        return _export_response

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
