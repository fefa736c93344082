from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile:
    """Metadata of a stored file.

    Attributes:
        id (int):
        filename (str): Original filename as sent in the multipart part.
        download_url (str): URL the file can be downloaded from.
        content_type (str): MIME type of the file, e.g. `application/pdf`.
        size (int): File size in bytes.
        created_at (datetime.datetime): When the file was uploaded.
        description (str | Unset): Description given at upload, when any.
    """

    id: int
    filename: str
    download_url: str
    content_type: str
    size: int
    created_at: datetime.datetime
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        download_url = self.download_url

        content_type = self.content_type

        size = self.size

        created_at = self.created_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "download_url": download_url,
                "content_type": content_type,
                "size": size,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        filename = d.pop("filename")

        download_url = d.pop("download_url")

        content_type = d.pop("content_type")

        size = d.pop("size")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description", UNSET)

        _uploaded_file = cls(
            id=id,
            filename=filename,
            download_url=download_url,
            content_type=content_type,
            size=size,
            created_at=created_at,
            description=description,
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
