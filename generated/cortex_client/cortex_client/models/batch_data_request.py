from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_data_request_filters import BatchDataRequestFilters


def _convert_filters(value: BatchDataRequestFilters | Mapping[str, Any] | Unset) -> BatchDataRequestFilters | Unset:
    """Take a plain mapping too."""
    from ..models.batch_data_request_filters import BatchDataRequestFilters  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, BatchDataRequestFilters) else BatchDataRequestFilters.from_dict(value))
    )


_KEYS = frozenset(
    (
        "widget_ids",
        "dashboard_id",
        "filters",
    )
)
_FIELDS = operator.itemgetter("widget_ids", "dashboard_id", "filters")


T = TypeVar("T", bound="BatchDataRequest")


@_attrs_define
class BatchDataRequest:
    """Widgets of one dashboard whose data is requested at once.

    Attributes:
        widget_ids (list[str]):
        dashboard_id (str): Dashboard the widgets belong to.
        filters (BatchDataRequestFilters | Unset): Filters applied to every widget, keyed by field (for example
            `site_id`).
    """

    widget_ids: list[str]
    dashboard_id: str
    filters: BatchDataRequestFilters | Unset = _attrs_field(default=UNSET, converter=_convert_filters)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        widget_ids = self.widget_ids

        dashboard_id = self.dashboard_id

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widget_ids": widget_ids,
                "dashboard_id": dashboard_id,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_data_request_filters import BatchDataRequestFilters  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    widget_ids, dashboard_id, filters = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                widget_ids = src_dict["widget_ids"]
                dashboard_id = src_dict["dashboard_id"]
                filters = src_dict_get("filters")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(widget_ids) is list and type(dashboard_id) is str and (filters is None or type(filters) is dict):
                _batch_data_request = cls(
                    widget_ids, dashboard_id, UNSET if filters is None else BatchDataRequestFilters.from_dict(filters)
                )
                if src_dict_extra:
                    _batch_data_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _batch_data_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.batch_data_request_filters import BatchDataRequestFilters  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            widget_ids = cast(list[str], _decode.expect(d.pop("widget_ids"), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "widget_ids")

        try:
            dashboard_id = _decode.expect(d.pop("dashboard_id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dashboard_id")

        try:
            _filters = _decode.unset_if_null(d.pop("filters", None))
            filters: BatchDataRequestFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = BatchDataRequestFilters.from_dict(_filters)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "filters")

        _batch_data_request = cls(
            widget_ids=widget_ids,
            dashboard_id=dashboard_id,
            filters=filters,
        )

        _batch_data_request.additional_properties = d
        return _batch_data_request

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
