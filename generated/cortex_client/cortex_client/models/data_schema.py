from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_schema_table import DataSchemaTable


T = TypeVar("T", bound="DataSchema")


@_attrs_define
class DataSchema:
    """Structure of the data a source exposes (inferred; the seed reads no field).

    Attributes:
        source_id (str | Unset):
        tables (list[DataSchemaTable] | Unset):
    """

    source_id: str | Unset = UNSET
    tables: list[DataSchemaTable] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        tables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if tables is not UNSET:
            field_dict["tables"] = tables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_schema_table import DataSchemaTable  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            source_id = _decode.optional(d.pop("source_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "source_id")

        try:
            _tables = _decode.expect(_decode.unset_if_null(d.pop("tables", None)), list)
            tables: list[DataSchemaTable] | Unset = UNSET
            if _tables is not UNSET:
                tables = []
                for tables_index, tables_item_data in enumerate(_tables):
                    try:
                        tables_item = DataSchemaTable.from_dict(tables_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, tables_index)
                    tables.append(tables_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "tables")

        _data_schema = cls(
            source_id=source_id,
            tables=tables,
        )

        _data_schema.additional_properties = d
        return _data_schema

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
