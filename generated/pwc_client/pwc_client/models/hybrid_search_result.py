from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_metadata import DocumentMetadata


def _convert_metadata(value: DocumentMetadata | Mapping[str, Any] | Unset) -> DocumentMetadata | Unset:
    """Take a plain mapping too."""
    from ..models.document_metadata import DocumentMetadata  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, DocumentMetadata) else DocumentMetadata.from_dict(value))
    )


_KEYS = frozenset(
    (
        "title",
        "combined_score",
        "id",
        "vector_score",
        "elasticsearch_score",
        "content",
        "metadata",
    )
)
_FIELDS = operator.itemgetter(
    "title", "combined_score", "id", "vector_score", "elasticsearch_score", "content", "metadata"
)


T = TypeVar("T", bound="HybridSearchResult")


@_attrs_define
class HybridSearchResult:
    """A document found by hybrid search.

    Attributes:
        title (str):
        combined_score (float): Weighted combination of the backends' scores (higher is better).
        id (str | Unset): Document id.
        vector_score (float | Unset): Vector similarity score.
        elasticsearch_score (float | Unset): Full-text relevance score.
        content (str | Unset): Document text or excerpt.
        metadata (DocumentMetadata | Unset): Metadata stored with a document (category, type, ...).
    """

    title: str
    combined_score: float
    id: str | Unset = UNSET
    vector_score: float | Unset = UNSET
    elasticsearch_score: float | Unset = UNSET
    content: str | Unset = UNSET
    metadata: DocumentMetadata | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        combined_score = self.combined_score

        id = self.id

        vector_score = self.vector_score

        elasticsearch_score = self.elasticsearch_score

        content = self.content

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "combined_score": combined_score,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if vector_score is not UNSET:
            field_dict["vector_score"] = vector_score
        if elasticsearch_score is not UNSET:
            field_dict["elasticsearch_score"] = elasticsearch_score
        if content is not UNSET:
            field_dict["content"] = content
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_metadata import DocumentMetadata  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 7
            if src_dict_all:
                try:
                    title, combined_score, id, vector_score, elasticsearch_score, content, metadata = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 7
            else:
                src_dict_get = src_dict.get
                title = src_dict["title"]
                combined_score = src_dict["combined_score"]
                id = src_dict_get("id")
                vector_score = src_dict_get("vector_score")
                elasticsearch_score = src_dict_get("elasticsearch_score")
                content = src_dict_get("content")
                metadata = src_dict_get("metadata")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(title) is str
                and (type(combined_score) is float or type(combined_score) is int)
                and (id is None or type(id) is str)
                and (vector_score is None or (type(vector_score) is float or type(vector_score) is int))
                and (
                    elasticsearch_score is None
                    or (type(elasticsearch_score) is float or type(elasticsearch_score) is int)
                )
                and (content is None or type(content) is str)
                and (metadata is None or type(metadata) is dict)
            ):
                _hybrid_search_result = cls(
                    title,
                    combined_score,
                    UNSET if id is None else id,
                    UNSET if vector_score is None else vector_score,
                    UNSET if elasticsearch_score is None else elasticsearch_score,
                    UNSET if content is None else content,
                    UNSET if metadata is None else DocumentMetadata.from_dict(metadata),
                )
                if src_dict_extra:
                    _hybrid_search_result.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _hybrid_search_result
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.document_metadata import DocumentMetadata  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            title = _decode.expect(d.pop("title"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "title")

        try:
            combined_score = _decode.expect(d.pop("combined_score"), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "combined_score")

        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            vector_score = _decode.optional(d.pop("vector_score", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "vector_score")

        try:
            elasticsearch_score = _decode.optional(d.pop("elasticsearch_score", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "elasticsearch_score")

        try:
            content = _decode.optional(d.pop("content", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "content")

        try:
            _metadata = _decode.unset_if_null(d.pop("metadata", None))
            metadata: DocumentMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = DocumentMetadata.from_dict(_metadata)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "metadata")

        _hybrid_search_result = cls(
            title=title,
            combined_score=combined_score,
            id=id,
            vector_score=vector_score,
            elasticsearch_score=elasticsearch_score,
            content=content,
            metadata=metadata,
        )

        _hybrid_search_result.additional_properties = d
        return _hybrid_search_result

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
