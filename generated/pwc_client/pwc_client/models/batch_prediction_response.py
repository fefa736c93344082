from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_prediction import BatchPrediction


_KEYS = frozenset(
    (
        "predictions",
        "model_id",
    )
)
_FIELDS = operator.itemgetter("predictions", "model_id")


T = TypeVar("T", bound="BatchPredictionResponse")


@_attrs_define
class BatchPredictionResponse:
    """Predictions for a batch, in the order of `batch_features`.

    Attributes:
        predictions (list[BatchPrediction]):
        model_id (str | Unset): Model that produced the predictions.
    """

    predictions: list[BatchPrediction]
    model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        predictions = []
        for predictions_item_data in self.predictions:
            predictions_item = predictions_item_data.to_dict()
            predictions.append(predictions_item)

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predictions": predictions,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.batch_prediction import BatchPrediction  # noqa: PLC0415

        return {
            "predictions": BatchPrediction.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_prediction import BatchPrediction  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    predictions, model_id = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                predictions = src_dict["predictions"]
                model_id = src_dict_get("model_id")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(predictions) is list and (model_id is None or type(model_id) is str):
                _batch_prediction_response = cls(
                    list(map(BatchPrediction.from_dict, predictions)), UNSET if model_id is None else model_id
                )
                if src_dict_extra:
                    _batch_prediction_response.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _batch_prediction_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.batch_prediction import BatchPrediction  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            predictions = []
            for predictions_index, predictions_item_data in enumerate(_decode.expect(d.pop("predictions"), list)):
                try:
                    predictions_item = BatchPrediction.from_dict(predictions_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, predictions_index)
                predictions.append(predictions_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "predictions")

        try:
            model_id = _decode.optional(d.pop("model_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "model_id")

        _batch_prediction_response = cls(
            predictions=predictions,
            model_id=model_id,
        )

        _batch_prediction_response.additional_properties = d
        return _batch_prediction_response

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
