from __future__ import annotations

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
