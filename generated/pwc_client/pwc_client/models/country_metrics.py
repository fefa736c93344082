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
        "country",
        "total_revenue",
        "transaction_count",
        "unique_customers",
    )
)
_FIELDS = operator.itemgetter("country", "total_revenue", "transaction_count", "unique_customers")


T = TypeVar("T", bound="CountryMetrics")


@_attrs_define
class CountryMetrics:
    """Sales figures for one country.

    Attributes:
        country (str | Unset):
        total_revenue (float | Unset):
        transaction_count (int | Unset): Number of invoices.
        unique_customers (int | Unset):
    """

    country: str | Unset = UNSET
    total_revenue: float | Unset = UNSET
    transaction_count: int | Unset = UNSET
    unique_customers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        total_revenue = self.total_revenue

        transaction_count = self.transaction_count

        unique_customers = self.unique_customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if transaction_count is not UNSET:
            field_dict["transaction_count"] = transaction_count
        if unique_customers is not UNSET:
            field_dict["unique_customers"] = unique_customers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    country, total_revenue, transaction_count, unique_customers = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                country = src_dict_get("country")
                total_revenue = src_dict_get("total_revenue")
                transaction_count = src_dict_get("transaction_count")
                unique_customers = src_dict_get("unique_customers")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (country is None or type(country) is str)
                and (total_revenue is None or (type(total_revenue) is float or type(total_revenue) is int))
                and (transaction_count is None or type(transaction_count) is int)
                and (unique_customers is None or type(unique_customers) is int)
            ):
                _country_metrics = cls(
                    UNSET if country is None else country,
                    UNSET if total_revenue is None else total_revenue,
                    UNSET if transaction_count is None else transaction_count,
                    UNSET if unique_customers is None else unique_customers,
                )
                if src_dict_extra:
                    _country_metrics.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _country_metrics
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            country = _decode.optional(d.pop("country", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "country")

        try:
            total_revenue = _decode.optional(d.pop("total_revenue", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_revenue")

        try:
            transaction_count = _decode.optional(d.pop("transaction_count", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "transaction_count")

        try:
            unique_customers = _decode.optional(d.pop("unique_customers", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "unique_customers")

        _country_metrics = cls(
            country=country,
            total_revenue=total_revenue,
            transaction_count=transaction_count,
            unique_customers=unique_customers,
        )

        _country_metrics.additional_properties = d
        return _country_metrics

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
