from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "vector",
        "elasticsearch",
    )
)
_FIELDS = operator.itemgetter("vector", "elasticsearch")


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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    vector, elasticsearch = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                vector = src_dict_get("vector")
                elasticsearch = src_dict_get("elasticsearch")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (vector is None or (type(vector) is float or type(vector) is int)) and (
                elasticsearch is None or (type(elasticsearch) is float or type(elasticsearch) is int)
            ):
                _hybrid_search_weights = cls(
                    UNSET if vector is None else vector, UNSET if elasticsearch is None else elasticsearch
                )
                if src_dict_extra:
                    _hybrid_search_weights.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _hybrid_search_weights
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
