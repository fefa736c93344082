from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineLog")


@_attrs_define
class PipelineLog:
    """One log entry of a pipeline execution (inferred; the seed passes it on unread).

    Attributes:
        timestamp (datetime.datetime | Unset):
        level (str | Unset): Severity of a log entry (the seed's `LogOptions.level` is not defined; these are the usual
            values).
        message (str | Unset):
        step_id (str | Unset): Step that logged the entry.
    """

    timestamp: datetime.datetime | Unset = UNSET
    level: str | Unset = UNSET
    message: str | Unset = UNSET
    step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        level = self.level

        message = self.message

        step_id = self.step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if step_id is not UNSET:
            field_dict["step_id"] = step_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = _decode.object_of(src_dict)
        try:
            _timestamp = _decode.unset_if_null(d.pop("timestamp", None))
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = _decode.parse_datetime(_timestamp)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timestamp")

        try:
            level = _decode.optional(d.pop("level", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "level")

        try:
            message = _decode.optional(d.pop("message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "message")

        try:
            step_id = _decode.optional(d.pop("step_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "step_id")

        _pipeline_log = cls(
            timestamp=timestamp,
            level=level,
            message=message,
            step_id=step_id,
        )

        _pipeline_log.additional_properties = d
        return _pipeline_log

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
