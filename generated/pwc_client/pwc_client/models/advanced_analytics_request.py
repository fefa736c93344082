from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_filters import AnalyticsFilters


_KEYS = frozenset(
    (
        "start_date",
        "end_date",
        "metrics",
        "dimensions",
        "granularity",
        "filters",
    )
)
_FIELDS = operator.itemgetter("start_date", "end_date", "metrics", "dimensions", "granularity", "filters")


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

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 6
            if src_dict_all:
                try:
                    start_date, end_date, metrics, dimensions, granularity, filters = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 6
            else:
                src_dict_get = src_dict.get
                start_date = src_dict["start_date"]
                end_date = src_dict["end_date"]
                metrics = src_dict["metrics"]
                dimensions = src_dict["dimensions"]
                granularity = src_dict["granularity"]
                filters = src_dict_get("filters")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(start_date) is str
                and type(end_date) is str
                and type(metrics) is list
                and type(dimensions) is list
                and type(granularity) is str
                and (filters is None or type(filters) is dict)
            ):
                _advanced_analytics_request = cls(
                    datetime.datetime.fromisoformat(start_date),
                    datetime.datetime.fromisoformat(end_date),
                    metrics,
                    dimensions,
                    granularity,
                    UNSET if filters is None else AnalyticsFilters.from_dict(filters),
                )
                if src_dict_extra:
                    _advanced_analytics_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _advanced_analytics_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
