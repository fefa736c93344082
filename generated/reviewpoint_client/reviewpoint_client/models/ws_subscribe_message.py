from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

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

        d = dict(src_dict)
        type_ = cast(Literal["subscribe"], d.pop("type"))
        if type_ != "subscribe":
            raise ValueError(f"type must match const 'subscribe', got '{type_}'")

        data = WsSubscribeData.from_dict(d.pop("data"))

        _ws_subscribe_message = cls(
            type_=type_,
            data=data,
        )

        return _ws_subscribe_message
