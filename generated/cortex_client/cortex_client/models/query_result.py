from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_result_data_item import QueryResultDataItem


T = TypeVar("T", bound="QueryResult")


@_attrs_define
class QueryResult:
    """Rows returned by a data query (inferred; the seed reads no field).

    Attributes:
        data (list[QueryResultDataItem] | Unset): Result rows, keyed by field name or aggregation alias.
        total_count (int | Unset): Number of matching rows before `limit` and `offset`.
        columns (list[str] | Unset): Column names, in order.
        execution_time_ms (int | Unset):
    """

    data: list[QueryResultDataItem] | Unset = UNSET
    total_count: int | Unset = UNSET
    columns: list[str] | Unset = UNSET
    execution_time_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_count = self.total_count

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        execution_time_ms = self.execution_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if columns is not UNSET:
            field_dict["columns"] = columns
        if execution_time_ms is not UNSET:
            field_dict["execution_time_ms"] = execution_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_result_data_item import QueryResultDataItem  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _data = _decode.expect(_decode.unset_if_null(d.pop("data", None)), list)
            data: list[QueryResultDataItem] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_index, data_item_data in enumerate(_data):
                    try:
                        data_item = QueryResultDataItem.from_dict(data_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, data_index)
                    data.append(data_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        try:
            total_count = _decode.optional(d.pop("total_count", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_count")

        try:
            columns = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("columns", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "columns")

        try:
            execution_time_ms = _decode.optional(d.pop("execution_time_ms", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "execution_time_ms")

        _query_result = cls(
            data=data,
            total_count=total_count,
            columns=columns,
            execution_time_ms=execution_time_ms,
        )

        _query_result.additional_properties = d
        return _query_result

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
