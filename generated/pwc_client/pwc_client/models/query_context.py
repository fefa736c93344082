from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.answer_format import AnswerFormat
from ..models.data_source import DataSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryContext")


@_attrs_define
class QueryContext:
    """Hints for answering a natural-language query.

    Attributes:
        data_sources (list[DataSource] | Unset): Data sets to consider.
        preferred_format (AnswerFormat | Unset): Preferred presentation of a natural-language query's answer.
        include_visualization (bool | Unset): Ask for a visualization alongside the data.
    """

    data_sources: list[DataSource] | Unset = UNSET
    preferred_format: AnswerFormat | Unset = UNSET
    include_visualization: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_sources: list[str] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.value
                data_sources.append(data_sources_item)

        preferred_format: str | Unset = UNSET
        if not isinstance(self.preferred_format, Unset):
            preferred_format = self.preferred_format.value

        include_visualization = self.include_visualization

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        _data_sources = d.pop("data_sources", UNSET)
        data_sources: list[DataSource] | Unset = UNSET
        if _data_sources is not UNSET:
            data_sources = []
            for data_sources_item_data in _data_sources:
                data_sources_item = DataSource(data_sources_item_data)

                data_sources.append(data_sources_item)

        _preferred_format = d.pop("preferred_format", UNSET)
        preferred_format: AnswerFormat | Unset
        if isinstance(_preferred_format, Unset):
            preferred_format = UNSET
        else:
            preferred_format = AnswerFormat(_preferred_format)

        include_visualization = d.pop("include_visualization", UNSET)

        _query_context = cls(
            data_sources=data_sources,
            preferred_format=preferred_format,
            include_visualization=include_visualization,
        )

        return _query_context
