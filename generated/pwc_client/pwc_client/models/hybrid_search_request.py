from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_weights import HybridSearchWeights
    from ..models.search_filters import SearchFilters


def _convert_filters(value: SearchFilters | Mapping[str, Any] | Unset) -> SearchFilters | Unset:
    """Take a plain mapping too."""
    from ..models.search_filters import SearchFilters  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, SearchFilters) else SearchFilters.from_dict(value))
    )


_KEYS = frozenset(
    (
        "query",
        "search_types",
        "weights",
        "top_k",
        "filters",
    )
)
_FIELDS = operator.itemgetter("query", "search_types", "weights", "top_k", "filters")


T = TypeVar("T", bound="HybridSearchRequest")


@_attrs_define
class HybridSearchRequest:
    """A search combining vector and full-text search.

    Attributes:
        query (str): Text to search for.
        search_types (list[str] | Unset): Backends to combine.
        weights (HybridSearchWeights | Unset): Weight of each backend's score in `combined_score`, by backend (the
            seed's two are named).
        top_k (int | Unset): Maximum number of results. Default: 20.
        filters (SearchFilters | Unset): Metadata filters on the documents searched, e.g. `{"category": "analytics",
            "type": "documentation"}`.
    """

    query: str
    search_types: list[str] | Unset = UNSET
    weights: HybridSearchWeights | Unset = UNSET
    top_k: int | Unset = 20
    filters: SearchFilters | Unset = _attrs_field(default=UNSET, converter=_convert_filters)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        search_types: list[str] | Unset = UNSET
        if not isinstance(self.search_types, Unset):
            search_types = self.search_types

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        top_k = self.top_k

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if search_types is not UNSET:
            field_dict["search_types"] = search_types
        if weights is not UNSET:
            field_dict["weights"] = weights
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hybrid_search_weights import HybridSearchWeights  # noqa: PLC0415
        from ..models.search_filters import SearchFilters  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    query, search_types, weights, top_k, filters = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                query = src_dict["query"]
                search_types = src_dict_get("search_types")
                weights = src_dict_get("weights")
                top_k = src_dict_get("top_k")
                filters = src_dict_get("filters")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(query) is str
                and (search_types is None or type(search_types) is list)
                and (weights is None or type(weights) is dict)
                and (top_k is None or type(top_k) is int)
                and (filters is None or type(filters) is dict)
            ):
                _hybrid_search_request = cls(
                    query,
                    UNSET if search_types is None else search_types,
                    UNSET if weights is None else HybridSearchWeights.from_dict(weights),
                    UNSET if top_k is None else top_k,
                    UNSET if filters is None else SearchFilters.from_dict(filters),
                )
                if src_dict_extra:
                    _hybrid_search_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _hybrid_search_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.hybrid_search_weights import HybridSearchWeights  # noqa: PLC0415
        from ..models.search_filters import SearchFilters  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            query = _decode.expect(d.pop("query"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "query")

        try:
            search_types = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("search_types", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "search_types")

        try:
            _weights = _decode.unset_if_null(d.pop("weights", None))
            weights: HybridSearchWeights | Unset
            if isinstance(_weights, Unset):
                weights = UNSET
            else:
                weights = HybridSearchWeights.from_dict(_weights)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "weights")

        try:
            top_k = _decode.optional(d.pop("top_k", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "top_k")

        try:
            _filters = _decode.unset_if_null(d.pop("filters", None))
            filters: SearchFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = SearchFilters.from_dict(_filters)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "filters")

        _hybrid_search_request = cls(
            query=query,
            search_types=search_types,
            weights=weights,
            top_k=top_k,
            filters=filters,
        )

        _hybrid_search_request.additional_properties = d
        return _hybrid_search_request

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
