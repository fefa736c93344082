from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregation import Aggregation
    from ..models.query_filter import QueryFilter
    from ..models.sort_option import SortOption


_KEYS = frozenset(
    (
        "fields",
        "filters",
        "aggregations",
        "sort",
        "limit",
        "offset",
    )
)
_FIELDS = operator.itemgetter("fields", "filters", "aggregations", "sort", "limit", "offset")


T = TypeVar("T", bound="DataQuery")


@_attrs_define
class DataQuery:
    """A query against a data source.

    Attributes:
        fields (list[str] | Unset): Fields to return (all when left out).
        filters (list[QueryFilter] | Unset): Conditions, combined with AND.
        aggregations (list[Aggregation] | Unset):
        sort (list[SortOption] | Unset):
        limit (int | Unset): Maximum number of rows to return.
        offset (int | Unset): Number of rows to skip.
    """

    fields: list[str] | Unset = UNSET
    filters: list[QueryFilter] | Unset = UNSET
    aggregations: list[Aggregation] | Unset = UNSET
    sort: list[SortOption] | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        aggregations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = []
            for aggregations_item_data in self.aggregations:
                aggregations_item = aggregations_item_data.to_dict()
                aggregations.append(aggregations_item)

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filters is not UNSET:
            field_dict["filters"] = filters
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.aggregation import Aggregation  # noqa: PLC0415
        from ..models.query_filter import QueryFilter  # noqa: PLC0415
        from ..models.sort_option import SortOption  # noqa: PLC0415

        return {
            "filters": QueryFilter.from_dict,
            "aggregations": Aggregation.from_dict,
            "sort": SortOption.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregation import Aggregation  # noqa: PLC0415
        from ..models.query_filter import QueryFilter  # noqa: PLC0415
        from ..models.sort_option import SortOption  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 6
            if src_dict_all:
                try:
                    fields, filters, aggregations, sort, limit, offset = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 6
            else:
                src_dict_get = src_dict.get
                fields = src_dict_get("fields")
                filters = src_dict_get("filters")
                aggregations = src_dict_get("aggregations")
                sort = src_dict_get("sort")
                limit = src_dict_get("limit")
                offset = src_dict_get("offset")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (fields is None or type(fields) is list)
                and (filters is None or type(filters) is list)
                and (aggregations is None or type(aggregations) is list)
                and (sort is None or type(sort) is list)
                and (limit is None or type(limit) is int)
                and (offset is None or type(offset) is int)
            ):
                _data_query = cls(
                    UNSET if fields is None else fields,
                    UNSET if filters is None else list(map(QueryFilter.from_dict, filters)),
                    UNSET if aggregations is None else list(map(Aggregation.from_dict, aggregations)),
                    UNSET if sort is None else list(map(SortOption.from_dict, sort)),
                    UNSET if limit is None else limit,
                    UNSET if offset is None else offset,
                )
                if src_dict_extra:
                    _data_query.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_query
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.aggregation import Aggregation  # noqa: PLC0415
        from ..models.query_filter import QueryFilter  # noqa: PLC0415
        from ..models.sort_option import SortOption  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            fields = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("fields", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "fields")

        try:
            _filters = _decode.expect(_decode.unset_if_null(d.pop("filters", None)), list)
            filters: list[QueryFilter] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for filters_index, filters_item_data in enumerate(_filters):
                    try:
                        filters_item = QueryFilter.from_dict(filters_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, filters_index)
                    filters.append(filters_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "filters")

        try:
            _aggregations = _decode.expect(_decode.unset_if_null(d.pop("aggregations", None)), list)
            aggregations: list[Aggregation] | Unset = UNSET
            if _aggregations is not UNSET:
                aggregations = []
                for aggregations_index, aggregations_item_data in enumerate(_aggregations):
                    try:
                        aggregations_item = Aggregation.from_dict(aggregations_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, aggregations_index)
                    aggregations.append(aggregations_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "aggregations")

        try:
            _sort = _decode.expect(_decode.unset_if_null(d.pop("sort", None)), list)
            sort: list[SortOption] | Unset = UNSET
            if _sort is not UNSET:
                sort = []
                for sort_index, sort_item_data in enumerate(_sort):
                    try:
                        sort_item = SortOption.from_dict(sort_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, sort_index)
                    sort.append(sort_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "sort")

        try:
            limit = _decode.optional(d.pop("limit", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "limit")

        try:
            offset = _decode.optional(d.pop("offset", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "offset")

        _data_query = cls(
            fields=fields,
            filters=filters,
            aggregations=aggregations,
            sort=sort,
            limit=limit,
            offset=offset,
        )

        _data_query.additional_properties = d
        return _data_query

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
