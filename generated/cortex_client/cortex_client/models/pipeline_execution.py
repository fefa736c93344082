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
        "id",
        "pipeline_id",
        "status",
        "created_at",
    )
)
_FIELDS = operator.itemgetter("id", "pipeline_id", "status", "created_at")


T = TypeVar("T", bound="PipelineExecution")


@_attrs_define
class PipelineExecution:
    """A started pipeline execution; the seed keeps it under its `id`.

    Attributes:
        id (str): Identifier of the execution.
        pipeline_id (str | Unset):
        status (str | Unset): Lifecycle state of a pipeline execution (inferred, so any string is accepted).
        created_at (datetime.datetime | Unset):
    """

    id: str
    pipeline_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pipeline_id = self.pipeline_id

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
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
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    id, pipeline_id, status, created_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                id = src_dict["id"]
                pipeline_id = src_dict_get("pipeline_id")
                status = src_dict_get("status")
                created_at = src_dict_get("created_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(id) is str
                and (pipeline_id is None or type(pipeline_id) is str)
                and (status is None or type(status) is str)
                and (created_at is None or type(created_at) is str)
            ):
                _pipeline_execution = cls(
                    id,
                    UNSET if pipeline_id is None else pipeline_id,
                    UNSET if status is None else status,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                )
                if src_dict_extra:
                    _pipeline_execution.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_execution
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            id = _decode.expect(d.pop("id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            pipeline_id = _decode.optional(d.pop("pipeline_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "pipeline_id")

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

        _pipeline_execution = cls(
            id=id,
            pipeline_id=pipeline_id,
            status=status,
            created_at=created_at,
        )

        _pipeline_execution.additional_properties = d
        return _pipeline_execution

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
