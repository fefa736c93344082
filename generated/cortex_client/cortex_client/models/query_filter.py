from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.query_filter_operator import QueryFilterOperator

_KEYS = frozenset(
    (
        "field",
        "operator",
        "value",
    )
)
_FIELDS = operator.itemgetter("field", "operator", "value")


T = TypeVar("T", bound="QueryFilter")


@_attrs_define
class QueryFilter:
    """One condition of a data query.

    Attributes:
        field (str):
        operator (QueryFilterOperator): Comparison; `in` takes an array value, `like` a pattern with `%` wildcards.
        value (Any): Value compared against (any JSON value; an array for `in`).
    """

    field: str
    operator: QueryFilterOperator = _attrs_field(converter=QueryFilterOperator)
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = QueryFilterOperator(self.operator).value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    field, operator, value = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                field = src_dict["field"]
                operator = src_dict["operator"]
                value = src_dict["value"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(field) is str and type(operator) is str:
                _query_filter = cls(field, QueryFilterOperator.decode(operator), value)
                if src_dict_extra:
                    _query_filter.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _query_filter
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            field = _decode.expect(d.pop("field"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "field")

        try:
            operator = QueryFilterOperator.decode(d.pop("operator"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "operator")

        try:
            value = d.pop("value")
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "value")

        _query_filter = cls(
            field=field,
            operator=operator,
            value=value,
        )

        _query_filter.additional_properties = d
        return _query_filter

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
