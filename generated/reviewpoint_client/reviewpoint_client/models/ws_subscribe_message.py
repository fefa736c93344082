from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.ws_subscribe_data import WsSubscribeData


T = TypeVar("T", bound="WsSubscribeMessage")


@_attrs_define
class WsSubscribeMessage:
    """Client message selecting which event types to receive.

    Example:
        {'type': 'subscribe', 'data': {'events': ['file_uploaded', 'user_registered']}}

    Attributes:
        type_ (Literal['subscribe']):
        data (WsSubscribeData): Payload of a subscribe message.
    """

    type_: Literal["subscribe"]
    data: WsSubscribeData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_subscribe_data import WsSubscribeData  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:
            type_ = cast(Literal["subscribe"], d.pop("type"))
            if type_ != "subscribe":
                raise ValueError(f"type must match const 'subscribe', got '{type_}'")
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            data = WsSubscribeData.from_dict(d.pop("data"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        _ws_subscribe_message = cls(
            type_=type_,
            data=data,
        )

        _ws_subscribe_message.additional_properties = d
        return _ws_subscribe_message

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
