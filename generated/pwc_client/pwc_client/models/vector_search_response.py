from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.vector_search_result import VectorSearchResult


_KEYS = frozenset(("results",))


T = TypeVar("T", bound="VectorSearchResponse")


@_attrs_define
class VectorSearchResponse:
    """Vector search results, best first.

    Attributes:
        results (list[VectorSearchResult]):
    """

    results: list[VectorSearchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.vector_search_result import VectorSearchResult  # noqa: PLC0415

        return {
            "results": VectorSearchResult.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vector_search_result import VectorSearchResult  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            results = src_dict["results"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(results) is list:
                _vector_search_response = cls(list(map(VectorSearchResult.from_dict, results)))
                if src_dict_extra:
                    _vector_search_response.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _vector_search_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.vector_search_result import VectorSearchResult  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            results = []
            for results_index, results_item_data in enumerate(_decode.expect(d.pop("results"), list)):
                try:
                    results_item = VectorSearchResult.from_dict(results_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, results_index)
                results.append(results_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "results")

        _vector_search_response = cls(
            results=results,
        )

        _vector_search_response.additional_properties = d
        return _vector_search_response

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
