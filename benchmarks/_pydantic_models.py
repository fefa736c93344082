"""The pydantic v2 models a team would write by hand from ``openapi/pwc.yaml`` (unknown properties kept).

Imports nothing but pydantic: the import benchmark loads this module in a clean environment.
"""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict

__all__ = ["PydRevenueSummary", "PydSale", "PydSalesPage"]


class PydSale(BaseModel):
    model_config = ConfigDict(extra="allow")

    description: str | None
    invoice_no: str | None = None
    stock_code: str | None = None
    quantity: int | None = None
    invoice_date: datetime.datetime | None = None
    unit_price: float | None = None
    customer_id: str | None = None
    country: str | None = None


class PydPaginationMeta(BaseModel):
    model_config = ConfigDict(extra="allow")

    total: int | None = None
    page: int | None = None
    size: int | None = None
    has_next: bool | None = None


class PydSalesPage(BaseModel):
    model_config = ConfigDict(extra="allow")

    items: list[PydSale]
    meta: PydPaginationMeta | None = None


class PydRevenueSummary(BaseModel):
    model_config = ConfigDict(extra="allow")

    total_revenue: float | None = None
    total_transactions: int | None = None
    unique_customers: int | None = None
    average_order_value: float | None = None
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None
