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
        "explain",
        "confidence",
        "probability",
    )
)
_FIELDS = operator.itemgetter("explain", "confidence", "probability")


T = TypeVar("T", bound="PredictionOptions")


@_attrs_define
class PredictionOptions:
    """What to include in each prediction.

    Attributes:
        explain (bool | Unset): Include `explanation` (feature importances). Default: False.
        confidence (bool | Unset): Include `confidence`. Default: True.
        probability (bool | Unset): Include `probability`. Default: False.
    """

    explain: bool | Unset = False
    confidence: bool | Unset = True
    probability: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        explain = self.explain

        confidence = self.confidence

        probability = self.probability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if explain is not UNSET:
            field_dict["explain"] = explain
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if probability is not UNSET:
            field_dict["probability"] = probability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    explain, confidence, probability = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                explain = src_dict_get("explain")
                confidence = src_dict_get("confidence")
                probability = src_dict_get("probability")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (explain is None or type(explain) is bool)
                and (confidence is None or type(confidence) is bool)
                and (probability is None or type(probability) is bool)
            ):
                _prediction_options = cls(
                    UNSET if explain is None else explain,
                    UNSET if confidence is None else confidence,
                    UNSET if probability is None else probability,
                )
                if src_dict_extra:
                    _prediction_options.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _prediction_options
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            explain = _decode.optional(d.pop("explain", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "explain")

        try:
            confidence = _decode.optional(d.pop("confidence", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "confidence")

        try:
            probability = _decode.optional(d.pop("probability", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "probability")

        _prediction_options = cls(
            explain=explain,
            confidence=confidence,
            probability=probability,
        )

        _prediction_options.additional_properties = d
        return _prediction_options

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
