"""The bodies every client decodes: pages of sales records shaped like the seed's, and a small object.

Records vary as the Online Retail data set does (a tenth of them guest purchases with a null ``customer_id``), made
from a fixed seed so that every run decodes the same bytes.
"""

from __future__ import annotations

import json
import random
from typing import Any

__all__ = ["SMALL", "page", "page_bytes", "sales"]

DESCRIPTIONS = (
    "WHITE HANGING HEART T-LIGHT HOLDER",
    "WHITE METAL LANTERN",
    "CREAM CUPID HEARTS COAT HANGER",
    "KNITTED UNION FLAG HOT WATER BOTTLE",
    "RED WOOLLY HOTTIE WHITE HEART.",
)
COUNTRIES = ("United Kingdom", "France", "Germany", "EIRE", "Netherlands")
SMALL: dict[str, Any] = {
    "total_revenue": 9747747.93,
    "total_transactions": 25900,
    "unique_customers": 4372,
    "average_order_value": 376.36,
    "period_start": "2010-12-01",
    "period_end": "2011-12-09",
}


def sales(count: int, seed: int = 13) -> list[dict[str, Any]]:
    """``count`` sales records, the same ones for the same seed."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        records.append(
            {
                "invoice_no": str(536365 + index // 4),
                "stock_code": f"{rng.randrange(10000, 99999)}{rng.choice('ABC')}",
                "description": rng.choice(DESCRIPTIONS),
                "quantity": rng.randrange(1, 48),
                "invoice_date": f"2011-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T"
                f"{rng.randrange(8, 20):02d}:{rng.randrange(60):02d}:00Z",
                "unit_price": round(rng.uniform(0.1, 20.0), 2),
                "customer_id": None if rng.random() < 0.1 else str(rng.randrange(12346, 18288)),
                "country": rng.choice(COUNTRIES),
            }
        )
    return records


def page(count: int) -> dict[str, Any]:
    """A ``SalesPage`` body with ``count`` items."""
    return {"items": sales(count), "meta": {"total": 495478, "page": 1, "size": count, "has_next": True}}


def page_bytes(count: int) -> bytes:
    return json.dumps(page(count)).encode()
