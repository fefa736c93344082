from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledPipeline")


@_attrs_define
class ScheduledPipeline:
    """A pipeline schedule (the seed names the type without defining or reading it).

    Attributes:
        id (str | Unset): Identifier of the schedule.
        pipeline_id (str | Unset):
        cron_expression (str | Unset): Five-field cron expression.
        timezone (str | Unset): IANA time zone the cron expression is evaluated in.
        enabled (bool | Unset):
        status (str | Unset):
        max_runs (int | Unset):
        timeout_minutes (int | Unset):
        run_count (int | Unset): Runs triggered so far.
        next_run_at (datetime.datetime | Unset): When the next run is due (absent while paused).
    """

    id: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    cron_expression: str | Unset = UNSET
    timezone: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    status: str | Unset = UNSET
    max_runs: int | Unset = UNSET
    timeout_minutes: int | Unset = UNSET
    run_count: int | Unset = UNSET
    next_run_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pipeline_id = self.pipeline_id

        cron_expression = self.cron_expression

        timezone = self.timezone

        enabled = self.enabled

        status = self.status

        max_runs = self.max_runs

        timeout_minutes = self.timeout_minutes

        run_count = self.run_count

        next_run_at: str | Unset = UNSET
        if not isinstance(self.next_run_at, Unset):
            next_run_at = self.next_run_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if cron_expression is not UNSET:
            field_dict["cron_expression"] = cron_expression
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status
        if max_runs is not UNSET:
            field_dict["max_runs"] = max_runs
        if timeout_minutes is not UNSET:
            field_dict["timeout_minutes"] = timeout_minutes
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = _decode.object_of(src_dict)
        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            pipeline_id = _decode.optional(d.pop("pipeline_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "pipeline_id")

        try:
            cron_expression = _decode.optional(d.pop("cron_expression", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "cron_expression")

        try:
            timezone = _decode.optional(d.pop("timezone", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timezone")

        try:
            enabled = _decode.optional(d.pop("enabled", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "enabled")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            max_runs = _decode.optional(d.pop("max_runs", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "max_runs")

        try:
            timeout_minutes = _decode.optional(d.pop("timeout_minutes", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timeout_minutes")

        try:
            run_count = _decode.optional(d.pop("run_count", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "run_count")

        try:
            _next_run_at = _decode.unset_if_null(d.pop("next_run_at", None))
            next_run_at: datetime.datetime | Unset
            if isinstance(_next_run_at, Unset):
                next_run_at = UNSET
            else:
                next_run_at = _decode.parse_datetime(_next_run_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "next_run_at")

        _scheduled_pipeline = cls(
            id=id,
            pipeline_id=pipeline_id,
            cron_expression=cron_expression,
            timezone=timezone,
            enabled=enabled,
            status=status,
            max_runs=max_runs,
            timeout_minutes=timeout_minutes,
            run_count=run_count,
            next_run_at=next_run_at,
        )

        _scheduled_pipeline.additional_properties = d
        return _scheduled_pipeline

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
