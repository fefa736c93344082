from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.ws_event_type import WsEventType


def _convert_events(value: Sequence[str]) -> list[WsEventType]:
    """Take the plain value too (an unlisted one: ValueError)."""
    return [WsEventType(item) for item in value]


_KEYS = frozenset(("events",))


T = TypeVar("T", bound="WsSubscribeData")


@_attrs_define
class WsSubscribeData:
    """Payload of a subscribe message.

    Attributes:
        events (list[WsEventType]): Event types to receive.
    """

    events: list[WsEventType] = _attrs_field(converter=_convert_events)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = WsEventType(events_item_data).value
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            events = src_dict["events"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(events) is list:
                _ws_subscribe_data = cls(list(map(WsEventType.decode, events)))
                if src_dict_extra:
                    _ws_subscribe_data.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _ws_subscribe_data
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            events = []
            for events_index, events_item_data in enumerate(_decode.expect(d.pop("events"), list)):
                try:
                    events_item = WsEventType.decode(events_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, events_index)
                events.append(events_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "events")

        _ws_subscribe_data = cls(
            events=events,
        )

        _ws_subscribe_data.additional_properties = d
        return _ws_subscribe_data

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
