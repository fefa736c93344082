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
        "description",
        "invoice_no",
        "stock_code",
        "quantity",
        "invoice_date",
        "unit_price",
        "customer_id",
        "country",
    )
)
_FIELDS = operator.itemgetter(
    "description", "invoice_no", "stock_code", "quantity", "invoice_date", "unit_price", "customer_id", "country"
)


T = TypeVar("T", bound="Sale")


@_attrs_define
class Sale:
    """One invoice line of the Online Retail data set. The seed checks `invoice_date`, `quantity` and
    `unit_price` for presence before using them (lines 334, 338), so they are optional; it groups by
    `description` unconditionally (line 364), so that key is present, but the data set has lines without
    one. `customer_id` is missing on guest purchases.

        Attributes:
            description (None | str): Product name; null where the data set has none.
            invoice_no (str | Unset): Invoice number; numbers starting with `C` are cancellations.
            stock_code (str | Unset): Product (item) code.
            quantity (int | Unset): Units on this line; negative for cancellations and returns.
            invoice_date (datetime.datetime | Unset): When the invoice was issued.
            unit_price (float | Unset): Price per unit, in pounds sterling.
            customer_id (None | str | Unset): Customer number; null or absent for guest purchases.
            country (str | Unset): Country of the customer.
    """

    description: None | str
    invoice_no: str | Unset = UNSET
    stock_code: str | Unset = UNSET
    quantity: int | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    unit_price: float | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        invoice_no = self.invoice_no

        stock_code = self.stock_code

        quantity = self.quantity

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        unit_price = self.unit_price

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if invoice_no is not UNSET:
            field_dict["invoice_no"] = invoice_no
        if stock_code is not UNSET:
            field_dict["stock_code"] = stock_code
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            customer_id: Any
            src_dict_all = len(src_dict) >= 8
            if src_dict_all:
                try:
                    description, invoice_no, stock_code, quantity, invoice_date, unit_price, customer_id, country = (
                        _FIELDS(src_dict)
                    )
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 8
            else:
                src_dict_get = src_dict.get
                description = src_dict["description"]
                invoice_no = src_dict_get("invoice_no")
                stock_code = src_dict_get("stock_code")
                quantity = src_dict_get("quantity")
                invoice_date = src_dict_get("invoice_date")
                unit_price = src_dict_get("unit_price")
                customer_id = src_dict_get("customer_id", UNSET)
                country = src_dict_get("country")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (description is None or type(description) is str)
                and (invoice_no is None or type(invoice_no) is str)
                and (stock_code is None or type(stock_code) is str)
                and (quantity is None or type(quantity) is int)
                and (invoice_date is None or type(invoice_date) is str)
                and (unit_price is None or (type(unit_price) is float or type(unit_price) is int))
                and (customer_id is None or customer_id is UNSET or type(customer_id) is str)
                and (country is None or type(country) is str)
            ):
                _sale = cls(
                    description,
                    UNSET if invoice_no is None else invoice_no,
                    UNSET if stock_code is None else stock_code,
                    UNSET if quantity is None else quantity,
                    UNSET if invoice_date is None else datetime.datetime.fromisoformat(invoice_date),
                    UNSET if unit_price is None else unit_price,
                    customer_id,
                    UNSET if country is None else country,
                )
                if src_dict_extra:
                    _sale.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _sale
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            description = _decode.nullable(d.pop("description"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            invoice_no = _decode.optional(d.pop("invoice_no", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "invoice_no")

        try:
            stock_code = _decode.optional(d.pop("stock_code", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "stock_code")

        try:
            quantity = _decode.optional(d.pop("quantity", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "quantity")

        try:
            _invoice_date = _decode.unset_if_null(d.pop("invoice_date", None))
            invoice_date: datetime.datetime | Unset
            if isinstance(_invoice_date, Unset):
                invoice_date = UNSET
            else:
                invoice_date = _decode.parse_datetime(_invoice_date)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "invoice_date")

        try:
            unit_price = _decode.optional(d.pop("unit_price", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "unit_price")

        try:
            customer_id = _decode.nullable(d.pop("customer_id", UNSET), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "customer_id")

        try:
            country = _decode.optional(d.pop("country", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "country")

        _sale = cls(
            description=description,
            invoice_no=invoice_no,
            stock_code=stock_code,
            quantity=quantity,
            invoice_date=invoice_date,
            unit_price=unit_price,
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
