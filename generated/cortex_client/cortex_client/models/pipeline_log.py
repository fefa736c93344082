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
        "timestamp",
        "level",
        "message",
        "step_id",
    )
)
_FIELDS = operator.itemgetter("timestamp", "level", "message", "step_id")


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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    timestamp, level, message, step_id = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                timestamp = src_dict_get("timestamp")
                level = src_dict_get("level")
                message = src_dict_get("message")
                step_id = src_dict_get("step_id")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (timestamp is None or type(timestamp) is str)
                and (level is None or type(level) is str)
                and (message is None or type(message) is str)
                and (step_id is None or type(step_id) is str)
            ):
                _pipeline_log = cls(
                    UNSET if timestamp is None else datetime.datetime.fromisoformat(timestamp),
                    UNSET if level is None else level,
                    UNSET if message is None else message,
                    UNSET if step_id is None else step_id,
                )
                if src_dict_extra:
                    _pipeline_log.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_log
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
