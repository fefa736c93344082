"""``x-job``: read once (generator.jobs), checked by lint (job-invalid), laid out by the templates."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import jobs, lint
from generator.families import FAMILIES
from generator.spec import from_document, load
from generator.template_features import OperationModule as Operation
from generator.template_features import job_helpers

CORTEX = load(FAMILIES["cortex"].spec_path).document
STATUS_AT = "/paths/~1exports~1{export_id}~1status/get/x-job"


def test_cortex_declares_its_export_and_pipeline_jobs() -> None:
    export, execution = jobs.jobs(CORTEX)

    assert export == jobs.Job(
        name="export",
        status="get_export_status",
        state="status",
        succeeded=("completed",),
        failed=("failed",),
        cancelled=("cancelled",),
        message="error_message",
        cancel="cancel_export",
        result="download_export",
        started_by=(("create_export", "export_id"), ("export_dashboard", "export_id")),
    )
    assert (execution.name, execution.status, execution.cancel, execution.result) == (
        "pipeline_execution",
        "get_pipeline_execution_status",
        "cancel_pipeline_execution",
        None,
    )


def test_the_templates_see_the_jobs_in_python_names() -> None:
    export = job_helpers(CORTEX)[0]

    assert (export.status, export.cancel, export.result) == (
        Operation("exports", "get_export_status"),
        Operation("exports", "cancel_export"),
        Operation("exports", "download_export"),
    )
    assert (export.status_model, export.status_model_module, export.id_name, export.id_type) == (
        "ExportStatus",
        "export_status",
        "export_id",
        "str",
    )
    assert export.result_downloads and export.started_by == {
        "create_export": "export_id",
        "export_dashboard": "export_id",
    }


def broken(**changes: Any) -> list[str]:
    """What lint's job-invalid says of the Cortex spec with its export job changed (None removes a key)."""
    document = copy.deepcopy(CORTEX)
    raw = document["paths"]["/exports/{export_id}/status"]["get"]["x-job"]
    for key, value in changes.items():
        if value is None:
            raw.pop(key)
        else:
            raw[key] = value
    return [message for _, message in jobs.problems(document)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"cancel": "abort_export"}, "cancel names unknown operation 'abort_export'"),
        ({"result": "fetch_export"}, "result names unknown operation 'fetch_export'"),
        ({"started_by": {"start_export": "export_id"}}, "started_by names unknown operation 'start_export'"),
        (
            {"started_by": {"create_export": "job_id"}},
            "started_by: 'job_id' is not a property of the 2xx response of create_export",
        ),
        ({"state": "phase"}, "state 'phase' is not a property of the 2xx response of get_export_status"),
        ({"message": "reason"}, "message 'reason' is not a property of the 2xx response of get_export_status"),
        (
            {"succeeded": ["done"]},
            "state 'done' is not one of status's values (queued, processing, completed, failed, cancelled)",
        ),
        ({"failed": ["completed"]}, "succeeded, failed and cancelled must not share a state"),
        ({"failed": "failed"}, "failed must be a list of state names"),
        ({"state": None}, "state is required"),
        (
            {"name": "Export Job"},
            "name 'Export Job' must be a snake_case name (it names the helpers, e.g. wait_for_<name>)",
        ),
        ({"name": "pipeline_execution"}, "name 'pipeline_execution' is used by another job"),
        ({"retries": 3}, "unknown keys retries"),
        ({"cancel": "list_exports"}, "cancel operation list_exports must take the job id as its only path parameter"),
        ({"cancel": "create_export"}, "cancel operation create_export must need nothing but the job id"),
    ],
    ids=lambda value: "" if isinstance(value, (dict, str)) else str(value),
)
def test_a_broken_job_extension_is_a_finding(changes: dict[str, Any], message: str) -> None:
    messages = broken(**changes)

    assert any(found.startswith(message) for found in messages), messages


def test_a_job_extension_that_is_not_a_mapping_is_a_finding_at_its_pointer() -> None:
    document = copy.deepcopy(CORTEX)
    document["paths"]["/exports/{export_id}/status"]["get"]["x-job"] = "export"

    findings = [f for f in lint.check_jobs(lint.Context(from_document(document, "cortex.yaml")))]

    assert [(f.pointer, f.rule, f.message) for f in findings] == [(STATUS_AT, "job-invalid", "x-job must be a mapping")]


def test_the_shipped_specs_jobs_are_sound() -> None:
    for family in FAMILIES.values():
        assert list(jobs.problems(load(family.spec_path).document)) == []
