from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.features import Features
    from ..models.prediction_options import PredictionOptions


_KEYS = frozenset(
    (
        "model_id",
        "batch_features",
        "options",
    )
)
_FIELDS = operator.itemgetter("model_id", "batch_features", "options")


T = TypeVar("T", bound="BatchPredictionRequest")


@_attrs_define
class BatchPredictionRequest:
    """A batch prediction request.

    Attributes:
        model_id (str): Model to use, e.g. `customer_churn_v2`.
        batch_features (list[Features]): One feature set per record to score.
        options (PredictionOptions | Unset): What to include in each prediction.
    """

    model_id: str
    batch_features: list[Features]
    options: PredictionOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        batch_features = []
        for batch_features_item_data in self.batch_features:
            batch_features_item = batch_features_item_data.to_dict()
            batch_features.append(batch_features_item)

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "batch_features": batch_features,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.features import Features  # noqa: PLC0415

        return {
            "batch_features": Features.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.features import Features  # noqa: PLC0415
        from ..models.prediction_options import PredictionOptions  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    model_id, batch_features, options = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                model_id = src_dict["model_id"]
                batch_features = src_dict["batch_features"]
                options = src_dict_get("options")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(model_id) is str and type(batch_features) is list and (options is None or type(options) is dict):
                _batch_prediction_request = cls(
                    model_id,
                    list(map(Features.from_dict, batch_features)),
                    UNSET if options is None else PredictionOptions.from_dict(options),
                )
                if src_dict_extra:
                    _batch_prediction_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _batch_prediction_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.features import Features  # noqa: PLC0415
        from ..models.prediction_options import PredictionOptions  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            model_id = _decode.expect(d.pop("model_id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "model_id")

        try:
            batch_features = []
            for batch_features_index, batch_features_item_data in enumerate(
                _decode.expect(d.pop("batch_features"), list)
            ):
                try:
                    batch_features_item = Features.from_dict(batch_features_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, batch_features_index)
                batch_features.append(batch_features_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "batch_features")

        try:
            _options = _decode.unset_if_null(d.pop("options", None))
            options: PredictionOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = PredictionOptions.from_dict(_options)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "options")

        _batch_prediction_request = cls(
            model_id=model_id,
            batch_features=batch_features,
            options=options,
        )

        _batch_prediction_request.additional_properties = d
        return _batch_prediction_request

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
