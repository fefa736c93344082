from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "execution_id",
        "pipeline_id",
        "status",
        "progress",
        "current_step",
        "steps_completed",
        "steps_total",
        "started_at",
        "completed_at",
        "error_message",
    )
)
_FIELDS = operator.itemgetter(
    "execution_id",
    "pipeline_id",
    "status",
    "progress",
    "current_step",
    "steps_completed",
    "steps_total",
    "started_at",
    "completed_at",
    "error_message",
)


T = TypeVar("T", bound="PipelineStatus")


@_attrs_define
class PipelineStatus:
    """Status of a pipeline execution (inferred; the seed passes it on unread).

    Attributes:
        execution_id (str | Unset):
        pipeline_id (str | Unset):
        status (str | Unset): Lifecycle state of a pipeline execution (inferred, so any string is accepted).
        progress (float | Unset): Completion, in percent.
        current_step (str | Unset): Id of the step running now.
        steps_completed (int | Unset):
        steps_total (int | Unset):
        started_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | Unset): When the execution reached a final state.
        error_message (str | Unset): Why the execution failed (only when `status` is `failed`).
    """

    execution_id: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    status: str | Unset = UNSET
    progress: float | Unset = UNSET
    current_step: str | Unset = UNSET
    steps_completed: int | Unset = UNSET
    steps_total: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        pipeline_id = self.pipeline_id

        status = self.status

        progress = self.progress

        current_step = self.current_step

        steps_completed = self.steps_completed

        steps_total = self.steps_total

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if steps_total is not UNSET:
            field_dict["steps_total"] = steps_total
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 10
            if src_dict_all:
                try:
                    (
                        execution_id,
                        pipeline_id,
                        status,
                        progress,
                        current_step,
                        steps_completed,
                        steps_total,
                        started_at,
                        completed_at,
                        error_message,
                    ) = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 10
            else:
                src_dict_get = src_dict.get
                execution_id = src_dict_get("execution_id")
                pipeline_id = src_dict_get("pipeline_id")
                status = src_dict_get("status")
                progress = src_dict_get("progress")
                current_step = src_dict_get("current_step")
                steps_completed = src_dict_get("steps_completed")
                steps_total = src_dict_get("steps_total")
                started_at = src_dict_get("started_at")
                completed_at = src_dict_get("completed_at")
                error_message = src_dict_get("error_message")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (execution_id is None or type(execution_id) is str)
                and (pipeline_id is None or type(pipeline_id) is str)
                and (status is None or type(status) is str)
                and (progress is None or (type(progress) is float or type(progress) is int))
                and (current_step is None or type(current_step) is str)
                and (steps_completed is None or type(steps_completed) is int)
                and (steps_total is None or type(steps_total) is int)
                and (started_at is None or type(started_at) is str)
                and (completed_at is None or type(completed_at) is str)
                and (error_message is None or type(error_message) is str)
            ):
                _pipeline_status = cls(
                    UNSET if execution_id is None else execution_id,
                    UNSET if pipeline_id is None else pipeline_id,
                    UNSET if status is None else status,
                    UNSET if progress is None else progress,
                    UNSET if current_step is None else current_step,
                    UNSET if steps_completed is None else steps_completed,
                    UNSET if steps_total is None else steps_total,
                    UNSET if started_at is None else datetime.datetime.fromisoformat(started_at),
                    UNSET if completed_at is None else datetime.datetime.fromisoformat(completed_at),
                    UNSET if error_message is None else error_message,
                )
                if src_dict_extra:
                    _pipeline_status.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_status
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            execution_id = _decode.optional(d.pop("execution_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "execution_id")

        try:
            pipeline_id = _decode.optional(d.pop("pipeline_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "pipeline_id")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            progress = _decode.optional(d.pop("progress", None), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "progress")

        try:
            current_step = _decode.optional(d.pop("current_step", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "current_step")

        try:
            steps_completed = _decode.optional(d.pop("steps_completed", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "steps_completed")

        try:
            steps_total = _decode.optional(d.pop("steps_total", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "steps_total")

        try:
            _started_at = _decode.unset_if_null(d.pop("started_at", None))
            started_at: datetime.datetime | Unset
            if isinstance(_started_at, Unset):
                started_at = UNSET
            else:
                started_at = _decode.parse_datetime(_started_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "started_at")

        try:
            _completed_at = _decode.unset_if_null(d.pop("completed_at", None))
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = _decode.parse_datetime(_completed_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "completed_at")

        try:
            error_message = _decode.optional(d.pop("error_message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "error_message")

        _pipeline_status = cls(
            execution_id=execution_id,
            pipeline_id=pipeline_id,
            status=status,
            progress=progress,
            current_step=current_step,
            steps_completed=steps_completed,
            steps_total=steps_total,
            started_at=started_at,
            completed_at=completed_at,
            error_message=error_message,
        )

        _pipeline_status.additional_properties = d
        return _pipeline_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
