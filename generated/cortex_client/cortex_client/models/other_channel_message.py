from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "channel",
        "data",
    )
)
_FIELDS = operator.itemgetter("channel", "data")


T = TypeVar("T", bound="OtherChannelMessage")


@_attrs_define
class OtherChannelMessage:
    """A message on a channel kind this spec does not list. Clients hand it on undecoded instead of failing, as the seed's
    handler ignores channels it has no callbacks for.

        Example:
            {'channel': 'study:study-001', 'data': {'enrolled': 70}}

        Attributes:
            channel (str):
            data (Any | Unset):
    """

    channel: str
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            data: Any
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    channel, data = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                channel = src_dict["channel"]
                data = src_dict_get("data", UNSET)
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(channel) is str:
                _other_channel_message = cls(channel, data)
                if src_dict_extra:
                    _other_channel_message.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _other_channel_message
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            channel = _decode.expect(d.pop("channel"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "channel")

        try:
            data = d.pop("data", UNSET)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        _other_channel_message = cls(
            channel=channel,
            data=data,
        )

        _other_channel_message.additional_properties = d
        return _other_channel_message

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
