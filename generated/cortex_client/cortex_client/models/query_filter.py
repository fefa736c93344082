from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.query_filter_operator import QueryFilterOperator

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
    operator: QueryFilterOperator
    value: Any

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        field = d.pop("field")

        operator = QueryFilterOperator(d.pop("operator"))

        value = d.pop("value")

        _query_filter = cls(
            field=field,
            operator=operator,
            value=value,
        )

        return _query_filter
