from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_schema_column import DataSchemaColumn


_KEYS = frozenset(
    (
        "name",
        "columns",
    )
)
_FIELDS = operator.itemgetter("name", "columns")


T = TypeVar("T", bound="DataSchemaTable")


@_attrs_define
class DataSchemaTable:
    """A table (or entity, or file) exposed by a data source.

    Attributes:
        name (str | Unset):
        columns (list[DataSchemaColumn] | Unset):
    """

    name: str | Unset = UNSET
    columns: list[DataSchemaColumn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.data_schema_column import DataSchemaColumn  # noqa: PLC0415

        return {
            "columns": DataSchemaColumn.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_schema_column import DataSchemaColumn  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    name, columns = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                name = src_dict_get("name")
                columns = src_dict_get("columns")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (name is None or type(name) is str) and (columns is None or type(columns) is list):
                _data_schema_table = cls(
                    UNSET if name is None else name,
                    UNSET if columns is None else list(map(DataSchemaColumn.from_dict, columns)),
                )
                if src_dict_extra:
                    _data_schema_table.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_schema_table
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.data_schema_column import DataSchemaColumn  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            _columns = _decode.expect(_decode.unset_if_null(d.pop("columns", None)), list)
            columns: list[DataSchemaColumn] | Unset = UNSET
            if _columns is not UNSET:
                columns = []
                for columns_index, columns_item_data in enumerate(_columns):
                    try:
                        columns_item = DataSchemaColumn.from_dict(columns_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, columns_index)
                    columns.append(columns_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "columns")

        _data_schema_table = cls(
            name=name,
            columns=columns,
        )

        _data_schema_table.additional_properties = d
        return _data_schema_table

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
