from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetDataEvent")


@_attrs_define
class WidgetDataEvent:
    """One server-sent event of a widget data stream. The seed reads it with `onmessage`, so the event has
    the default name: the `event:` line is `message` or absent.

        Attributes:
            data (str): JSON-encoded `WidgetData`.
            event (Literal['message'] | Unset):
            id (str | Unset): Event id, for resuming with `Last-Event-ID`.
            retry (int | Unset): Reconnection delay in milliseconds.
    """

    data: str
    event: Literal["message"] | Unset = UNSET
    id: str | Unset = UNSET
    retry: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        event = self.event

        id = self.id

        retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:
            data = _decode.expect(d.pop("data"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        try:
            event = cast(Literal["message"] | Unset, _decode.unset_if_null(d.pop("event", None)))
            if event != "message" and not isinstance(event, Unset):
                raise ValueError(f"event must match const 'message', got '{event}'")
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "event")

        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            retry = _decode.optional(d.pop("retry", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "retry")

        _widget_data_event = cls(
            data=data,
            event=event,
            id=id,
            retry=retry,
        )

        _widget_data_event.additional_properties = d
        return _widget_data_event

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
