from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.search_type import SearchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_weights import HybridSearchWeights
    from ..models.search_filters import SearchFilters


T = TypeVar("T", bound="HybridSearchRequest")


@_attrs_define
class HybridSearchRequest:
    """A search combining vector and full-text search.

    Attributes:
        query (str): Text to search for.
        search_types (list[SearchType] | Unset): Backends to combine.
        weights (HybridSearchWeights | Unset): Weight of each backend's score in `combined_score`.
        top_k (int | Unset): Maximum number of results. Default: 20.
        filters (SearchFilters | Unset): Metadata filters on the documents searched, e.g. `{"category": "analytics",
            "type": "documentation"}`.
    """

    query: str
    search_types: list[SearchType] | Unset = UNSET
    weights: HybridSearchWeights | Unset = UNSET
    top_k: int | Unset = 20
    filters: SearchFilters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        search_types: list[str] | Unset = UNSET
        if not isinstance(self.search_types, Unset):
            search_types = []
            for search_types_item_data in self.search_types:
                search_types_item = search_types_item_data.value
                search_types.append(search_types_item)

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        top_k = self.top_k

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}

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

        d = dict(src_dict)
        query = d.pop("query")

        _search_types = d.pop("search_types", UNSET)
        search_types: list[SearchType] | Unset = UNSET
        if _search_types is not UNSET:
            search_types = []
            for search_types_item_data in _search_types:
                search_types_item = SearchType(search_types_item_data)

                search_types.append(search_types_item)

        _weights = d.pop("weights", UNSET)
        weights: HybridSearchWeights | Unset
        if isinstance(_weights, Unset):
            weights = UNSET
        else:
            weights = HybridSearchWeights.from_dict(_weights)

        top_k = d.pop("top_k", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: SearchFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = SearchFilters.from_dict(_filters)

        _hybrid_search_request = cls(
            query=query,
            search_types=search_types,
            weights=weights,
            top_k=top_k,
            filters=filters,
        )

        return _hybrid_search_request
