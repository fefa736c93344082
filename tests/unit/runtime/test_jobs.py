"""The job waiter as source, on an injected clock and sleep: final states, backoff, deadline, cancellation."""

from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from templates.runtime._errors import ApiConnectionError, ApiError, NotFoundError
from templates.runtime._errors import status_error as _status_error
from templates.runtime._jobs import (
    JobCancelledError,
    JobFailedError,
    JobStates,
    JobTimeoutError,
    Polling,
    async_wait_for,
    job_id_of,
    wait_for,
)

EXPORT = JobStates(
    name="export",
    state="status",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"failed"}),
    cancelled=frozenset({"cancelled"}),
    message="error_message",
)


class State(str, enum.Enum):  # noqa: UP042 - the shape of openapi-python-client's enums
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class Status:
    status: Any
    error_message: str | None = None


class Timeline:
    """A clock that only the waiter's sleeps move, a record of those sleeps, and scripted statuses."""

    def __init__(self, *statuses: Status | Exception) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []
        self.statuses = list(statuses)
        self.polls = 0
        self.cancels = 0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def fetch(self) -> Status:
        self.polls += 1
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if isinstance(status, Exception):
            raise status
        return status

    async def afetch(self) -> Status:
        return self.fetch()

    def cancel(self) -> Status:
        self.cancels += 1
        return Status(State.CANCELLED)

    async def acancel(self) -> Status:
        return self.cancel()


STEADY = Polling(1.0, 4.0, 60.0)


def wait(timeline: Timeline, polling: Polling = STEADY, **options: Any) -> Status:
    return wait_for(
        EXPORT,
        "e-1",
        timeline.fetch,
        cancel=timeline.cancel,
        polling=polling,
        clock=timeline.clock,
        sleep=timeline.sleep,
        **options,
    )


def status_error(status: int) -> ApiError:
    request = httpx.Request("GET", "https://api.test/exports/e-1/status")
    return _status_error(httpx.Response(status, request=request))


def test_a_job_that_completes_returns_its_final_status_and_reports_progress() -> None:
    timeline = Timeline(Status(State.QUEUED), Status(State.PROCESSING), Status(State.COMPLETED))
    seen: list[str] = []

    final = wait(timeline, progress=lambda status: seen.append(status.status.value))

    assert final.status is State.COMPLETED
    assert seen == ["queued", "processing", "completed"]
    assert timeline.sleeps == [1.0, 1.5]


def test_polling_backs_off_up_to_the_longest_interval() -> None:
    timeline = Timeline(*[Status("processing")] * 6, Status("completed"))

    wait(timeline)

    assert timeline.sleeps == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0]


def test_a_failed_job_raises_with_its_message_and_last_status() -> None:
    timeline = Timeline(Status("processing"), Status("failed", error_message="widget w-9 has no data"))

    with pytest.raises(JobFailedError) as caught:
        wait(timeline)

    error = caught.value
    assert error.message == "export e-1 failed: widget w-9 has no data"
    assert (error.job, error.job_id, error.state, error.status.status) == ("export", "e-1", "failed", "failed")


def test_a_cancelled_job_raises() -> None:
    with pytest.raises(JobCancelledError, match="export e-1 was cancelled"):
        wait(Timeline(Status(State.CANCELLED)))


def test_at_the_deadline_the_job_is_polled_one_last_time_then_times_out() -> None:
    timeline = Timeline(Status("processing"))

    with pytest.raises(JobTimeoutError) as caught:
        wait(timeline, Polling(1.0, 4.0, 10.0))

    assert timeline.sleeps == [1.0, 1.5, 2.25, 3.375, 1.875]  # the last sleep ends at the deadline
    assert timeline.polls == 6
    assert caught.value.message == "export e-1 is still processing at the deadline; it goes on"
    assert not caught.value.cancelled and timeline.cancels == 0
    assert caught.value.status.status == "processing"


def test_a_timed_out_job_is_cancelled_when_asked() -> None:
    timeline = Timeline(Status("processing"))

    with pytest.raises(JobTimeoutError) as caught:
        wait(timeline, Polling(1.0, 4.0, 2.0), cancel_on_timeout=True)

    assert caught.value.cancelled and timeline.cancels == 1
    assert caught.value.message.endswith("; it was cancelled")


def test_a_retryable_status_error_does_not_end_the_wait() -> None:
    timeline = Timeline(Status("queued"), status_error(503), Status("completed"))

    assert wait(timeline).status == "completed"
    assert timeline.polls == 3


def test_a_status_error_that_retrying_cannot_fix_is_raised() -> None:
    timeline = Timeline(Status("queued"), status_error(404))

    with pytest.raises(NotFoundError):
        wait(timeline)


def test_a_timeout_after_failed_polls_names_the_last_failure_as_its_cause() -> None:
    timeline = Timeline(ApiConnectionError("connection refused"))

    with pytest.raises(JobTimeoutError) as caught:
        wait(timeline, Polling(1.0, 1.0, 3.0))

    assert isinstance(caught.value.__cause__, ApiConnectionError)
    assert caught.value.status is None and "not final" in caught.value.message


def test_an_interrupted_wait_cancels_the_job_when_asked() -> None:
    for cancel_on_interrupt, cancels in ((False, 0), (True, 1)):
        timeline = Timeline(Status("processing"))

        def sleep(seconds: float, timeline: Timeline = timeline) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            wait_for(
                EXPORT,
                "e-1",
                timeline.fetch,
                cancel=timeline.cancel,
                clock=timeline.clock,
                sleep=sleep,
                cancel_on_interrupt=cancel_on_interrupt,
            )
        assert timeline.cancels == cancels


def test_the_async_twin_polls_the_same_way_and_cancels_when_its_task_is() -> None:
    timeline = Timeline(Status("queued"), Status("processing"), Status("completed"))
    polling = Polling(1.0, 4.0, 60.0)

    async def completes() -> Status:
        return await async_wait_for(
            EXPORT, "e-1", timeline.afetch, polling=polling, clock=timeline.clock, sleep=timeline.asleep
        )

    assert asyncio.run(completes()).status == "completed"
    assert timeline.sleeps == [1.0, 1.5]

    stuck = Timeline(Status("processing"))

    async def cancelled() -> None:
        task = asyncio.ensure_future(
            async_wait_for(EXPORT, "e-1", stuck.afetch, cancel=stuck.acancel, cancel_on_interrupt=True)
        )
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cancelled())
    assert stuck.cancels == 1


@pytest.mark.parametrize("started", [Status("x"), None])
def test_a_start_answer_without_an_id_is_an_error(started: Any) -> None:
    with pytest.raises(ApiError, match="carries no job id in 'export_id'"):
        job_id_of(started, "export_id", "export")


def test_the_job_id_is_read_from_the_start_answer() -> None:
    @dataclass
    class Started:
        export_id: str

    assert job_id_of(Started("e-7"), "export_id", "export") == "e-7"
