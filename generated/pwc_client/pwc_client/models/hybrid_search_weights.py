from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridSearchWeights")


@_attrs_define
class HybridSearchWeights:
    """Weight of each backend's score in `combined_score`, by backend (the seed's two are named).

    Attributes:
        vector (float | Unset):
        elasticsearch (float | Unset):
    """

    vector: float | Unset = UNSET
    elasticsearch: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        vector = self.vector

        elasticsearch = self.elasticsearch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector is not UNSET:
            field_dict["vector"] = vector
        if elasticsearch is not UNSET:
            field_dict["elasticsearch"] = elasticsearch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = _decode.object_of(src_dict)
        try:
            vector = _decode.optional(d.pop("vector", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "vector")

        try:
            elasticsearch = _decode.optional(d.pop("elasticsearch", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "elasticsearch")

        _hybrid_search_weights = cls(
            vector=vector,
            elasticsearch=elasticsearch,
        )

        _hybrid_search_weights.additional_properties = d
        return _hybrid_search_weights

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
