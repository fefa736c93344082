"""Long-running jobs: poll a job's status until it is final, backing off, within a deadline; cancel it if asked.

The package's ``jobs`` module binds this to the operations the spec declares (``x-job``): ``wait_for_<job>`` and
``async_wait_for_<job>``. Polling starts ``interval`` seconds apart and slows down by ``BACKOFF`` up to
``max_interval``. A status answer with an error that retrying may fix (a 503, a dropped connection) does not end the
wait; the next poll comes as planned. The wait ends:

- with the final status, when the job succeeded;
- with :class:`JobFailedError` or :class:`JobCancelledError` when it failed or was cancelled;
- with :class:`JobTimeoutError` at the deadline (the job is cancelled first with ``cancel_on_timeout``);
- with the ``KeyboardInterrupt`` or task cancellation that interrupted it (the job is cancelled first with
  ``cancel_on_interrupt``).

Each error carries the last status seen.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._errors import ApiError
from ._logging import logger

__all__ = [
    "DEFAULT_INTERVAL",
    "DEFAULT_MAX_INTERVAL",
    "DEFAULT_TIMEOUT",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobStates",
    "JobTimeoutError",
    "Polling",
    "async_wait_for",
    "job_id_of",
    "wait_for",
]

S = TypeVar("S")

DEFAULT_INTERVAL = 1.0
DEFAULT_MAX_INTERVAL = 15.0
DEFAULT_TIMEOUT = 600.0
BACKOFF = 1.5


class JobError(ApiError):
    """A job did not succeed; ``status`` is the last status seen (None if none was), ``state`` its state."""

    def __init__(self, message: str, *, job: str, job_id: Any, status: Any, state: str | None) -> None:
        super().__init__(message)
        self.job = job
        self.job_id = job_id
        self.status = status
        self.state = state


class JobFailedError(JobError):
    """The job ended in a failed state."""


class JobCancelledError(JobError):
    """The job ended cancelled."""


class JobTimeoutError(JobError):
    """The job was not final by the deadline; ``cancelled`` says whether it was cancelled then."""

    def __init__(self, message: str, *, cancelled: bool, **context: Any) -> None:
        super().__init__(message, **context)
        self.cancelled = cancelled


@dataclass(frozen=True)
class JobStates:
    """How to read a job's status: where its state is, which states are final, where a failure is explained."""

    name: str
    state: str
    succeeded: frozenset[str]
    failed: frozenset[str]
    cancelled: frozenset[str] = frozenset()
    message: str | None = None

    def state_of(self, status: Any) -> str | None:
        """The job's state in a status model, as text (None when the status does not carry one)."""
        value = _attribute(status, self.state)
        if isinstance(value, enum.Enum):
            value = value.value
        return value if isinstance(value, str) else None

    def message_of(self, status: Any) -> str | None:
        value = _attribute(status, self.message) if self.message else None
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Polling:
    """When to poll: the first interval, the longest one, and the deadline in seconds (None: wait for ever)."""

    interval: float = DEFAULT_INTERVAL
    max_interval: float = DEFAULT_MAX_INTERVAL
    timeout: float | None = DEFAULT_TIMEOUT


class _Waiting(Generic[S]):
    """The state of one wait, shared by the sync and async loops: no I/O, no sleeping."""

    def __init__(
        self, job: JobStates, job_id: Any, polling: Polling, progress: Callable[[S], object] | None, now: float
    ) -> None:
        self.job = job
        self.job_id = job_id
        self.progress = progress
        self.deadline = now + polling.timeout if polling.timeout is not None else None
        self.interval = polling.interval
        self.max_interval = polling.max_interval
        self.status: S | None = None
        self.problem: ApiError | None = None

    def seen(self, status: S) -> bool:
        """Take a status; return True when the job succeeded. Raise when it failed or was cancelled."""
        self.status, self.problem = status, None
        if self.progress is not None:
            self.progress(status)
        state = self.job.state_of(status)
        if state in self.job.succeeded:
            return True
        if state in self.job.failed:
            reason = self.job.message_of(status)
            detail = f": {reason}" if reason else ""
            raise JobFailedError(f"{self.what()} failed{detail}", **self._context())
        if state in self.job.cancelled:
            raise JobCancelledError(f"{self.what()} was cancelled", **self._context())
        return False

    def unavailable(self, error: ApiError) -> None:
        """Take a status request that failed; raise it unless retrying may fix it."""
        if not error.is_retryable:
            raise error
        logger.info("status of %s unavailable (%s); polling again", self.what(), error.message)
        self.problem = error

    def pause(self, now: float) -> float | None:
        """Seconds to sleep before the next poll; None when the deadline has passed."""
        if self.deadline is not None and now >= self.deadline:
            return None
        pause = self.interval if self.deadline is None else min(self.interval, self.deadline - now)
        self.interval = min(self.interval * BACKOFF, self.max_interval)
        return pause

    def timed_out(self, cancelled: bool) -> JobTimeoutError:
        state = self._state()
        message = f"{self.what()} is still {state or 'not final'} at the deadline"
        message += "; it was cancelled" if cancelled else "; it goes on"
        return JobTimeoutError(message, cancelled=cancelled, **self._context())

    def what(self) -> str:
        return f"{self.job.name.replace('_', ' ')} {self.job_id}"

    def _state(self) -> str | None:
        return self.job.state_of(self.status) if self.status is not None else None

    def _context(self) -> dict[str, Any]:
        return {"job": self.job.name, "job_id": self.job_id, "status": self.status, "state": self._state()}


def wait_for(
    job: JobStates,
    job_id: Any,
    fetch: Callable[[], S],
    *,
    cancel: Callable[[], object] | None = None,
    polling: Polling | None = None,
    progress: Callable[[S], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> S:
    """Poll ``fetch()`` until the job is final; return the status of a job that succeeded.

    Raises:
        JobFailedError: The job failed.
        JobCancelledError: The job was cancelled.
        JobTimeoutError: The job was not final by the deadline.
        ApiError: A status request failed in a way retrying cannot fix.
    """
    waiting: _Waiting[S] = _Waiting(job, job_id, polling or Polling(), progress, clock())
    try:
        while True:
            try:
                if waiting.seen(fetch()):
                    return waiting.status  # type: ignore[return-value]
            except JobError:
                raise
            except ApiError as error:
                waiting.unavailable(error)
            pause = waiting.pause(clock())
            if pause is None:
                cancelled = cancel_on_timeout and _cancel(cancel, waiting)
                raise waiting.timed_out(cancelled) from waiting.problem
            sleep(pause)
    except KeyboardInterrupt:
        if cancel_on_interrupt:
            _cancel(cancel, waiting)
        raise


async def _sleep(seconds: float) -> None:
    """``asyncio.sleep``, with asyncio imported by whoever runs the event loop rather than with the package."""
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


async def async_wait_for(
    job: JobStates,
    job_id: Any,
    fetch: Callable[[], Awaitable[S]],
    *,
    cancel: Callable[[], Awaitable[object]] | None = None,
    polling: Polling | None = None,
    progress: Callable[[S], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = _sleep,
) -> S:
    """The asynchronous twin of :func:`wait_for`; the task being cancelled counts as an interruption."""
    import asyncio  # noqa: PLC0415 (imported by whoever runs the event loop; not with the package)

    waiting: _Waiting[S] = _Waiting(job, job_id, polling or Polling(), progress, clock())
    try:
        while True:
            try:
                if waiting.seen(await fetch()):
                    return waiting.status  # type: ignore[return-value]
            except JobError:
                raise
            except ApiError as error:
                waiting.unavailable(error)
            pause = waiting.pause(clock())
            if pause is None:
                cancelled = cancel_on_timeout and await _acancel(cancel, waiting)
                raise waiting.timed_out(cancelled) from waiting.problem
            await sleep(pause)
    except (KeyboardInterrupt, asyncio.CancelledError):
        if cancel_on_interrupt:
            await _acancel(cancel, waiting)
        raise


def job_id_of(started: Any, path: str, job: str) -> Any:
    """The job id in the answer of the operation that started the job.

    Raises:
        ApiError: The answer carries no id there.
    """
    value = _attribute(started, path)
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        msg = f"the answer that started the {job.replace('_', ' ')} carries no job id in {path!r}"
        raise ApiError(msg)
    return value


def _cancel(cancel: Callable[[], object] | None, waiting: _Waiting[Any]) -> bool:
    if cancel is None:
        return False
    try:
        cancel()
    except ApiError as error:
        logger.warning("cancelling %s failed: %s", waiting.what(), error.message)
        return False
    return True


async def _acancel(cancel: Callable[[], Awaitable[object]] | None, waiting: _Waiting[Any]) -> bool:
    if cancel is None:
        return False
    try:
        await cancel()
    except ApiError as error:
        logger.warning("cancelling %s failed: %s", waiting.what(), error.message)
        return False
    return True


def _attribute(obj: Any, path: str | None) -> Any:
    if path is None:
        return None
    for name in path.split("."):
        obj = getattr(obj, name, None)
    return obj
