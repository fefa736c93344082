from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.feature_importance import FeatureImportance


def _convert_feature_importance(value: FeatureImportance | Mapping[str, Any]) -> FeatureImportance:
    """Take a plain mapping too."""
    from ..models.feature_importance import FeatureImportance  # noqa: PLC0415

    return value if isinstance(value, FeatureImportance) else FeatureImportance.from_dict(value)


_KEYS = frozenset(("feature_importance",))


T = TypeVar("T", bound="PredictionExplanation")


@_attrs_define
class PredictionExplanation:
    """Why the model predicted what it did.

    Attributes:
        feature_importance (FeatureImportance): Importance of each input feature for this prediction, by feature name.
    """

    feature_importance: FeatureImportance = _attrs_field(converter=_convert_feature_importance)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        feature_importance = self.feature_importance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_importance": feature_importance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_importance import FeatureImportance  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            feature_importance = src_dict["feature_importance"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(feature_importance) is dict:
                _prediction_explanation = cls(FeatureImportance.from_dict(feature_importance))
                if src_dict_extra:
                    _prediction_explanation.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _prediction_explanation
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.feature_importance import FeatureImportance  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            feature_importance = FeatureImportance.from_dict(d.pop("feature_importance"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "feature_importance")

        _prediction_explanation = cls(
            feature_importance=feature_importance,
        )

        _prediction_explanation.additional_properties = d
        return _prediction_explanation

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
