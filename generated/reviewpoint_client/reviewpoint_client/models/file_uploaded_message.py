from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.file_uploaded_data import FileUploadedData


T = TypeVar("T", bound="FileUploadedMessage")


@_attrs_define
class FileUploadedMessage:
    """Pushed when a file has been uploaded.

    Example:
        {'type': 'file_uploaded', 'data': {'filename': 'research_paper.pdf', 'id': 42, 'size': 482113}}

    Attributes:
        type_ (Literal['file_uploaded']):
        data (FileUploadedData): Payload of a `file_uploaded` event; the server may add further upload metadata.
    """

    type_: Literal["file_uploaded"]
    data: FileUploadedData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_uploaded_data import FileUploadedData  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:
            type_ = cast(Literal["file_uploaded"], d.pop("type"))
            if type_ != "file_uploaded":
                raise ValueError(f"type must match const 'file_uploaded', got '{type_}'")
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            data = FileUploadedData.from_dict(d.pop("data"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        _file_uploaded_message = cls(
            type_=type_,
            data=data,
        )

        _file_uploaded_message.additional_properties = d
        return _file_uploaded_message

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
