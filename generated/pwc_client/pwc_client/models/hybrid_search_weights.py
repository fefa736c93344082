from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridSearchWeights")


@_attrs_define
class HybridSearchWeights:
    """Weight of each backend's score in `combined_score`.

    Attributes:
        vector (float | Unset):
        elasticsearch (float | Unset):
    """

    vector: float | Unset = UNSET
    elasticsearch: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vector = self.vector

        elasticsearch = self.elasticsearch

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vector is not UNSET:
            field_dict["vector"] = vector
        if elasticsearch is not UNSET:
            field_dict["elasticsearch"] = elasticsearch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vector = d.pop("vector", UNSET)

        elasticsearch = d.pop("elasticsearch", UNSET)

        _hybrid_search_weights = cls(
            vector=vector,
            elasticsearch=elasticsearch,
        )

        return _hybrid_search_weights
