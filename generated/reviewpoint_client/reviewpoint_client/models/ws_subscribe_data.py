from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ws_event_type import WsEventType

T = TypeVar("T", bound="WsSubscribeData")


@_attrs_define
class WsSubscribeData:
    """Payload of a subscribe message.

    Attributes:
        events (list[WsEventType]): Event types to receive.
    """

    events: list[WsEventType]

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WsEventType(events_item_data)

            events.append(events_item)

        _ws_subscribe_data = cls(
            events=events,
        )

        return _ws_subscribe_data
