from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryOptions")


@_attrs_define
class QueryOptions:
    """How to answer a natural-language query.

    Attributes:
        explain_reasoning (bool | Unset): Ask for the reasoning behind the interpretation.
        suggest_followup (bool | Unset): Ask for a suggested follow-up question (`suggested_followup`).
        confidence_threshold (float | Unset): Minimum interpretation confidence to answer with.
    """

    explain_reasoning: bool | Unset = UNSET
    suggest_followup: bool | Unset = UNSET
    confidence_threshold: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        explain_reasoning = self.explain_reasoning

        suggest_followup = self.suggest_followup

        confidence_threshold = self.confidence_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if explain_reasoning is not UNSET:
            field_dict["explain_reasoning"] = explain_reasoning
        if suggest_followup is not UNSET:
            field_dict["suggest_followup"] = suggest_followup
        if confidence_threshold is not UNSET:
            field_dict["confidence_threshold"] = confidence_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        explain_reasoning = d.pop("explain_reasoning", UNSET)

        suggest_followup = d.pop("suggest_followup", UNSET)

        confidence_threshold = d.pop("confidence_threshold", UNSET)

        _query_options = cls(
            explain_reasoning=explain_reasoning,
            suggest_followup=suggest_followup,
            confidence_threshold=confidence_threshold,
        )

        return _query_options
