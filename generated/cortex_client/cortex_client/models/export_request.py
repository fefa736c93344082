from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.export_format import ExportFormat
from ..models.export_request_type import ExportRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_options import ExportOptions


T = TypeVar("T", bound="ExportRequest")


@_attrs_define
class ExportRequest:
    """A new export job.

    Attributes:
        type_ (ExportRequestType): What is exported.
        dashboard_id (str):
        format_ (ExportFormat): File format of an export.
        options (ExportOptions | Unset): Rendering options of an export.
    """

    type_: ExportRequestType
    dashboard_id: str
    format_: ExportFormat
    options: ExportOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        dashboard_id = self.dashboard_id

        format_ = self.format_.value

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "dashboard_id": dashboard_id,
                "format": format_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_options import ExportOptions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ExportRequestType(d.pop("type"))

        dashboard_id = d.pop("dashboard_id")

        format_ = ExportFormat(d.pop("format"))

        _options = d.pop("options", UNSET)
        options: ExportOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ExportOptions.from_dict(_options)

        _export_request = cls(
            type_=type_,
            dashboard_id=dashboard_id,
            format_=format_,
            options=options,
        )

        return _export_request
