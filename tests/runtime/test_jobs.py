"""Long-running jobs against real servers: Cortex exports and pipeline executions, sync and async.

The fault server plays a deployment whose job moves on from poll to poll; the spec's mock is used once, as a new
user would try the chain create -> wait -> download.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from generator.contract.mock import create_app, serving
from generator.families import FAMILIES as SPEC_FAMILIES

from .families import FAMILIES
from .fault_server import FaultServer, Reply

CORTEX = FAMILIES[1]
CREATE = CORTEX.route("POST", "/exports")
STATUS = CORTEX.route("GET", "/exports/e-1/status")
CANCEL = CORTEX.route("POST", "/exports/e-1/cancel")
DOWNLOAD = CORTEX.route("GET", "/exports/e-1/download")
FAST = {"interval": 0.01, "max_interval": 0.02}


def export(state: str, **fields: Any) -> Reply:
    return Reply.json({"export_id": "e-1", "status": state, **fields})


def request_body() -> Any:
    models = CORTEX.module("models")
    return models.ExportRequest(type_="dashboard", dashboard_id="dashboard-123", format_="pdf")  # open value sets


def run(mode: str, client: Any, sync_call: Any, async_call: Any) -> Any:
    if mode == "sync":
        return sync_call()

    async def go() -> Any:
        try:
            return await async_call()
        finally:
            await client.aclose()

    return asyncio.run(go())


def create_and_wait(mode: str, client: Any, **options: Any) -> Any:
    module = CORTEX.module("api.exports.create_export")
    return run(
        mode,
        client,
        lambda: module.sync_and_wait(client=client, body=request_body(), **options),
        lambda: module.asyncio_and_wait(client=client, body=request_body(), **options),
    )


def wait(mode: str, client: Any, **options: Any) -> Any:
    jobs = CORTEX.module("jobs")
    return run(
        mode,
        client,
        lambda: jobs.wait_for_export("e-1", client=client, **options),
        lambda: jobs.async_wait_for_export("e-1", client=client, **options),
    )


def test_an_export_goes_queued_processing_completed(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(CREATE, Reply.json({"export_id": "e-1", "status": "queued"}, status=202))
    progress = {"percentage": 40, "current_step": "Rendering widgets"}
    server.script(STATUS, export("queued"), export("processing", progress=progress), then=export("completed"))
    seen: list[tuple[str, Any]] = []

    def track(status: Any) -> None:
        seen.append((status.status, getattr(status.progress, "percentage", None)))  # states are open strings

    final = create_and_wait(mode, CORTEX.client(server_url), progress=track, **FAST)

    assert final.status == "completed"
    assert seen == [("queued", None), ("processing", 40), ("completed", None)]
    assert [request.route for request in server.requests] == [CREATE, STATUS, STATUS, STATUS]


def test_a_failed_export_raises_with_the_servers_reason(server: FaultServer, server_url: str, mode: str) -> None:
    server.script(STATUS, export("processing"), then=export("failed", error_message="widget w-9 has no data"))

    with pytest.raises(CORTEX.package.JobFailedError) as caught:
        wait(mode, CORTEX.client(server_url), **FAST)

    assert caught.value.message == "export e-1 failed: widget w-9 has no data"
    assert caught.value.status.error_message == "widget w-9 has no data"
    assert isinstance(caught.value, CORTEX.errors.ApiError)


def test_an_export_that_times_out_is_cancelled(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(STATUS, export("processing"))
    server.always(CANCEL, export("cancelled"))

    with pytest.raises(CORTEX.package.JobTimeoutError) as caught:
        wait(mode, CORTEX.client(server_url), timeout=0.1, cancel_on_timeout=True, **FAST)

    assert caught.value.cancelled and caught.value.state == "processing"
    assert [request.route for request in server.requests][-1] == CANCEL
    assert len(server.requests_to(CANCEL)) == 1 and len(server.requests_to(STATUS)) >= 2


def test_an_export_cancelled_elsewhere_raises(server: FaultServer, server_url: str, mode: str) -> None:
    server.always(STATUS, export("cancelled"))

    with pytest.raises(CORTEX.package.JobCancelledError):
        wait(mode, CORTEX.client(server_url), **FAST)


def test_a_status_answered_503_does_not_end_the_wait(server: FaultServer, server_url: str, mode: str) -> None:
    busy = Reply.json(CORTEX.error_shape("busy"), status=503, headers={"Retry-After": "0"})
    server.script(STATUS, busy, busy, then=export("completed"))

    final = wait(mode, CORTEX.client(server_url, max_retries=0), **FAST)

    assert final.status == "completed"
    assert len(server.requests) == 3


def test_create_wait_and_download_in_one_call(server: FaultServer, server_url: str, mode: str, tmp_path: Path) -> None:
    server.always(CREATE, Reply.json({"export_id": "e-1", "status": "queued"}, status=202))
    server.script(STATUS, export("processing"), then=export("completed"))
    disposition = {"Content-Disposition": 'attachment; filename="enrolment.pdf"'}
    server.always(DOWNLOAD, Reply(200, b"%PDF-1.7 report", "application/pdf", headers=disposition))
    module = CORTEX.module("api.exports.create_export")
    client = CORTEX.client(server_url)

    result = run(
        mode,
        client,
        lambda: module.sync_and_download(client=client, body=request_body(), destination=tmp_path, **FAST),
        lambda: module.asyncio_and_download(client=client, body=request_body(), destination=tmp_path, **FAST),
    )

    assert result.path == tmp_path / "enrolment.pdf" and result.path.read_bytes() == b"%PDF-1.7 report"
    assert [request.route for request in server.requests] == [CREATE, STATUS, STATUS, DOWNLOAD]


def test_a_pipeline_run_waits_for_its_execution(server: FaultServer, server_url: str, mode: str) -> None:
    run_route = CORTEX.route("POST", "/pipelines/p-1/run")
    status_route = CORTEX.route("GET", "/pipeline-executions/x-1/status")
    server.always(run_route, Reply.json({"id": "x-1", "pipeline_id": "p-1", "status": "queued"}, status=202))
    running = Reply.json({"execution_id": "x-1", "status": "running", "steps_completed": 1, "steps_total": 3})
    server.script(status_route, running, then=Reply.json({"execution_id": "x-1", "status": "completed"}))
    module = CORTEX.module("api.pipelines.run_pipeline")
    client = CORTEX.client(server_url)

    final = run(
        mode,
        client,
        lambda: module.sync_and_wait("p-1", client=client, **FAST),
        lambda: module.asyncio_and_wait("p-1", client=client, **FAST),
    )

    assert final.execution_id == "x-1" and final.status == "completed"


def test_the_mock_runs_an_export_from_start_to_file(tmp_path: Path) -> None:
    with serving(create_app(SPEC_FAMILIES["cortex"])) as url:
        client = CORTEX.package.Client(url + "/v1", verify=False)
        client.login("user@example.com", "SecurePass123!")
        create_export = CORTEX.module("api.exports.create_export")

        result = create_export.sync_and_download(client=client, body=request_body(), destination=tmp_path, **FAST)

    assert result.path is not None and result.path.parent == tmp_path and result.size > 0
