from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "id",
        "download_url",
        "filename",
        "content_type",
        "size",
        "description",
        "created_at",
    )
)
_FIELDS = operator.itemgetter("id", "download_url", "filename", "content_type", "size", "description", "created_at")


T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile:
    """Metadata of a stored file; the seed reads `id` and `download_url`, the rest is inferred.

    Attributes:
        id (int):
        download_url (str): URL the file can be downloaded from.
        filename (str | Unset): Original filename as sent in the multipart part.
        content_type (str | Unset): MIME type of the file, e.g. `application/pdf`.
        size (int | Unset): File size in bytes.
        description (str | Unset): Description given at upload, when any.
        created_at (datetime.datetime | Unset): When the file was uploaded.
    """

    id: int
    download_url: str
    filename: str | Unset = UNSET
    content_type: str | Unset = UNSET
    size: int | Unset = UNSET
    description: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        download_url = self.download_url

        filename = self.filename

        content_type = self.content_type

        size = self.size

        description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "download_url": download_url,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 7
            if src_dict_all:
                try:
                    id, download_url, filename, content_type, size, description, created_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 7
            else:
                src_dict_get = src_dict.get
                id = src_dict["id"]
                download_url = src_dict["download_url"]
                filename = src_dict_get("filename")
                content_type = src_dict_get("content_type")
                size = src_dict_get("size")
                description = src_dict_get("description")
                created_at = src_dict_get("created_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(id) is int
                and type(download_url) is str
                and (filename is None or type(filename) is str)
                and (content_type is None or type(content_type) is str)
                and (size is None or type(size) is int)
                and (description is None or type(description) is str)
                and (created_at is None or type(created_at) is str)
            ):
                _uploaded_file = cls(
                    id,
                    download_url,
                    UNSET if filename is None else filename,
                    UNSET if content_type is None else content_type,
                    UNSET if size is None else size,
                    UNSET if description is None else description,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                )
                if src_dict_extra:
                    _uploaded_file.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _uploaded_file
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            id = _decode.expect(d.pop("id"), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            download_url = _decode.expect(d.pop("download_url"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "download_url")

        try:
            filename = _decode.optional(d.pop("filename", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "filename")

        try:
            content_type = _decode.optional(d.pop("content_type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "content_type")

        try:
            size = _decode.optional(d.pop("size", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "size")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        _uploaded_file = cls(
            id=id,
            download_url=download_url,
            filename=filename,
            content_type=content_type,
            size=size,
            description=description,
            created_at=created_at,
        )

        _uploaded_file.additional_properties = d
        return _uploaded_file

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
