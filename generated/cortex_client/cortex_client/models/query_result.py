from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_result_data_item import QueryResultDataItem


_KEYS = frozenset(
    (
        "data",
        "total_count",
        "columns",
        "execution_time_ms",
    )
)
_FIELDS = operator.itemgetter("data", "total_count", "columns", "execution_time_ms")


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
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.query_result_data_item import QueryResultDataItem  # noqa: PLC0415

        return {
            "data": QueryResultDataItem.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_result_data_item import QueryResultDataItem  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    data, total_count, columns, execution_time_ms = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                data = src_dict_get("data")
                total_count = src_dict_get("total_count")
                columns = src_dict_get("columns")
                execution_time_ms = src_dict_get("execution_time_ms")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (data is None or type(data) is list)
                and (total_count is None or type(total_count) is int)
                and (columns is None or type(columns) is list)
                and (execution_time_ms is None or type(execution_time_ms) is int)
            ):
                _query_result = cls(
                    UNSET if data is None else list(map(QueryResultDataItem.from_dict, data)),
                    UNSET if total_count is None else total_count,
                    UNSET if columns is None else columns,
                    UNSET if execution_time_ms is None else execution_time_ms,
                )
                if src_dict_extra:
                    _query_result.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _query_result
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
