"""Cortex through the resource layer, as a type checker sees it: ``mypy --strict --warn-unused-ignores``.

Checked by ``tests/test_typed_usage.py``, never run. Each ``# type: ignore[...]`` line is a call mypy must reject.
"""

from __future__ import annotations

from collections.abc import Iterator

from cortex_client import AsyncEventStream, Client, DownloadedFile, EventStream
from cortex_client.models import (
    CreateDashboardRequest,
    Dashboard,
    ExportList,
    ExportRequest,
    ExportStatus,
    PipelineStatus,
    Study,
    WidgetData,
)


def correct(client: Client) -> None:
    dashboards: list[Dashboard] = client.dashboards.list()
    created: Dashboard = client.dashboards.create(body=CreateDashboardRequest(name="Sites"), idempotency_key="d-1")
    dashboard: Dashboard = client.dashboards.get("dashboard-123", timeout=30.0)
    exports: ExportList = client.exports.list(status="completed", limit=10)
    request = ExportRequest(type_="dashboard", dashboard_id="dashboard-123", format_="pdf")
    status: ExportStatus = client.exports.create_and_wait(body=request, wait_timeout=300, progress=print)
    saved: DownloadedFile = client.exports.create_and_download(body=request, destination=".", wait_timeout=60)
    waited: ExportStatus = client.exports.wait_for("export-789", cancel_on_timeout=True)
    to_file: DownloadedFile = client.exports.download_to_file("export-789", destination=".")
    studies: Iterator[Study] = client.studies.iter(limit=50)
    data: WidgetData = client.widgets.get_data("widget-456", dashboard_id="dashboard-123", refresh=True)
    stream: EventStream[WidgetData] = client.widgets.stream_data("widget-456", max_reconnects=5)
    execution: PipelineStatus = client.pipelines.run_and_wait("pipeline-1", wait_timeout=None)
    print(dashboards, created, dashboard, exports, status, saved, waited, to_file, studies, data, stream, execution)


async def correct_async(client: Client) -> None:
    dashboards: list[Dashboard] = await client.dashboards.alist()
    status: ExportStatus = await client.exports.await_for("export-789")
    async with client.widgets.astream_data("widget-456") as events:
        async for event in events:
            print(event)
    opened: AsyncEventStream[WidgetData] = await client.widgets.astream_data("widget-456")
    await opened.aclose()
    print(dashboards, status)


def rejected(client: Client) -> None:
    client.dashboards.get(123)  # type: ignore[arg-type]
    client.dashboards.create(body={"name": "Sites"})  # type: ignore[arg-type]
    client.exports.list(limit="10")  # type: ignore[arg-type]
    client.exports.create_and_wait(body=ExportRequest("dashboard", "d-1", "pdf"), timeout="soon")  # type: ignore[arg-type]
    client.exports.download_to_file("export-789")  # type: ignore[call-arg]
    client.widgets.get_data("widget-456")  # type: ignore[call-arg]
    print(client.studies.iter(limit=50).total)  # type: ignore[attr-defined]
    wrong: Dashboard = client.dashboards.list()  # type: ignore[assignment]
    print(wrong)
