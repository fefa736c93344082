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
        "score",
        "id",
        "content",
        "metadata",
    )
)
_FIELDS = operator.itemgetter("title", "score", "id", "content", "metadata")


T = TypeVar("T", bound="VectorSearchResult")


@_attrs_define
class VectorSearchResult:
    """A document found by vector search.

    Attributes:
        title (str):
        score (float): Similarity between the query and the document (higher is closer).
        id (str | Unset): Document id.
        content (str | Unset): Document text or excerpt.
        metadata (DocumentMetadata | Unset): Metadata stored with a document (category, type, ...).
    """

    title: str
    score: float
    id: str | Unset = UNSET
    content: str | Unset = UNSET
    metadata: DocumentMetadata | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        score = self.score

        id = self.id

        content = self.content

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "score": score,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    title, score, id, content, metadata = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                title = src_dict["title"]
                score = src_dict["score"]
                id = src_dict_get("id")
                content = src_dict_get("content")
                metadata = src_dict_get("metadata")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(title) is str
                and (type(score) is float or type(score) is int)
                and (id is None or type(id) is str)
                and (content is None or type(content) is str)
                and (metadata is None or type(metadata) is dict)
            ):
                _vector_search_result = cls(
                    title,
                    score,
                    UNSET if id is None else id,
                    UNSET if content is None else content,
                    UNSET if metadata is None else DocumentMetadata.from_dict(metadata),
                )
                if src_dict_extra:
                    _vector_search_result.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _vector_search_result
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
            score = _decode.expect(d.pop("score"), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "score")

        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

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

        _vector_search_result = cls(
            title=title,
            score=score,
            id=id,
            content=content,
            metadata=metadata,
        )

        _vector_search_result.additional_properties = d
        return _vector_search_result

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
