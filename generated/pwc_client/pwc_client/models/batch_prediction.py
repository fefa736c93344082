from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_explanation import PredictionExplanation


T = TypeVar("T", bound="BatchPrediction")


@_attrs_define
class BatchPrediction:
    """The prediction for one record of a batch.

    Attributes:
        prediction (bool | float | str): The model output; a class label (e.g. `churn`), a number for regression models,
            or a boolean.
        confidence (float): Model confidence in the prediction.
        probability (float | Unset): Probability of the predicted (positive) class.
        explanation (PredictionExplanation | Unset): Why the model predicted what it did.
    """

    prediction: bool | float | str
    confidence: float
    probability: float | Unset = UNSET
    explanation: PredictionExplanation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        prediction: bool | float | str
        prediction = self.prediction

        confidence = self.confidence

        probability = self.probability

        explanation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.explanation, Unset):
            explanation = self.explanation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prediction": prediction,
                "confidence": confidence,
            }
        )
        if probability is not UNSET:
            field_dict["probability"] = probability
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prediction_explanation import PredictionExplanation  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:

            def _parse_prediction(data: object) -> bool | float | str:
                return cast(bool | float | str, data)

            prediction = _parse_prediction(d.pop("prediction"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "prediction")

        try:
            confidence = _decode.expect(d.pop("confidence"), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "confidence")

        try:
            probability = _decode.optional(d.pop("probability", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "probability")

        try:
            _explanation = _decode.unset_if_null(d.pop("explanation", None))
            explanation: PredictionExplanation | Unset
            if isinstance(_explanation, Unset):
                explanation = UNSET
            else:
                explanation = PredictionExplanation.from_dict(_explanation)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "explanation")

        _batch_prediction = cls(
            prediction=prediction,
            confidence=confidence,
            probability=probability,
            explanation=explanation,
        )

        _batch_prediction.additional_properties = d
        return _batch_prediction

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
