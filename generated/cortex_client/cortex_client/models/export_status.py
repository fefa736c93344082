from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_progress import ExportProgress


_KEYS = frozenset(
    (
        "status",
        "export_id",
        "type",
        "dashboard_id",
        "format",
        "progress",
        "error_message",
        "download_url",
        "created_at",
        "completed_at",
    )
)
_FIELDS = operator.itemgetter(
    "status",
    "export_id",
    "type",
    "dashboard_id",
    "format",
    "progress",
    "error_message",
    "download_url",
    "created_at",
    "completed_at",
)


T = TypeVar("T", bound="ExportStatus")


@_attrs_define
class ExportStatus:
    """Status of an export job; the seed polls it until `status` is `completed` or `failed`.

    Attributes:
        status (str): Lifecycle state of an export job. The seed tests for `completed` and `failed`; `queued`,
            `processing` and `cancelled` are the other states servers are known to report.
        export_id (str | Unset):
        type_ (str | Unset): What is exported.
        dashboard_id (str | Unset):
        format_ (str | Unset): File format of an export. The seed shows `pdf` and `excel`; other formats may exist.
        progress (ExportProgress | Unset): Progress of a running export; the seed reads `progress?.percentage || 0`.
        error_message (str | Unset): Why the export failed (only when `status` is `failed`).
        download_url (str | Unset): Where to download the file (only when `status` is `completed`).
        created_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | Unset): When the job reached a final state.
    """

    status: str
    export_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    format_: str | Unset = UNSET
    progress: ExportProgress | Unset = UNSET
    error_message: str | Unset = UNSET
    download_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        export_id = self.export_id

        type_ = self.type_

        dashboard_id = self.dashboard_id

        format_ = self.format_

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
                "status": status,
            }
        )
        if export_id is not UNSET:
            field_dict["export_id"] = export_id
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

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 10
            if src_dict_all:
                try:
                    (
                        status,
                        export_id,
                        type_,
                        dashboard_id,
                        format_,
                        progress,
                        error_message,
                        download_url,
                        created_at,
                        completed_at,
                    ) = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 10
            else:
                src_dict_get = src_dict.get
                status = src_dict["status"]
                export_id = src_dict_get("export_id")
                type_ = src_dict_get("type")
                dashboard_id = src_dict_get("dashboard_id")
                format_ = src_dict_get("format")
                progress = src_dict_get("progress")
                error_message = src_dict_get("error_message")
                download_url = src_dict_get("download_url")
                created_at = src_dict_get("created_at")
                completed_at = src_dict_get("completed_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(status) is str
                and (export_id is None or type(export_id) is str)
                and (type_ is None or type(type_) is str)
                and (dashboard_id is None or type(dashboard_id) is str)
                and (format_ is None or type(format_) is str)
                and (progress is None or type(progress) is dict)
                and (error_message is None or type(error_message) is str)
                and (download_url is None or type(download_url) is str)
                and (created_at is None or type(created_at) is str)
                and (completed_at is None or type(completed_at) is str)
            ):
                _export_status = cls(
                    status,
                    UNSET if export_id is None else export_id,
                    UNSET if type_ is None else type_,
                    UNSET if dashboard_id is None else dashboard_id,
                    UNSET if format_ is None else format_,
                    UNSET if progress is None else ExportProgress.from_dict(progress),
                    UNSET if error_message is None else error_message,
                    UNSET if download_url is None else download_url,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                    UNSET if completed_at is None else datetime.datetime.fromisoformat(completed_at),
                )
                if src_dict_extra:
                    _export_status.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _export_status
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.export_progress import ExportProgress  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            status = _decode.expect(d.pop("status"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            export_id = _decode.optional(d.pop("export_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "export_id")

        try:
            type_ = _decode.optional(d.pop("type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            dashboard_id = _decode.optional(d.pop("dashboard_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dashboard_id")

        try:
            format_ = _decode.optional(d.pop("format", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "format")

        try:
            _progress = _decode.unset_if_null(d.pop("progress", None))
            progress: ExportProgress | Unset
            if isinstance(_progress, Unset):
                progress = UNSET
            else:
                progress = ExportProgress.from_dict(_progress)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "progress")

        try:
            error_message = _decode.optional(d.pop("error_message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "error_message")

        try:
            download_url = _decode.optional(d.pop("download_url", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "download_url")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        try:
            _completed_at = _decode.unset_if_null(d.pop("completed_at", None))
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = _decode.parse_datetime(_completed_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "completed_at")

        _export_status = cls(
            status=status,
            export_id=export_id,
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
