from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "data_sources",
        "preferred_format",
        "include_visualization",
    )
)
_FIELDS = operator.itemgetter("data_sources", "preferred_format", "include_visualization")


T = TypeVar("T", bound="QueryContext")


@_attrs_define
class QueryContext:
    """Hints for answering a natural-language query.

    Attributes:
        data_sources (list[str] | Unset): Data sets to consider.
        preferred_format (str | Unset): Preferred presentation of a natural-language query's answer. The seed sends
            `table`.
        include_visualization (bool | Unset): Ask for a visualization alongside the data.
    """

    data_sources: list[str] | Unset = UNSET
    preferred_format: str | Unset = UNSET
    include_visualization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data_sources: list[str] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = self.data_sources

        preferred_format = self.preferred_format

        include_visualization = self.include_visualization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources
        if preferred_format is not UNSET:
            field_dict["preferred_format"] = preferred_format
        if include_visualization is not UNSET:
            field_dict["include_visualization"] = include_visualization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    data_sources, preferred_format, include_visualization = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                data_sources = src_dict_get("data_sources")
                preferred_format = src_dict_get("preferred_format")
                include_visualization = src_dict_get("include_visualization")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (data_sources is None or type(data_sources) is list)
                and (preferred_format is None or type(preferred_format) is str)
                and (include_visualization is None or type(include_visualization) is bool)
            ):
                _query_context = cls(
                    UNSET if data_sources is None else data_sources,
                    UNSET if preferred_format is None else preferred_format,
                    UNSET if include_visualization is None else include_visualization,
                )
                if src_dict_extra:
                    _query_context.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _query_context
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            data_sources = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("data_sources", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data_sources")

        try:
            preferred_format = _decode.optional(d.pop("preferred_format", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "preferred_format")

        try:
            include_visualization = _decode.optional(d.pop("include_visualization", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "include_visualization")

        _query_context = cls(
            data_sources=data_sources,
            preferred_format=preferred_format,
            include_visualization=include_visualization,
        )

        _query_context.additional_properties = d
        return _query_context

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
