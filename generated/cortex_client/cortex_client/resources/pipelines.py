"""``client.pipelines``: ETL pipelines, their executions (status, logs, live monitoring) and schedules.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._jobs import DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL
from .._jobs import DEFAULT_TIMEOUT as DEFAULT_WAIT_TIMEOUT
from .._resource import Resource
from .._sse import DEFAULT_MAX_RECONNECTS
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable, Mapping
    from typing import Any

    import httpx

    from .._resource import QueryValue
    from .._sse import EventStream, OpeningEventStream
    from ..models.pipeline import Pipeline
    from ..models.pipeline_config import PipelineConfig
    from ..models.pipeline_execution import PipelineExecution
    from ..models.pipeline_log import PipelineLog
    from ..models.pipeline_schedule import PipelineSchedule
    from ..models.pipeline_status import PipelineStatus
    from ..models.run_options import RunOptions
    from ..models.scheduled_pipeline import ScheduledPipeline

__all__ = ["PipelinesResource"]


class PipelinesResource(Resource[Client]):
    """ETL pipelines, their executions (status, logs, live monitoring) and schedules.

    Every method has an asynchronous twin named with an ``a`` in front (``create``,
    ``acreate``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def create(
        self,
        *,
        body: PipelineConfig,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Pipeline:
        """Create an ETL pipeline.

        Args:
            body: A new ETL pipeline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Pipeline
        """

        from ..api.pipelines import create_pipeline

        return create_pipeline.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def acreate(
        self,
        *,
        body: PipelineConfig,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Pipeline:
        """Create an ETL pipeline.

        Args:
            body: A new ETL pipeline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Pipeline
        """

        from ..api.pipelines import create_pipeline

        return await create_pipeline.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def run(
        self,
        pipeline_id: str,
        *,
        body: RunOptions | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineExecution:
        """Run a pipeline.

        Starts an execution of the pipeline; the body is optional.

        Args:
            pipeline_id: Identifier of the pipeline. At least 1 character.
            body: How to run a pipeline (the seed names `RunOptions` without defining it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            PipelineExecution
        """

        from ..api.pipelines import run_pipeline

        return run_pipeline.sync(
            pipeline_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def arun(
        self,
        pipeline_id: str,
        *,
        body: RunOptions | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineExecution:
        """Run a pipeline.

        Starts an execution of the pipeline; the body is optional.

        Args:
            pipeline_id: Identifier of the pipeline. At least 1 character.
            body: How to run a pipeline (the seed names `RunOptions` without defining it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            PipelineExecution
        """

        from ..api.pipelines import run_pipeline

        return await run_pipeline.asyncio(
            pipeline_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def run_and_wait(
        self,
        pipeline_id: str,
        *,
        body: RunOptions | Unset = UNSET,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[PipelineStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineStatus:
        """Run a pipeline, then wait until the pipeline execution is completed; return its last status.

        Its status is polled with ``get_pipeline_execution_status``, backing off.

        Args:
            pipeline_id: Identifier of the pipeline. At least 1 character.
            body: How to run a pipeline (the seed names `RunOptions` without defining it).
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.

        Returns:
            PipelineStatus
        """

        from ..api.pipelines import run_pipeline

        return run_pipeline.sync_and_wait(
            pipeline_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    async def arun_and_wait(
        self,
        pipeline_id: str,
        *,
        body: RunOptions | Unset = UNSET,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[PipelineStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineStatus:
        """Run a pipeline, then wait until the pipeline execution is completed; return its last status.

        Its status is polled with ``get_pipeline_execution_status``, backing off.

        Args:
            pipeline_id: Identifier of the pipeline. At least 1 character.
            body: How to run a pipeline (the seed names `RunOptions` without defining it).
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.

        Returns:
            PipelineStatus
        """

        from ..api.pipelines import run_pipeline

        return await run_pipeline.asyncio_and_wait(
            pipeline_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    def schedule(
        self,
        pipeline_id: str,
        *,
        body: PipelineSchedule,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ScheduledPipeline:
        """Schedule a pipeline.

        Creates a cron schedule that runs the pipeline periodically.

        Args:
            pipeline_id: Identifier of the pipeline. At least 1 character.
            body: A cron schedule for a pipeline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ScheduledPipeline
        """

        from ..api.pipelines import schedule_pipeline

        return schedule_pipeline.sync(
            pipeline_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    async def aschedule(
        self,
        pipeline_id: str,
        *,
        body: PipelineSchedule,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ScheduledPipeline:
        """Schedule a pipeline.

        Creates a cron schedule that runs the pipeline periodically.

        Args:
            pipeline_id: Identifier of the pipeline. At least 1 character.
            body: A cron schedule for a pipeline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            UnprocessableEntityError: 422: The body is well-formed but fails validation.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ScheduledPipeline
        """

        from ..api.pipelines import schedule_pipeline

        return await schedule_pipeline.asyncio(
            pipeline_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
        )

    def get_execution_status(
        self,
        execution_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineStatus:
        """Get a pipeline execution's status.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            PipelineStatus
        """

        from ..api.pipelines import get_pipeline_execution_status

        return get_pipeline_execution_status.sync(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aget_execution_status(
        self,
        execution_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineStatus:
        """Get a pipeline execution's status.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            PipelineStatus
        """

        from ..api.pipelines import get_pipeline_execution_status

        return await get_pipeline_execution_status.asyncio(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def list_execution_logs(
        self,
        execution_id: str,
        *,
        level: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 100,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[PipelineLog]:
        """List a pipeline execution's log entries.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            level: Only return entries of this level. At least 1 character.
            start_time: Only return entries logged at or after this instant.
            end_time: Only return entries logged at or before this instant.
            limit: Maximum number of entries to return. At least 1, at most 1000. Default: 100.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            list[PipelineLog]
        """

        from ..api.pipelines import list_pipeline_execution_logs

        return list_pipeline_execution_logs.sync(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            level=level,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )

    async def alist_execution_logs(
        self,
        execution_id: str,
        *,
        level: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 100,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[PipelineLog]:
        """List a pipeline execution's log entries.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            level: Only return entries of this level. At least 1 character.
            start_time: Only return entries logged at or after this instant.
            end_time: Only return entries logged at or before this instant.
            limit: Maximum number of entries to return. At least 1, at most 1000. Default: 100.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            list[PipelineLog]
        """

        from ..api.pipelines import list_pipeline_execution_logs

        return await list_pipeline_execution_logs.asyncio(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            level=level,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )

    def cancel_execution(
        self,
        execution_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Cancel a pipeline execution.

        Cancels a queued or running execution and returns its new status.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.pipelines import cancel_pipeline_execution

        return cancel_pipeline_execution.sync(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def acancel_execution(
        self,
        execution_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Cancel a pipeline execution.

        Cancels a queued or running execution and returns its new status.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.pipelines import cancel_pipeline_execution

        return await cancel_pipeline_execution.asyncio(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def monitor_execution(
        self,
        execution_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> EventStream[PipelineStatus | PipelineLog]:
        """Monitor a pipeline execution (server-sent events).

        Server-sent event stream with two event types: `status` (a JSON-encoded `PipelineStatus`,
        sent whenever the execution's status changes) and `log` (a JSON-encoded `PipelineLog`).

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (status, log). An event whose data does not decode comes as a ``MalformedEvent``.
        A dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            max_reconnects: How often in a row a dropped stream is resumed (with ``Last-Event-ID``) before it
                raises.
            raise_on_malformed: Raise on an event whose data does not decode, instead of yielding a
                ``MalformedEvent``.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            StreamInterruptedError: While iterating: the stream could not be resumed.

        Returns:
            EventStream[PipelineStatus | PipelineLog]
        """

        from ..api.pipelines import monitor_pipeline_execution

        return monitor_pipeline_execution.sync(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )

    def amonitor_execution(
        self,
        execution_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        raise_on_malformed: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> OpeningEventStream[PipelineStatus | PipelineLog]:
        """Monitor a pipeline execution (server-sent events).

        Server-sent event stream with two event types: `status` (a JSON-encoded `PipelineStatus`,
        sent whenever the execution's status changes) and `log` (a JSON-encoded `PipelineLog`).

        Send the request now and return the open stream of its events as they arrive, their data decoded into
        the documented models (status, log). An event whose data does not decode comes as a ``MalformedEvent``.
        A dropped connection is resumed with ``Last-Event-ID``. Use the stream with ``with`` (``async with`` for
        the twin), or close it.

        Args:
            execution_id: Identifier of the pipeline execution. At least 1 character.
            max_reconnects: How often in a row a dropped stream is resumed (with ``Last-Event-ID``) before it
                raises.
            raise_on_malformed: Raise on an event whose data does not decode, instead of yielding a
                ``MalformedEvent``.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            StreamInterruptedError: While iterating: the stream could not be resumed.

        Returns:
            EventStream[PipelineStatus | PipelineLog]
        """

        from ..api.pipelines import monitor_pipeline_execution

        return monitor_pipeline_execution.asyncio(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            max_reconnects=max_reconnects,
            raise_on_malformed=raise_on_malformed,
        )

    def list_scheduled(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[ScheduledPipeline]:
        """List pipeline schedules.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            list[ScheduledPipeline]
        """

        from ..api.pipelines import list_scheduled_pipelines

        return list_scheduled_pipelines.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def alist_scheduled(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> list[ScheduledPipeline]:
        """List pipeline schedules.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            AuthenticationError: 401: Missing, invalid or expired credentials.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            list[ScheduledPipeline]
        """

        from ..api.pipelines import list_scheduled_pipelines

        return await list_scheduled_pipelines.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def pause_scheduled(
        self,
        schedule_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Pause a pipeline schedule.

        Stops triggering new runs until the schedule is resumed; returns the schedule.

        Args:
            schedule_id: Identifier of the pipeline schedule. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.pipelines import pause_scheduled_pipeline

        return pause_scheduled_pipeline.sync(
            schedule_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def apause_scheduled(
        self,
        schedule_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Pause a pipeline schedule.

        Stops triggering new runs until the schedule is resumed; returns the schedule.

        Args:
            schedule_id: Identifier of the pipeline schedule. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.pipelines import pause_scheduled_pipeline

        return await pause_scheduled_pipeline.asyncio(
            schedule_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def resume_scheduled(
        self,
        schedule_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Resume a paused pipeline schedule.

        Triggers runs again according to the cron expression; returns the schedule.

        Args:
            schedule_id: Identifier of the pipeline schedule. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.pipelines import resume_scheduled_pipeline

        return resume_scheduled_pipeline.sync(
            schedule_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    async def aresume_scheduled(
        self,
        schedule_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Resume a paused pipeline schedule.

        Triggers runs again according to the cron expression; returns the schedule.

        Args:
            schedule_id: Identifier of the pipeline schedule. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource named in the path does not exist.
            RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
            ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with back-off.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            Any
        """

        from ..api.pipelines import resume_scheduled_pipeline

        return await resume_scheduled_pipeline.asyncio(
            schedule_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
        )

    def wait_for_execution(
        self,
        execution_id: str,
        *,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[PipelineStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineStatus:
        """Wait until the pipeline execution is completed; return its last status.

        For a pipeline execution started elsewhere: its status is polled with ``get_pipeline_execution_status``,
        backing off.

        Args:
            execution_id: The pipeline execution's id.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.
            ApiError: A status request failed in a way retrying cannot fix.

        Returns:
            PipelineStatus
        """

        from .. import jobs

        return jobs.wait_for_pipeline_execution(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )

    async def await_for_execution(
        self,
        execution_id: str,
        *,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        progress: Callable[[PipelineStatus], object] | None = None,
        cancel_on_timeout: bool = False,
        cancel_on_interrupt: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PipelineStatus:
        """Wait until the pipeline execution is completed; return its last status.

        For a pipeline execution started elsewhere: its status is polled with ``get_pipeline_execution_status``,
        backing off.

        Args:
            execution_id: The pipeline execution's id.
            wait_timeout: Seconds to wait for the job at most (None: no limit).
            interval: Seconds before the first status request.
            max_interval: The longest pause between status requests (the pauses grow up to it).
            progress: Called with every status seen.
            cancel_on_timeout: Cancel the job when the deadline passes.
            cancel_on_interrupt: Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            JobFailedError: The job ended failed; ``status`` is its last status.
            JobCancelledError: The job ended cancelled.
            JobTimeoutError: The job was not final by ``wait_timeout``.
            ApiError: A status request failed in a way retrying cannot fix.

        Returns:
            PipelineStatus
        """

        from .. import jobs

        return await jobs.async_wait_for_pipeline_execution(
            execution_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            timeout=wait_timeout,
            interval=interval,
            max_interval=max_interval,
            progress=progress,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
        )
