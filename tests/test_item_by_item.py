"""Large pages decode one item at a time (``_json.loads`` with a model's ``_item_decoders``), to the same result.

A body from ``ITEM_BY_ITEM_SIZE`` up, decoded with msgspec, has the arrays its model names decoded item by item
into models; every other body, and every body without msgspec, decodes whole. Both must give the same model or
the same error, and anything the item-by-item path does not expect must fall back to the whole path.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

SALE = {
    "invoice_no": "536365",
    "stock_code": "85123A",
    "description": "WHITE HANGING HEART T-LIGHT HOLDER",
    "quantity": 6,
    "invoice_date": "2010-12-01T08:26:00Z",
    "unit_price": 2.55,
    "customer_id": "17850",
    "country": "United Kingdom",
}


def large_page(**changes: Any) -> dict[str, Any]:
    rng = random.Random(7)
    items = [{**SALE, "quantity": rng.randrange(1, 50), "unit_price": rng.randrange(1, 999) / 100} for _ in range(7000)]
    return {"items": items, "meta": {"total": 7000, "page": 1, "size": 7000, "has_next": False}, **changes}


def record_calls(monkeypatch: pytest.MonkeyPatch, json_module: ModuleType) -> list[bool]:
    """Record whether each decode took the item-by-item path (True) or fell back (False)."""
    calls: list[bool] = []
    original = json_module._item_by_item

    def recording(*args: Any) -> Any:
        decoded = original(*args)
        calls.append(decoded is not None)
        return decoded

    monkeypatch.setattr(json_module, "_item_by_item", recording)
    return calls


@pytest.fixture
def item_by_item_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    from pwc_client import _json

    yield record_calls(monkeypatch, _json)
    _json.use_fast_decoder(True)


def parse(body: bytes) -> Any:
    from pwc_client.api.sales import list_sales

    request = httpx.Request("GET", "http://127.0.0.1/api/v1/sales")
    return list_sales._parse_success(response=httpx.Response(200, content=body, request=request))


def outcome(body: bytes) -> tuple[str, str]:
    try:
        return ("ok", repr(parse(body)))
    except Exception as exc:  # the comparison is the point: any error, with its message
        return (type(exc).__name__, str(exc))


def whole(body: bytes) -> tuple[str, str]:
    from pwc_client import _json

    _json.use_fast_decoder(False)
    try:
        return outcome(body)
    finally:
        _json.use_fast_decoder(True)


def test_a_large_page_decodes_item_by_item_to_the_same_model(item_by_item_calls: list[bool]) -> None:
    from pwc_client import _json
    from pwc_client.models import Sale

    body = json.dumps(large_page(next_cursor="abc", facets=[{"country": "France"}])).encode()
    assert len(body) >= _json.ITEM_BY_ITEM_SIZE

    page = parse(body)

    assert item_by_item_calls == [True]
    assert (
        all(type(item) is Sale for item in page.items)
        and page.items[5].quantity == large_page()["items"][5]["quantity"]
    )
    assert page.additional_properties == {"next_cursor": "abc", "facets": [{"country": "France"}]}
    assert ("ok", repr(page)) == whole(body)


def test_a_small_page_decodes_whole(item_by_item_calls: list[bool]) -> None:
    body = json.dumps({"items": [SALE], "meta": {"total": 1}}).encode()

    assert outcome(body) == whole(body) and item_by_item_calls == []


@pytest.mark.parametrize(
    ("changes", "item_by_item"),
    [
        ({"items": "not an array", "padding": large_page()["items"]}, False),
        ({"items": [*large_page()["items"], "not an object"]}, False),
        ({"items": [*large_page()["items"][:4321], {**SALE, "quantity": "6"}, *large_page()["items"][4321:]]}, False),
        ({"items": None, "padding": large_page()["items"]}, False),
        ({"meta": [1, 2]}, True),  # not an array the model names: decoded whole, reported by the model
    ],
    ids=["items-not-an-array", "an-item-not-an-object", "an-item-malformed", "items-null", "meta-malformed"],
)
def test_a_malformed_large_page_fails_as_it_does_whole(
    item_by_item_calls: list[bool], changes: dict[str, Any], item_by_item: bool
) -> None:
    body = json.dumps(large_page(**changes)).encode()

    failed = outcome(body)

    assert item_by_item_calls == [item_by_item]
    assert failed[0] == "MalformedResponseError" and failed == whole(body)


def test_what_msgspec_refuses_falls_back_to_the_standard_library(item_by_item_calls: list[bool]) -> None:
    page = large_page()
    page["items"][3]["unit_price"] = float("nan")
    body = json.dumps(page).encode()

    decoded = outcome(body)

    assert item_by_item_calls == [False] and decoded[0] == "ok" and decoded == whole(body)


def test_a_large_body_that_is_not_an_object_fails_as_it_does_whole(item_by_item_calls: list[bool]) -> None:
    body = json.dumps(large_page()["items"]).encode()

    assert item_by_item_calls == [] or item_by_item_calls == [False]
    assert outcome(body)[0] == "MalformedResponseError" and outcome(body) == whole(body)


def test_from_dict_takes_an_instance_as_it_is() -> None:
    from pwc_client.models import Sale

    sale = Sale.from_dict(SALE)

    assert Sale.from_dict(sale) is sale


LOG = {"timestamp": "2026-11-27T04:00:00Z", "level": "info", "message": "step done " * 8, "step_id": "extract"}


def parse_logs(body: bytes) -> tuple[str, str]:
    from cortex_client.api.pipelines import list_pipeline_execution_logs

    request = httpx.Request("GET", "http://127.0.0.1/v1/pipelines/p/executions/e/logs")
    try:
        logs = list_pipeline_execution_logs._parse_success(response=httpx.Response(200, content=body, request=request))
    except Exception as exc:  # the comparison is the point: any error, with its message
        return (type(exc).__name__, str(exc))
    return ("ok", repr(logs))


@pytest.mark.parametrize(
    ("logs", "item_by_item"),
    [
        ([{**LOG, "step_id": f"step-{index}"} for index in range(12000)], True),
        ([*[LOG] * 12000, {**LOG, "timestamp": "not a time"}], False),
        ([*[LOG] * 12000, "not an object"], False),
    ],
    ids=["well-formed", "an-item-malformed", "an-item-not-an-object"],
)
def test_a_large_array_of_models_decodes_item_by_item_as_it_does_whole(
    monkeypatch: pytest.MonkeyPatch, logs: list[Any], item_by_item: bool
) -> None:
    from cortex_client import _json

    calls = record_calls(monkeypatch, _json)
    body = json.dumps(logs).encode()
    assert len(body) >= _json.ITEM_BY_ITEM_SIZE

    decoded = parse_logs(body)
    _json.use_fast_decoder(False)
    try:
        assert decoded == parse_logs(body)
    finally:
        _json.use_fast_decoder(True)
    assert calls == [item_by_item] and (decoded[0] == "ok") is item_by_item
