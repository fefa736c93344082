from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
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
        "embedding_model",
        "top_k",
        "filters",
        "include_metadata",
        "threshold",
    )
)
_FIELDS = operator.itemgetter("query", "embedding_model", "top_k", "filters", "include_metadata", "threshold")


T = TypeVar("T", bound="VectorSearchRequest")


@_attrs_define
class VectorSearchRequest:
    """A vector similarity search.

    Attributes:
        query (str): Text to search for.
        embedding_model (str | Unset): Embedding model used to embed the query. Default: 'text-embedding-ada-002'.
        top_k (int | Unset): Maximum number of results. Default: 10.
        filters (SearchFilters | Unset): Metadata filters on the documents searched, e.g. `{"category": "analytics",
            "type": "documentation"}`.
        include_metadata (bool | Unset): Include each document's `metadata`. Default: True.
        threshold (float | Unset): Minimum similarity score of a result. Default: 0.7.
    """

    query: str
    embedding_model: str | Unset = "text-embedding-ada-002"
    top_k: int | Unset = 10
    filters: SearchFilters | Unset = _attrs_field(default=UNSET, converter=_convert_filters)
    include_metadata: bool | Unset = True
    threshold: float | Unset = 0.7
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        embedding_model = self.embedding_model

        top_k = self.top_k

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        include_metadata = self.include_metadata

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if filters is not UNSET:
            field_dict["filters"] = filters
        if include_metadata is not UNSET:
            field_dict["include_metadata"] = include_metadata
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_filters import SearchFilters  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 6
            if src_dict_all:
                try:
                    query, embedding_model, top_k, filters, include_metadata, threshold = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 6
            else:
                src_dict_get = src_dict.get
                query = src_dict["query"]
                embedding_model = src_dict_get("embedding_model")
                top_k = src_dict_get("top_k")
                filters = src_dict_get("filters")
                include_metadata = src_dict_get("include_metadata")
                threshold = src_dict_get("threshold")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(query) is str
                and (embedding_model is None or type(embedding_model) is str)
                and (top_k is None or type(top_k) is int)
                and (filters is None or type(filters) is dict)
                and (include_metadata is None or type(include_metadata) is bool)
                and (threshold is None or (type(threshold) is float or type(threshold) is int))
            ):
                _vector_search_request = cls(
                    query,
                    UNSET if embedding_model is None else embedding_model,
                    UNSET if top_k is None else top_k,
                    UNSET if filters is None else SearchFilters.from_dict(filters),
                    UNSET if include_metadata is None else include_metadata,
                    UNSET if threshold is None else threshold,
                )
                if src_dict_extra:
                    _vector_search_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _vector_search_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.search_filters import SearchFilters  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            query = _decode.expect(d.pop("query"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "query")

        try:
            embedding_model = _decode.optional(d.pop("embedding_model", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "embedding_model")

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

        try:
            include_metadata = _decode.optional(d.pop("include_metadata", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "include_metadata")

        try:
            threshold = _decode.optional(d.pop("threshold", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "threshold")

        _vector_search_request = cls(
            query=query,
            embedding_model=embedding_model,
            top_k=top_k,
            filters=filters,
            include_metadata=include_metadata,
            threshold=threshold,
        )

        _vector_search_request.additional_properties = d
        return _vector_search_request

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
