"""Per-call CPU: the generated client against raw httpx and the alternatives, on one keep-alive connection.

Every client sends the same request (``GET /api/v1/sales?page=1&size=20`` with the API key as a bearer token, or
``GET /api/v1/analytics/revenue-summary``) to the loopback server of ``_server`` and decodes the answer:

- raw httpx: ``httpx.Client.get`` + ``json.loads`` (the reference, 1.00x);
- the generated client with every runtime feature on: API key auth, retries (2), correlation ids, logging
  configured (``logging.basicConfig``) but not enabled for DEBUG or INFO;
- the default openapi-python-client output, with its ``AuthenticatedClient``;
- raw httpx + pydantic v2 ``model_validate_json``; raw httpx + a msgspec ``Decoder`` of structs.

The page cases and the small-object cases are interleaved apart: a 100-item page between two small calls disturbs
them (its garbage, its caches) more than the difference being measured.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import httpx
import msgspec

from benchmarks._measure import Load, Sample, interleave, interleave_async, load, paired_ratio
from benchmarks._msgspec_structs import MsgRevenueSummary, MsgSalesPage
from benchmarks._pydantic_models import PydRevenueSummary, PydSalesPage
from benchmarks._report import Row
from benchmarks._server import PAGE_PATH, SMALL_PATH

__all__ = ["run"]

TOKEN = "pwc_bench"
PARAMS = {"page": 1, "size": 20}
Case = Callable[[], object]
SYNC_FIGURES = [
    ("page", "GET, 100-item page of sales: client CPU per call", 1.10),
    ("small", "GET, small object: client CPU per call", 1.03),
]
ASYNC_FIGURES = [
    ("page", "async GET, 100-item page, vs raw async httpx", 1.10),
    ("small", "async GET, small object, vs raw async httpx", 1.03),
]


def _clients(url: str, default: ModuleType) -> dict[str, Any]:
    import pwc_client

    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})
    return {
        "raw": raw,
        "ours": pwc_client.Client(url, api_key=TOKEN),
        "default": default.AuthenticatedClient(base_url=url, token=TOKEN),
    }


def _stdlib_json(package: ModuleType) -> Callable[[Case], Case] | None:
    """Wrap a case so that the generated client decodes with the standard library (None: it always does)."""
    module = getattr(package, "_json", None)
    if module is None:
        return None

    def wrap(case: Case) -> Case:
        def stdlib() -> object:
            module.use_fast_decoder(False)
            try:
                return case()
            finally:
                module.use_fast_decoder(True)

        return stdlib

    return wrap


def _sync_cases(clients: dict[str, Any], default: ModuleType) -> dict[str, Case]:
    import pwc_client
    from pwc_client.api.analytics import get_revenue_summary
    from pwc_client.api.sales import list_sales

    default_sales = __import__(f"{default.__name__}.api.sales.list_sales", fromlist=["sync"])
    default_summary = __import__(f"{default.__name__}.api.analytics.get_revenue_summary", fromlist=["sync"])
    raw, ours, theirs = clients["raw"], clients["ours"], clients["default"]
    page_decoder = msgspec.json.Decoder(MsgSalesPage)
    small_decoder = msgspec.json.Decoder(MsgRevenueSummary)
    cases: dict[str, Case] = {
        "page/raw": lambda: json.loads(raw.get(PAGE_PATH, params=PARAMS).content),
        "page/ours": lambda: list_sales.sync(client=ours),
        "page/default": lambda: default_sales.sync(client=theirs),
        "page/pydantic": lambda: PydSalesPage.model_validate_json(raw.get(PAGE_PATH, params=PARAMS).content),
        "page/msgspec": lambda: page_decoder.decode(raw.get(PAGE_PATH, params=PARAMS).content),
        "small/raw": lambda: json.loads(raw.get(SMALL_PATH).content),
        "small/ours": lambda: get_revenue_summary.sync(client=ours),
        "small/default": lambda: default_summary.sync(client=theirs),
        "small/pydantic": lambda: PydRevenueSummary.model_validate_json(raw.get(SMALL_PATH).content),
        "small/msgspec": lambda: small_decoder.decode(raw.get(SMALL_PATH).content),
    }
    stdlib = _stdlib_json(pwc_client)
    if stdlib is not None:
        cases["page/ours-stdlib"] = stdlib(cases["page/ours"])
    return cases


def _async_cases(clients: dict[str, Any], default: ModuleType) -> dict[str, Callable[[], Awaitable[object]]]:
    from pwc_client.api.analytics import get_revenue_summary
    from pwc_client.api.sales import list_sales

    default_sales = __import__(f"{default.__name__}.api.sales.list_sales", fromlist=["asyncio"])
    default_summary = __import__(f"{default.__name__}.api.analytics.get_revenue_summary", fromlist=["asyncio"])
    raw, ours, theirs = clients["raw_async"], clients["ours"], clients["default"]

    async def raw_page() -> object:
        return json.loads((await raw.get(PAGE_PATH, params=PARAMS)).content)

    async def raw_small() -> object:
        return json.loads((await raw.get(SMALL_PATH)).content)

    return {
        "page/raw": raw_page,
        "page/ours": lambda: list_sales.asyncio(client=ours),
        "page/default": lambda: default_sales.asyncio(client=theirs),
        "small/raw": raw_small,
        "small/ours": lambda: get_revenue_summary.asyncio(client=ours),
        "small/default": lambda: default_summary.asyncio(client=theirs),
    }


def _us(sample: Sample) -> str:
    return f"{sample.median * 1e6:.0f} µs"


def _ratio_cell(sample: Sample | None, reference: Sample) -> str:
    if sample is None:
        return ""
    return f"{paired_ratio(sample, reference):.2f}x ({_us(sample)})"


def _row(label: str, target: float, results: dict[str, Sample], kind: str, section_load: Load) -> Row:
    reference = results[f"{kind}/raw"]
    ours = results[f"{kind}/ours"]
    cells = {
        "generated client": _ratio_cell(ours, reference),
        "default openapi-python-client": _ratio_cell(results.get(f"{kind}/default"), reference),
        "httpx + pydantic v2": _ratio_cell(results.get(f"{kind}/pydantic"), reference),
        "httpx + msgspec": _ratio_cell(results.get(f"{kind}/msgspec"), reference),
        "reference": f"raw httpx + json.loads: {_us(reference)}",
    }
    ratio = paired_ratio(ours, reference)
    row = Row(label, f"≤ {target:.2f}x", cells, round(ratio, 4), "x raw httpx", ratio <= target, section_load)
    stdlib = results.get(f"{kind}/ours-stdlib")
    if stdlib is not None:
        row.notes.append(
            f"without msgspec installed (standard-library JSON) the generated client takes "
            f"{_ratio_cell(stdlib, reference)}"
        )
    return row


def _group(cases: dict[str, Any], kind: str) -> dict[str, Any]:
    return {name: case for name, case in cases.items() if name.startswith(f"{kind}/")}


def run(url: str, default: ModuleType, *, quick: bool) -> list[Row]:
    """Measure the sync and async calls, each size interleaved on its own; one row per figure."""
    logging.basicConfig(level=logging.WARNING)  # configured, as in an application, but not for DEBUG or INFO
    rounds, calls = (12, 10) if quick else (80, 15)
    clients = _clients(url, default)
    sync_cases = _sync_cases(clients, default)
    rows = []
    for kind, label, target in SYNC_FIGURES:
        started = load()
        results = interleave(_group(sync_cases, kind), rounds=rounds, calls=calls, warmup=20)
        rows.append(_row(label, target, results, kind, Load(started, load())))
    with asyncio.Runner() as runner:
        clients["raw_async"] = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})
        async_cases = _async_cases(clients, default)
        for kind, label, target in ASYNC_FIGURES:
            started = load()
            results = interleave_async(runner, _group(async_cases, kind), rounds=rounds, calls=calls, warmup=20)
            rows.append(_row(label, target, results, kind, Load(started, load())))
        runner.run(clients["raw_async"].aclose())
        runner.run(clients["ours"].aclose())
        runner.run(clients["default"].get_async_httpx_client().aclose())
    clients["raw"].close()
    clients["ours"].close()
    clients["default"].get_httpx_client().close()
    return rows
