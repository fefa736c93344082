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
        "success",
        "message",
        "latency_ms",
        "tested_at",
    )
)
_FIELDS = operator.itemgetter("success", "message", "latency_ms", "tested_at")


T = TypeVar("T", bound="ConnectionTestResult")


@_attrs_define
class ConnectionTestResult:
    """Outcome of a connection test (inferred; the seed reads no field).

    Attributes:
        success (bool | Unset): Whether the source could be reached with its credentials.
        message (str | Unset): Details, or why the connection failed.
        latency_ms (int | Unset): Round-trip time of the test, in milliseconds.
        tested_at (datetime.datetime | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    latency_ms: int | Unset = UNSET
    tested_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        latency_ms = self.latency_ms

        tested_at: str | Unset = UNSET
        if not isinstance(self.tested_at, Unset):
            tested_at = self.tested_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if tested_at is not UNSET:
            field_dict["tested_at"] = tested_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    success, message, latency_ms, tested_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                success = src_dict_get("success")
                message = src_dict_get("message")
                latency_ms = src_dict_get("latency_ms")
                tested_at = src_dict_get("tested_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (success is None or type(success) is bool)
                and (message is None or type(message) is str)
                and (latency_ms is None or type(latency_ms) is int)
                and (tested_at is None or type(tested_at) is str)
            ):
                _connection_test_result = cls(
                    UNSET if success is None else success,
                    UNSET if message is None else message,
                    UNSET if latency_ms is None else latency_ms,
                    UNSET if tested_at is None else datetime.datetime.fromisoformat(tested_at),
                )
                if src_dict_extra:
                    _connection_test_result.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _connection_test_result
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            success = _decode.optional(d.pop("success", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "success")

        try:
            message = _decode.optional(d.pop("message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "message")

        try:
            latency_ms = _decode.optional(d.pop("latency_ms", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "latency_ms")

        try:
            _tested_at = _decode.unset_if_null(d.pop("tested_at", None))
            tested_at: datetime.datetime | Unset
            if isinstance(_tested_at, Unset):
                tested_at = UNSET
            else:
                tested_at = _decode.parse_datetime(_tested_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "tested_at")

        _connection_test_result = cls(
            success=success,
            message=message,
            latency_ms=latency_ms,
            tested_at=tested_at,
        )

        _connection_test_result.additional_properties = d
        return _connection_test_result

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
