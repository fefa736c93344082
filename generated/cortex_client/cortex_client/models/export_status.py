from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_state import ExportState
from ..models.export_status_type import ExportStatusType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_progress import ExportProgress


T = TypeVar("T", bound="ExportStatus")


@_attrs_define
class ExportStatus:
    """Status of an export job.

    Attributes:
        export_id (str):
        status (ExportState): Lifecycle state of an export job.
        type_ (ExportStatusType | Unset): What is exported.
        dashboard_id (str | Unset):
        format_ (ExportFormat | Unset): File format of an export.
        progress (ExportProgress | Unset): Progress of a running export.
        error_message (str | Unset): Why the export failed (only when `status` is `failed`).
        download_url (str | Unset): Where to download the file (only when `status` is `completed`).
        created_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | Unset): When the job reached a final state.
    """

    export_id: str
    status: ExportState
    type_: ExportStatusType | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    format_: ExportFormat | Unset = UNSET
    progress: ExportProgress | Unset = UNSET
    error_message: str | Unset = UNSET
    download_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        dashboard_id = self.dashboard_id

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        error_message = self.error_message

        download_url = self.download_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_id": export_id,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_progress import ExportProgress  # noqa: PLC0415

        d = dict(src_dict)
        export_id = d.pop("export_id")

        status = ExportState(d.pop("status"))

        _type_ = d.pop("type", UNSET)
        type_: ExportStatusType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExportStatusType(_type_)

        dashboard_id = d.pop("dashboard_id", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: ExportFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ExportFormat(_format_)

        _progress = d.pop("progress", UNSET)
        progress: ExportProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ExportProgress.from_dict(_progress)

        error_message = d.pop("error_message", UNSET)

        download_url = d.pop("download_url", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _export_status = cls(
            export_id=export_id,
            status=status,
            type_=type_,
            dashboard_id=dashboard_id,
            format_=format_,
            progress=progress,
            error_message=error_message,
            download_url=download_url,
            created_at=created_at,
            completed_at=completed_at,
        )

        _export_status.additional_properties = d
        return _export_status

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
