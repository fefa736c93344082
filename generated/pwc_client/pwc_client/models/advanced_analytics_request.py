from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_filters import AnalyticsFilters


T = TypeVar("T", bound="AdvancedAnalyticsRequest")


@_attrs_define
class AdvancedAnalyticsRequest:
    """An ad-hoc analytics query.

    Attributes:
        start_date (datetime.datetime): Start of the time range (inclusive).
        end_date (datetime.datetime): End of the time range (inclusive).
        metrics (list[str]):
        dimensions (list[str]):
        granularity (str): Time bucket size of the time series. The seed sends `daily`; the other values are usual ones.
        filters (AnalyticsFilters | Unset): Extra filters on the sales considered; `min_amount` is known, others are
            passed through.
    """

    start_date: datetime.datetime
    end_date: datetime.datetime
    metrics: list[str]
    dimensions: list[str]
    granularity: str
    filters: AnalyticsFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        metrics = self.metrics

        dimensions = self.dimensions

        granularity = self.granularity

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "metrics": metrics,
                "dimensions": dimensions,
                "granularity": granularity,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_filters import AnalyticsFilters  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            start_date = _decode.parse_datetime(d.pop("start_date"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "start_date")

        try:
            end_date = _decode.parse_datetime(d.pop("end_date"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "end_date")

        try:
            metrics = cast(list[str], _decode.expect(d.pop("metrics"), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "metrics")

        try:
            dimensions = cast(list[str], _decode.expect(d.pop("dimensions"), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dimensions")

        try:
            granularity = _decode.expect(d.pop("granularity"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "granularity")

        try:
            _filters = _decode.unset_if_null(d.pop("filters", None))
            filters: AnalyticsFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = AnalyticsFilters.from_dict(_filters)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "filters")

        _advanced_analytics_request = cls(
            start_date=start_date,
            end_date=end_date,
            metrics=metrics,
            dimensions=dimensions,
            granularity=granularity,
            filters=filters,
        )

        _advanced_analytics_request.additional_properties = d
        return _advanced_analytics_request

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
