from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.features import Features
    from ..models.prediction_options import PredictionOptions


def _convert_features(value: Features | Mapping[str, Any]) -> Features:
    """Take a plain mapping too."""
    from ..models.features import Features  # noqa: PLC0415

    return value if isinstance(value, Features) else Features.from_dict(value)


_KEYS = frozenset(
    (
        "model_id",
        "features",
        "options",
    )
)
_FIELDS = operator.itemgetter("model_id", "features", "options")


T = TypeVar("T", bound="PredictionRequest")


@_attrs_define
class PredictionRequest:
    """One prediction request.

    Attributes:
        model_id (str): Model to use, e.g. `customer_churn_v2`.
        features (Features): Model input features by name (numbers or category strings), e.g. `{"tenure": 12,
            "contract": "Month-to-month"}`.
        options (PredictionOptions | Unset): What to include in each prediction.
    """

    model_id: str
    features: Features = _attrs_field(converter=_convert_features)
    options: PredictionOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        features = self.features.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "features": features,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

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
                    model_id, features, options = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                model_id = src_dict["model_id"]
                features = src_dict["features"]
                options = src_dict_get("options")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(model_id) is str and type(features) is dict and (options is None or type(options) is dict):
                _prediction_request = cls(
                    model_id,
                    Features.from_dict(features),
                    UNSET if options is None else PredictionOptions.from_dict(options),
                )
                if src_dict_extra:
                    _prediction_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _prediction_request
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
            features = Features.from_dict(d.pop("features"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "features")

        try:
            _options = _decode.unset_if_null(d.pop("options", None))
            options: PredictionOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = PredictionOptions.from_dict(_options)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "options")

        _prediction_request = cls(
            model_id=model_id,
            features=features,
            options=options,
        )

        _prediction_request.additional_properties = d
        return _prediction_request

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
