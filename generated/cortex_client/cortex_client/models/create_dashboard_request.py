from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_dashboard_request_layout import CreateDashboardRequestLayout
    from ..models.dashboard_widget import DashboardWidget


T = TypeVar("T", bound="CreateDashboardRequest")


@_attrs_define
class CreateDashboardRequest:
    """A new dashboard.

    Attributes:
        name (str):
        description (str | Unset):
        study_id (str | Unset): Study the dashboard reports on.
        widgets (list[DashboardWidget] | Unset):
        layout (CreateDashboardRequestLayout | Unset): Layout settings of the dashboard grid (columns, row height, ...).
    """

    name: str
    description: str | Unset = UNSET
    study_id: str | Unset = UNSET
    widgets: list[DashboardWidget] | Unset = UNSET
    layout: CreateDashboardRequestLayout | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        study_id = self.study_id

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if study_id is not UNSET:
            field_dict["study_id"] = study_id
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if layout is not UNSET:
            field_dict["layout"] = layout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_dashboard_request_layout import CreateDashboardRequestLayout  # noqa: PLC0415
        from ..models.dashboard_widget import DashboardWidget  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        study_id = d.pop("study_id", UNSET)

        _widgets = d.pop("widgets", UNSET)
        widgets: list[DashboardWidget] | Unset = UNSET
        if _widgets is not UNSET:
            widgets = []
            for widgets_item_data in _widgets:
                widgets_item = DashboardWidget.from_dict(widgets_item_data)

                widgets.append(widgets_item)

        _layout = d.pop("layout", UNSET)
        layout: CreateDashboardRequestLayout | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = CreateDashboardRequestLayout.from_dict(_layout)

        _create_dashboard_request = cls(
            name=name,
            description=description,
            study_id=study_id,
            widgets=widgets,
            layout=layout,
        )

        return _create_dashboard_request
