"""Long-running jobs of the Clinical Dashboard Platform API: wait until they are done (declared by the spec's ``x-job``).

Each ``wait_for_<job>`` polls the job's status operation, backing off from ``interval`` to ``max_interval`` seconds,
until the job is final or ``timeout`` seconds have passed. ``progress`` is called with every status seen.
"""

from __future__ import annotations

from collections.abc import Callable

from ._jobs import (
    DEFAULT_INTERVAL,
    DEFAULT_MAX_INTERVAL,
    DEFAULT_TIMEOUT,
    JobCancelledError,
    JobError,
    JobFailedError,
    JobStates,
    JobTimeoutError,
    Polling,
    async_wait_for,
    wait_for,
)
from .api.exports import cancel_export, get_export_status
from .api.pipelines import cancel_pipeline_execution, get_pipeline_execution_status
from .client import AuthenticatedClient, Client
from .models.export_status import ExportStatus
from .models.pipeline_status import PipelineStatus

__all__ = [
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "EXPORT",
    "async_wait_for_export",
    "wait_for_export",
    "PIPELINE_EXECUTION",
    "async_wait_for_pipeline_execution",
    "wait_for_pipeline_execution",
]

EXPORT = JobStates(
    name="export",
    state="status",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"failed"}),
    cancelled=frozenset({"cancelled"}),
    message="error_message",
)


def wait_for_export(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: Callable[[ExportStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> ExportStatus:
    """Poll ``get_export_status`` until the export is completed; return its last status.

    Args:
        export_id: The job's id.
        timeout: Seconds to wait at most (None: no limit).
        progress: Called with every status seen.
        cancel_on_timeout: Cancel the job (``cancel_export``) when the deadline passes.
        cancel_on_interrupt: Cancel the job when the wait is interrupted (``KeyboardInterrupt``).

    Raises:
        JobFailedError: The job ended failed; ``status`` is its last status.
        JobCancelledError: The job ended cancelled.
        JobTimeoutError: The job was not final by the deadline.
        ApiError: A status request failed in a way retrying cannot fix.
    """
    return wait_for(
        EXPORT,
        export_id,
        lambda: get_export_status.sync(export_id, client=client),
        cancel=lambda: cancel_export.sync(export_id, client=client),
        polling=Polling(interval, max_interval, timeout),
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )


async def async_wait_for_export(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: Callable[[ExportStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> ExportStatus:
    """The asynchronous twin of :func:`wait_for_export`; a cancelled task counts as an interruption."""
    return await async_wait_for(
        EXPORT,
        export_id,
        lambda: get_export_status.asyncio(export_id, client=client),
        cancel=lambda: cancel_export.asyncio(export_id, client=client),
        polling=Polling(interval, max_interval, timeout),
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )


PIPELINE_EXECUTION = JobStates(
    name="pipeline_execution",
    state="status",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"failed"}),
    cancelled=frozenset({"cancelled"}),
    message="error_message",
)


def wait_for_pipeline_execution(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: Callable[[PipelineStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> PipelineStatus:
    """Poll ``get_pipeline_execution_status`` until the pipeline execution is completed; return its last status.

    Args:
        execution_id: The job's id.
        timeout: Seconds to wait at most (None: no limit).
        progress: Called with every status seen.
        cancel_on_timeout: Cancel the job (``cancel_pipeline_execution``) when the deadline passes.
        cancel_on_interrupt: Cancel the job when the wait is interrupted (``KeyboardInterrupt``).

    Raises:
        JobFailedError: The job ended failed; ``status`` is its last status.
        JobCancelledError: The job ended cancelled.
        JobTimeoutError: The job was not final by the deadline.
        ApiError: A status request failed in a way retrying cannot fix.
    """
    return wait_for(
        PIPELINE_EXECUTION,
        execution_id,
        lambda: get_pipeline_execution_status.sync(execution_id, client=client),
        cancel=lambda: cancel_pipeline_execution.sync(execution_id, client=client),
        polling=Polling(interval, max_interval, timeout),
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )


async def async_wait_for_pipeline_execution(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: Callable[[PipelineStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> PipelineStatus:
    """The asynchronous twin of :func:`wait_for_pipeline_execution`; a cancelled task counts as an interruption."""
    return await async_wait_for(
        PIPELINE_EXECUTION,
        execution_id,
        lambda: get_pipeline_execution_status.asyncio(execution_id, client=client),
        cancel=lambda: cancel_pipeline_execution.asyncio(execution_id, client=client),
        polling=Polling(interval, max_interval, timeout),
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )
