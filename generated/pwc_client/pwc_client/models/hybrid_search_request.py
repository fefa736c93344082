from __future__ import annotations

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
