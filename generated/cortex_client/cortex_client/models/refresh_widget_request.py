from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RefreshWidgetRequest")


@_attrs_define
class RefreshWidgetRequest:
    """Which dashboard the refreshed widget belongs to.

    Attributes:
        dashboard_id (str):
    """

    dashboard_id: str

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dashboard_id": dashboard_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        _refresh_widget_request = cls(
            dashboard_id=dashboard_id,
        )

        return _refresh_widget_request
