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
        "explain_reasoning",
        "suggest_followup",
        "confidence_threshold",
    )
)
_FIELDS = operator.itemgetter("explain_reasoning", "suggest_followup", "confidence_threshold")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        explain_reasoning = self.explain_reasoning

        suggest_followup = self.suggest_followup

        confidence_threshold = self.confidence_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    explain_reasoning, suggest_followup, confidence_threshold = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                explain_reasoning = src_dict_get("explain_reasoning")
                suggest_followup = src_dict_get("suggest_followup")
                confidence_threshold = src_dict_get("confidence_threshold")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (explain_reasoning is None or type(explain_reasoning) is bool)
                and (suggest_followup is None or type(suggest_followup) is bool)
                and (
                    confidence_threshold is None
                    or (type(confidence_threshold) is float or type(confidence_threshold) is int)
                )
            ):
                _query_options = cls(
                    UNSET if explain_reasoning is None else explain_reasoning,
                    UNSET if suggest_followup is None else suggest_followup,
                    UNSET if confidence_threshold is None else confidence_threshold,
                )
                if src_dict_extra:
                    _query_options.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _query_options
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            explain_reasoning = _decode.optional(d.pop("explain_reasoning", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "explain_reasoning")

        try:
            suggest_followup = _decode.optional(d.pop("suggest_followup", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "suggest_followup")

        try:
            confidence_threshold = _decode.optional(d.pop("confidence_threshold", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "confidence_threshold")

        _query_options = cls(
            explain_reasoning=explain_reasoning,
            suggest_followup=suggest_followup,
            confidence_threshold=confidence_threshold,
        )

        _query_options.additional_properties = d
        return _query_options

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
