from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_data_request_filters import BatchDataRequestFilters


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
    filters: BatchDataRequestFilters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        widget_ids = self.widget_ids

        dashboard_id = self.dashboard_id

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}

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

        d = dict(src_dict)
        widget_ids = cast(list[str], d.pop("widget_ids"))

        dashboard_id = d.pop("dashboard_id")

        _filters = d.pop("filters", UNSET)
        filters: BatchDataRequestFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = BatchDataRequestFilters.from_dict(_filters)

        _batch_data_request = cls(
            widget_ids=widget_ids,
            dashboard_id=dashboard_id,
            filters=filters,
        )

        return _batch_data_request
