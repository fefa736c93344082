"""Speed benchmarks (`make bench`): the generator's steps and the generated clients' per-call overhead.

They report numbers; nothing here asserts a time, so a busy machine cannot fail `make test`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
for package_dir in sorted((ROOT / "generated").glob("*_client")):
    sys.path.insert(0, str(package_dir))

from generator import build, lint  # noqa: E402
from generator.families import FAMILIES  # noqa: E402

SALE = {"description": "MUG", "quantity": 2, "invoice_date": "2011-01-01T10:00:00Z", "unit_price": 2.5}
PAGE = {"items": [SALE] * 100, "meta": {"total": 1000, "page": 1, "size": 100, "has_next": True}}


def test_lint_cortex_spec(benchmark: Any) -> None:
    findings = benchmark(lint.lint_family, FAMILIES["cortex"])
    assert findings == []


def test_render_reviewpoint_package(benchmark: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    def render() -> Path:
        return build.render(FAMILIES["reviewpoint"], tmp_path_factory.mktemp("bench") / "reviewpoint_client")

    benchmark.pedantic(render, rounds=3, iterations=1)


def test_parse_a_page_of_100_sales(benchmark: Any) -> None:
    from pwc_client.models import SalesPage

    page = benchmark(SalesPage.from_dict, PAGE)
    assert len(page.items) == 100


def test_call_overhead_through_auth_retries_and_parsing(benchmark: Any) -> None:
    from pwc_client import Client
    from pwc_client.api.sales import list_sales

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=PAGE))
    client = Client("https://pwc.test", api_key="pwc_bench", transport=transport)
    page = benchmark(list_sales.sync, client=client)
    assert len(page.items) == 100


def test_decode_a_websocket_frame(benchmark: Any) -> None:
    import json

    from cortex_client import Client
    from cortex_client.channels import RealtimeChannel
    from cortex_client.models import WidgetChannelMessage

    data = {"labels": ["2024-01", "2024-02"], "series": [{"name": "Enrolled", "values": [12, 31]}]}
    payload = {"widget_id": "w-1", "data": data, "last_updated": "2024-04-01T09:00:00Z", "cached": False}
    frame = json.dumps({"channel": "widget:w-1", "data": payload})
    channel = RealtimeChannel(Client("https://cortex.test/v1"))
    message, topic = benchmark(channel.decode, frame)
    assert isinstance(message, WidgetChannelMessage) and topic == "widget:w-1"
