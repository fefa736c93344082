from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineLogEvent")


@_attrs_define
class PipelineLogEvent:
    """A `log` event of the pipeline monitor stream.

    Attributes:
        event (Literal['log']):
        data (str): JSON-encoded `PipelineLog`.
        id (str | Unset): Event id, for resuming with `Last-Event-ID`.
        retry (int | Unset): Reconnection delay in milliseconds.
    """

    event: Literal["log"]
    data: str
    id: str | Unset = UNSET
    retry: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data

        id = self.id

        retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
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
            event = cast(Literal["log"], d.pop("event"))
            if event != "log":
                raise ValueError(f"event must match const 'log', got '{event}'")
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "event")

        try:
            data = _decode.expect(d.pop("data"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            retry = _decode.optional(d.pop("retry", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "retry")

        _pipeline_log_event = cls(
            event=event,
            data=data,
            id=id,
            retry=retry,
        )

        _pipeline_log_event.additional_properties = d
        return _pipeline_log_event

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
