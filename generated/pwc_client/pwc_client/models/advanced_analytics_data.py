from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_series_point import TimeSeriesPoint


_KEYS = frozenset(("time_series",))


T = TypeVar("T", bound="AdvancedAnalyticsData")


@_attrs_define
class AdvancedAnalyticsData:
    """The computed analytics.

    Attributes:
        time_series (list[TimeSeriesPoint] | Unset):
    """

    time_series: list[TimeSeriesPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time_series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = []
            for time_series_item_data in self.time_series:
                time_series_item = time_series_item_data.to_dict()
                time_series.append(time_series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_series is not UNSET:
            field_dict["time_series"] = time_series

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.time_series_point import TimeSeriesPoint  # noqa: PLC0415

        return {
            "time_series": TimeSeriesPoint.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_point import TimeSeriesPoint  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            time_series = src_dict_get("time_series")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if time_series is None or type(time_series) is list:
                _advanced_analytics_data = cls(
                    UNSET if time_series is None else list(map(TimeSeriesPoint.from_dict, time_series))
                )
                if src_dict_extra:
                    _advanced_analytics_data.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _advanced_analytics_data
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.time_series_point import TimeSeriesPoint  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _time_series = _decode.expect(_decode.unset_if_null(d.pop("time_series", None)), list)
            time_series: list[TimeSeriesPoint] | Unset = UNSET
            if _time_series is not UNSET:
                time_series = []
                for time_series_index, time_series_item_data in enumerate(_time_series):
                    try:
                        time_series_item = TimeSeriesPoint.from_dict(time_series_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, time_series_index)
                    time_series.append(time_series_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "time_series")

        _advanced_analytics_data = cls(
            time_series=time_series,
        )

        _advanced_analytics_data.additional_properties = d
        return _advanced_analytics_data

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
