"""The msgspec structs a team would write by hand from ``openapi/pwc.yaml`` (unknown properties ignored).

Imports nothing but msgspec: the import benchmark loads this module in a clean environment.
"""

from __future__ import annotations

import datetime

import msgspec

__all__ = ["MsgRevenueSummary", "MsgSale", "MsgSalesPage"]


class MsgSale(msgspec.Struct):
    description: str | None
    invoice_no: str | None = None
    stock_code: str | None = None
    quantity: int | None = None
    invoice_date: datetime.datetime | None = None
    unit_price: float | None = None
    customer_id: str | None = None
    country: str | None = None


class MsgPaginationMeta(msgspec.Struct):
    total: int | None = None
    page: int | None = None
    size: int | None = None
    has_next: bool | None = None


class MsgSalesPage(msgspec.Struct):
    items: list[MsgSale]
    meta: MsgPaginationMeta | None = None


class MsgRevenueSummary(msgspec.Struct):
    total_revenue: float | None = None
    total_transactions: int | None = None
    unique_customers: int | None = None
    average_order_value: float | None = None
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None
