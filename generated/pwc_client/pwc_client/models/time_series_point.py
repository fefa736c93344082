from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSeriesPoint")


@_attrs_define
class TimeSeriesPoint:
    """The requested metrics for one time bucket (and dimension values, when broken down).

    Attributes:
        date (datetime.date | datetime.datetime): Start of the time bucket: a date (`2010-12-01`) for daily and coarser
            buckets, a date-time for
            hourly ones. The seed parses either with `pd.to_datetime` (line 411).
        revenue (float):
        transactions (int | Unset):
        unique_customers (int | Unset):
        country (str | Unset): Country, when broken down by `country`.
        product_category (str | Unset): Product category, when broken down by `product_category`.
    """

    date: datetime.date | datetime.datetime
    revenue: float
    transactions: int | Unset = UNSET
    unique_customers: int | Unset = UNSET
    country: str | Unset = UNSET
    product_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date: str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date.isoformat()

        revenue = self.revenue

        transactions = self.transactions

        unique_customers = self.unique_customers

        country = self.country

        product_category = self.product_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "revenue": revenue,
            }
        )
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if unique_customers is not UNSET:
            field_dict["unique_customers"] = unique_customers
        if country is not UNSET:
            field_dict["country"] = country
        if product_category is not UNSET:
            field_dict["product_category"] = product_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:

            def _parse_date(data: object) -> datetime.date | datetime.datetime:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = _decode.parse_date(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                date_type_1 = _decode.parse_datetime(data)

                return date_type_1

            date = _parse_date(d.pop("date"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "date")

        try:
            revenue = _decode.expect(d.pop("revenue"), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "revenue")

        try:
            transactions = _decode.optional(d.pop("transactions", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "transactions")

        try:
            unique_customers = _decode.optional(d.pop("unique_customers", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "unique_customers")

        try:
            country = _decode.optional(d.pop("country", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "country")

        try:
            product_category = _decode.optional(d.pop("product_category", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "product_category")

        _time_series_point = cls(
            date=date,
            revenue=revenue,
            transactions=transactions,
            unique_customers=unique_customers,
            country=country,
            product_category=product_category,
        )

        _time_series_point.additional_properties = d
        return _time_series_point

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
