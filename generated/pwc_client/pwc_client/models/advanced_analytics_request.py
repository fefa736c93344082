from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.analytics_dimension import AnalyticsDimension
from ..models.analytics_metric import AnalyticsMetric
from ..models.granularity import Granularity
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
        metrics (list[AnalyticsMetric]):
        dimensions (list[AnalyticsDimension]):
        granularity (Granularity): Time bucket size of the time series.
        filters (AnalyticsFilters | Unset): Extra filters on the sales considered; `min_amount` is known, others are
            passed through.
    """

    start_date: datetime.datetime
    end_date: datetime.datetime
    metrics: list[AnalyticsMetric]
    dimensions: list[AnalyticsDimension]
    granularity: Granularity
    filters: AnalyticsFilters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.value
            metrics.append(metrics_item)

        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.value
            dimensions.append(dimensions_item)

        granularity = self.granularity.value

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}

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

        d = dict(src_dict)
        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = AnalyticsMetric(metrics_item_data)

            metrics.append(metrics_item)

        dimensions = []
        _dimensions = d.pop("dimensions")
        for dimensions_item_data in _dimensions:
            dimensions_item = AnalyticsDimension(dimensions_item_data)

            dimensions.append(dimensions_item)

        granularity = Granularity(d.pop("granularity"))

        _filters = d.pop("filters", UNSET)
        filters: AnalyticsFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = AnalyticsFilters.from_dict(_filters)

        _advanced_analytics_request = cls(
            start_date=start_date,
            end_date=end_date,
            metrics=metrics,
            dimensions=dimensions,
            granularity=granularity,
            filters=filters,
        )

        return _advanced_analytics_request
