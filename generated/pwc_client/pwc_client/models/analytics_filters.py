from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(("min_amount",))


T = TypeVar("T", bound="AnalyticsFilters")


@_attrs_define
class AnalyticsFilters:
    """Extra filters on the sales considered; `min_amount` is known, others are passed through.

    Attributes:
        min_amount (float | Unset): Ignore sales (quantity x unit price) below this amount.
    """

    min_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        min_amount = self.min_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            min_amount = src_dict_get("min_amount")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if min_amount is None or (type(min_amount) is float or type(min_amount) is int):
                _analytics_filters = cls(UNSET if min_amount is None else min_amount)
                if src_dict_extra:
                    _analytics_filters.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _analytics_filters
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            min_amount = _decode.optional(d.pop("min_amount", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "min_amount")

        _analytics_filters = cls(
            min_amount=min_amount,
        )

        _analytics_filters.additional_properties = d
        return _analytics_filters

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
