"""PwC through the resource layer, as a type checker sees it: ``mypy --strict --warn-unused-ignores``.

Checked by ``tests/test_typed_usage.py``, never run. Each ``# type: ignore[...]`` line is a call mypy must reject.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from pwc_client import Client
from pwc_client.models import Sale, SalesPage


def correct(client: Client) -> None:
    page: SalesPage = client.sales.list(country="United Kingdom", date_from=datetime.date(2010, 12, 1), size=100)
    sales: Iterator[Sale] = client.sales.iter(x_correlation_id="report-1")
    pages: Iterator[SalesPage] = client.sales.iter_pages(page=2, timeout=60.0)
    summary = client.analytics.get_revenue_summary()
    model = client.ml.get_model("customer-segmentation-v2")
    print(page, sales, pages, summary, model)


def rejected(client: Client) -> None:
    client.sales.list(date_from="2010-12-01")  # type: ignore[arg-type]
    client.sales.list(size=None)  # type: ignore[arg-type]
    client.ml.get_model()  # type: ignore[call-arg]
    client.sales.get(1)  # type: ignore[attr-defined]
    wrong: Sale = client.sales.list()  # type: ignore[assignment]
    print(wrong)
