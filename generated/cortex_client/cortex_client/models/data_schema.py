from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_schema_table import DataSchemaTable


_KEYS = frozenset(
    (
        "source_id",
        "tables",
    )
)
_FIELDS = operator.itemgetter("source_id", "tables")


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
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.data_schema_table import DataSchemaTable  # noqa: PLC0415

        return {
            "tables": DataSchemaTable.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_schema_table import DataSchemaTable  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    source_id, tables = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                source_id = src_dict_get("source_id")
                tables = src_dict_get("tables")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (source_id is None or type(source_id) is str) and (tables is None or type(tables) is list):
                _data_schema = cls(
                    UNSET if source_id is None else source_id,
                    UNSET if tables is None else list(map(DataSchemaTable.from_dict, tables)),
                )
                if src_dict_extra:
                    _data_schema.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_schema
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
