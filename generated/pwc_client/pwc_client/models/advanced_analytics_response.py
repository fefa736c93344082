from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_analytics_data import AdvancedAnalyticsData


_KEYS = frozenset(
    (
        "request_id",
        "processing_time_ms",
        "data",
    )
)
_FIELDS = operator.itemgetter("request_id", "processing_time_ms", "data")


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

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    request_id, processing_time_ms, data = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                request_id = src_dict_get("request_id")
                processing_time_ms = src_dict_get("processing_time_ms")
                data = src_dict_get("data")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (request_id is None or type(request_id) is str)
                and (
                    processing_time_ms is None or (type(processing_time_ms) is float or type(processing_time_ms) is int)
                )
                and (data is None or type(data) is dict)
            ):
                _advanced_analytics_response = cls(
                    UNSET if request_id is None else request_id,
                    UNSET if processing_time_ms is None else processing_time_ms,
                    UNSET if data is None else AdvancedAnalyticsData.from_dict(data),
                )
                if src_dict_extra:
                    _advanced_analytics_response.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _advanced_analytics_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
