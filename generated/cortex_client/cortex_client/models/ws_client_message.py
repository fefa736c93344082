from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.ws_client_message_type import WsClientMessageType

_KEYS = frozenset(
    (
        "type",
        "channel",
    )
)
_FIELDS = operator.itemgetter("type", "channel")


T = TypeVar("T", bound="WsClientMessage")


@_attrs_define
class WsClientMessage:
    """Message the client sends on the websocket to (un)subscribe from a channel.

    Example:
        {'type': 'subscribe', 'channel': 'widget:widget-456'}

    Attributes:
        type_ (WsClientMessageType): The seed sends exactly these two (lines 1344 and 1356).
        channel (str): `widget:{widget_id}`, `dashboard:{dashboard_id}` or `export:{export_id}`.
    """

    type_: WsClientMessageType = _attrs_field(converter=WsClientMessageType)
    channel: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = WsClientMessageType(self.type_).value

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    type_, channel = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                type_ = src_dict["type"]
                channel = src_dict["channel"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(type_) is str and type(channel) is str:
                _ws_client_message = cls(WsClientMessageType.decode(type_), channel)
                if src_dict_extra:
                    _ws_client_message.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _ws_client_message
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            type_ = WsClientMessageType.decode(d.pop("type"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            channel = _decode.expect(d.pop("channel"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "channel")

        _ws_client_message = cls(
            type_=type_,
            channel=channel,
        )

        _ws_client_message.additional_properties = d
        return _ws_client_message

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
