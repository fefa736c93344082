from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sale")


@_attrs_define
class Sale:
    """One invoice line of the Online Retail data set.

    Attributes:
        description (str): Product name.
        quantity (int): Units on this line; negative for cancellations and returns.
        invoice_date (datetime.datetime): When the invoice was issued.
        unit_price (float): Price per unit, in pounds sterling.
        invoice_no (str | Unset): Invoice number; numbers starting with `C` are cancellations.
        stock_code (str | Unset): Product (item) code.
        customer_id (str | Unset): Customer number; absent for guest purchases.
        country (str | Unset): Country of the customer.
    """

    description: str
    quantity: int
    invoice_date: datetime.datetime
    unit_price: float
    invoice_no: str | Unset = UNSET
    stock_code: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity = self.quantity

        invoice_date = self.invoice_date.isoformat()

        unit_price = self.unit_price

        invoice_no = self.invoice_no

        stock_code = self.stock_code

        customer_id = self.customer_id

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "quantity": quantity,
                "invoice_date": invoice_date,
                "unit_price": unit_price,
            }
        )
        if invoice_no is not UNSET:
            field_dict["invoice_no"] = invoice_no
        if stock_code is not UNSET:
            field_dict["stock_code"] = stock_code
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        quantity = d.pop("quantity")

        invoice_date = datetime.datetime.fromisoformat(d.pop("invoice_date"))

        unit_price = d.pop("unit_price")

        invoice_no = d.pop("invoice_no", UNSET)

        stock_code = d.pop("stock_code", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        country = d.pop("country", UNSET)

        _sale = cls(
            description=description,
            quantity=quantity,
            invoice_date=invoice_date,
            unit_price=unit_price,
            invoice_no=invoice_no,
            stock_code=stock_code,
            customer_id=customer_id,
            country=country,
        )

        _sale.additional_properties = d
        return _sale

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
