from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "name",
        "type",
        "nullable",
    )
)
_FIELDS = operator.itemgetter("name", "type", "nullable")


T = TypeVar("T", bound="DataSchemaColumn")


@_attrs_define
class DataSchemaColumn:
    """A column of a data source table.

    Attributes:
        name (str | Unset):
        type_ (str | Unset): Source data type (for example `string`, `integer`, `datetime`).
        nullable (bool | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    nullable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        nullable = self.nullable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if nullable is not UNSET:
            field_dict["nullable"] = nullable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    name, type_, nullable = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                name = src_dict_get("name")
                type_ = src_dict_get("type")
                nullable = src_dict_get("nullable")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (name is None or type(name) is str)
                and (type_ is None or type(type_) is str)
                and (nullable is None or type(nullable) is bool)
            ):
                _data_schema_column = cls(
                    UNSET if name is None else name,
                    UNSET if type_ is None else type_,
                    UNSET if nullable is None else nullable,
                )
                if src_dict_extra:
                    _data_schema_column.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_schema_column
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            type_ = _decode.optional(d.pop("type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            nullable = _decode.optional(d.pop("nullable", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "nullable")

        _data_schema_column = cls(
            name=name,
            type_=type_,
            nullable=nullable,
        )

        _data_schema_column.additional_properties = d
        return _data_schema_column

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
