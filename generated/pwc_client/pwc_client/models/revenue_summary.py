from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "total_revenue",
        "total_transactions",
        "unique_customers",
        "average_order_value",
        "period_start",
        "period_end",
    )
)
_FIELDS = operator.itemgetter(
    "total_revenue", "total_transactions", "unique_customers", "average_order_value", "period_start", "period_end"
)


T = TypeVar("T", bound="RevenueSummary")


@_attrs_define
class RevenueSummary:
    """Headline revenue figures.

    Attributes:
        total_revenue (float | Unset): Sum of quantity x unit price over all sales.
        total_transactions (int | Unset): Number of distinct invoices.
        unique_customers (int | Unset):
        average_order_value (float | Unset): Revenue per invoice.
        period_start (datetime.date | Unset): First invoice date covered.
        period_end (datetime.date | Unset): Last invoice date covered.
    """

    total_revenue: float | Unset = UNSET
    total_transactions: int | Unset = UNSET
    unique_customers: int | Unset = UNSET
    average_order_value: float | Unset = UNSET
    period_start: datetime.date | Unset = UNSET
    period_end: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total_revenue = self.total_revenue

        total_transactions = self.total_transactions

        unique_customers = self.unique_customers

        average_order_value = self.average_order_value

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if total_transactions is not UNSET:
            field_dict["total_transactions"] = total_transactions
        if unique_customers is not UNSET:
            field_dict["unique_customers"] = unique_customers
        if average_order_value is not UNSET:
            field_dict["average_order_value"] = average_order_value
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 6
            if src_dict_all:
                try:
                    (
                        total_revenue,
                        total_transactions,
                        unique_customers,
                        average_order_value,
                        period_start,
                        period_end,
                    ) = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 6
            else:
                src_dict_get = src_dict.get
                total_revenue = src_dict_get("total_revenue")
                total_transactions = src_dict_get("total_transactions")
                unique_customers = src_dict_get("unique_customers")
                average_order_value = src_dict_get("average_order_value")
                period_start = src_dict_get("period_start")
                period_end = src_dict_get("period_end")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (total_revenue is None or (type(total_revenue) is float or type(total_revenue) is int))
                and (total_transactions is None or type(total_transactions) is int)
                and (unique_customers is None or type(unique_customers) is int)
                and (
                    average_order_value is None
                    or (type(average_order_value) is float or type(average_order_value) is int)
                )
                and (period_start is None or type(period_start) is str)
                and (period_end is None or type(period_end) is str)
            ):
                _revenue_summary = cls(
                    UNSET if total_revenue is None else total_revenue,
                    UNSET if total_transactions is None else total_transactions,
                    UNSET if unique_customers is None else unique_customers,
                    UNSET if average_order_value is None else average_order_value,
                    UNSET if period_start is None else datetime.date.fromisoformat(period_start),
                    UNSET if period_end is None else datetime.date.fromisoformat(period_end),
                )
                if src_dict_extra:
                    _revenue_summary.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _revenue_summary
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            total_revenue = _decode.optional(d.pop("total_revenue", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_revenue")

        try:
            total_transactions = _decode.optional(d.pop("total_transactions", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_transactions")

        try:
            unique_customers = _decode.optional(d.pop("unique_customers", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "unique_customers")

        try:
            average_order_value = _decode.optional(d.pop("average_order_value", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "average_order_value")

        try:
            _period_start = _decode.unset_if_null(d.pop("period_start", None))
            period_start: datetime.date | Unset
            if isinstance(_period_start, Unset):
                period_start = UNSET
            else:
                period_start = _decode.parse_date(_period_start)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "period_start")

        try:
            _period_end = _decode.unset_if_null(d.pop("period_end", None))
            period_end: datetime.date | Unset
            if isinstance(_period_end, Unset):
                period_end = UNSET
            else:
                period_end = _decode.parse_date(_period_end)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "period_end")

        _revenue_summary = cls(
            total_revenue=total_revenue,
            total_transactions=total_transactions,
            unique_customers=unique_customers,
            average_order_value=average_order_value,
            period_start=period_start,
            period_end=period_end,
        )

        _revenue_summary.additional_properties = d
        return _revenue_summary

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
