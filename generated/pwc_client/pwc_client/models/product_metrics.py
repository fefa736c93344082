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
        "stock_code",
        "description",
        "total_quantity",
        "total_revenue",
        "transaction_count",
    )
)
_FIELDS = operator.itemgetter("stock_code", "description", "total_quantity", "total_revenue", "transaction_count")


T = TypeVar("T", bound="ProductMetrics")


@_attrs_define
class ProductMetrics:
    """Sales figures for one product.

    Attributes:
        stock_code (str | Unset): Product code.
        description (str | Unset): Product name.
        total_quantity (int | Unset): Net units sold.
        total_revenue (float | Unset):
        transaction_count (int | Unset): Number of invoices containing the product.
    """

    stock_code: str | Unset = UNSET
    description: str | Unset = UNSET
    total_quantity: int | Unset = UNSET
    total_revenue: float | Unset = UNSET
    transaction_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        stock_code = self.stock_code

        description = self.description

        total_quantity = self.total_quantity

        total_revenue = self.total_revenue

        transaction_count = self.transaction_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_code is not UNSET:
            field_dict["stock_code"] = stock_code
        if description is not UNSET:
            field_dict["description"] = description
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if transaction_count is not UNSET:
            field_dict["transaction_count"] = transaction_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    stock_code, description, total_quantity, total_revenue, transaction_count = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                stock_code = src_dict_get("stock_code")
                description = src_dict_get("description")
                total_quantity = src_dict_get("total_quantity")
                total_revenue = src_dict_get("total_revenue")
                transaction_count = src_dict_get("transaction_count")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (stock_code is None or type(stock_code) is str)
                and (description is None or type(description) is str)
                and (total_quantity is None or type(total_quantity) is int)
                and (total_revenue is None or (type(total_revenue) is float or type(total_revenue) is int))
                and (transaction_count is None or type(transaction_count) is int)
            ):
                _product_metrics = cls(
                    UNSET if stock_code is None else stock_code,
                    UNSET if description is None else description,
                    UNSET if total_quantity is None else total_quantity,
                    UNSET if total_revenue is None else total_revenue,
                    UNSET if transaction_count is None else transaction_count,
                )
                if src_dict_extra:
                    _product_metrics.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _product_metrics
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            stock_code = _decode.optional(d.pop("stock_code", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "stock_code")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            total_quantity = _decode.optional(d.pop("total_quantity", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_quantity")

        try:
            total_revenue = _decode.optional(d.pop("total_revenue", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total_revenue")

        try:
            transaction_count = _decode.optional(d.pop("transaction_count", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "transaction_count")

        _product_metrics = cls(
            stock_code=stock_code,
            description=description,
            total_quantity=total_quantity,
            total_revenue=total_revenue,
            transaction_count=transaction_count,
        )

        _product_metrics.additional_properties = d
        return _product_metrics

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
