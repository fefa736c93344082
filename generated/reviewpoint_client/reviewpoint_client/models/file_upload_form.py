from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr, types
from ..types import UNSET, File, Unset, as_file

T = TypeVar("T", bound="FileUploadForm")


@_attrs_define
class FileUploadForm:
    """Multipart form for a file upload. Closed on purpose: the parts of a multipart form are files and text,
    and the non-string values an open schema allows cannot be sent as parts.

        Attributes:
            file (File): File content; the part's filename and content type are stored with it.
            description (str | Unset): Free-text description of the file.
    """

    file: File = _attrs_field(converter=as_file)
    description: str | Unset = UNSET

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:
            file = File(payload=BytesIO(d.pop("file")))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "file")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        _file_upload_form = cls(
            file=file,
            description=description,
        )

        return _file_upload_form
