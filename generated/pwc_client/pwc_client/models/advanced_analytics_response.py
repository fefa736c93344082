from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_analytics_data import AdvancedAnalyticsData


T = TypeVar("T", bound="AdvancedAnalyticsResponse")


@_attrs_define
class AdvancedAnalyticsResponse:
    """Result of an advanced analytics query.

    Attributes:
        request_id (str | Unset): Server-assigned id of this analytics request.
        processing_time_ms (float | Unset): Server-side processing time in milliseconds.
        data (AdvancedAnalyticsData | Unset): The computed analytics.
    """

    request_id: str | Unset = UNSET
    processing_time_ms: float | Unset = UNSET
    data: AdvancedAnalyticsData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        processing_time_ms = self.processing_time_ms

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if processing_time_ms is not UNSET:
            field_dict["processing_time_ms"] = processing_time_ms
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_analytics_data import AdvancedAnalyticsData  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            request_id = _decode.optional(d.pop("request_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "request_id")

        try:
            processing_time_ms = _decode.optional(d.pop("processing_time_ms", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "processing_time_ms")

        try:
            _data = _decode.unset_if_null(d.pop("data", None))
            data: AdvancedAnalyticsData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = AdvancedAnalyticsData.from_dict(_data)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        _advanced_analytics_response = cls(
            request_id=request_id,
            processing_time_ms=processing_time_ms,
            data=data,
        )

        _advanced_analytics_response.additional_properties = d
        return _advanced_analytics_response

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
