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
        "severity",
        "message",
        "timestamp",
    )
)
_FIELDS = operator.itemgetter("severity", "message", "timestamp")


T = TypeVar("T", bound="SecurityAlertMessage")


@_attrs_define
class SecurityAlertMessage:
    """A security alert (`/ws/security/alerts`).

    Example:
        {'severity': 'high', 'message': '5 failed logins for data_engineer from 203.0.113.7', 'timestamp':
            '2011-12-09T12:52:00Z'}

    Attributes:
        severity (str): How severe a security alert is (the seed only puts it into a CSS class; the values are usual
            ones).
        message (str): Human-readable alert text.
        timestamp (datetime.datetime):
    """

    severity: str
    message: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity

        message = self.message

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "severity": severity,
                "message": message,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    severity, message, timestamp = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                severity = src_dict["severity"]
                message = src_dict["message"]
                timestamp = src_dict["timestamp"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(severity) is str and type(message) is str and type(timestamp) is str:
                _security_alert_message = cls(severity, message, datetime.datetime.fromisoformat(timestamp))
                if src_dict_extra:
                    _security_alert_message.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _security_alert_message
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            severity = _decode.expect(d.pop("severity"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "severity")

        try:
            message = _decode.expect(d.pop("message"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "message")

        try:
            timestamp = _decode.parse_datetime(d.pop("timestamp"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timestamp")

        _security_alert_message = cls(
            severity=severity,
            message=message,
            timestamp=timestamp,
        )

        _security_alert_message.additional_properties = d
        return _security_alert_message

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
