from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.page_orientation import PageOrientation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportOptions")


@_attrs_define
class ExportOptions:
    """Rendering options of an export.

    Attributes:
        include_data (bool | Unset): Whether to include the widgets' underlying data (tables) besides the charts.
        page_orientation (PageOrientation | Unset): Page orientation of paged formats (PDF).
    """

    include_data: bool | Unset = UNSET
    page_orientation: PageOrientation | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        include_data = self.include_data

        page_orientation: str | Unset = UNSET
        if not isinstance(self.page_orientation, Unset):
            page_orientation = self.page_orientation.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_data is not UNSET:
            field_dict["include_data"] = include_data
        if page_orientation is not UNSET:
            field_dict["page_orientation"] = page_orientation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_data = d.pop("include_data", UNSET)

        _page_orientation = d.pop("page_orientation", UNSET)
        page_orientation: PageOrientation | Unset
        if isinstance(_page_orientation, Unset):
            page_orientation = UNSET
        else:
            page_orientation = PageOrientation(_page_orientation)

        _export_options = cls(
            include_data=include_data,
            page_orientation=page_orientation,
        )

        return _export_options
