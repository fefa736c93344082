from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineSchedule")


@_attrs_define
class PipelineSchedule:
    """A cron schedule for a pipeline.

    Attributes:
        cron_expression (str): Five-field cron expression, for example `0 2 * * *` (daily at 02:00).
        enabled (bool): Whether the schedule triggers runs right away.
        timezone (str | Unset): IANA time zone the cron expression is evaluated in. Default: 'UTC'.
        max_runs (int | Unset): Stop after this many runs (unlimited when left out).
        timeout_minutes (int | Unset): Cancel a run that takes longer than this.
    """

    cron_expression: str
    enabled: bool
    timezone: str | Unset = "UTC"
    max_runs: int | Unset = UNSET
    timeout_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        cron_expression = self.cron_expression

        enabled = self.enabled

        timezone = self.timezone

        max_runs = self.max_runs

        timeout_minutes = self.timeout_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron_expression": cron_expression,
                "enabled": enabled,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if max_runs is not UNSET:
            field_dict["max_runs"] = max_runs
        if timeout_minutes is not UNSET:
            field_dict["timeout_minutes"] = timeout_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = _decode.object_of(src_dict)
        try:
            cron_expression = _decode.expect(d.pop("cron_expression"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "cron_expression")

        try:
            enabled = _decode.expect(d.pop("enabled"), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "enabled")

        try:
            timezone = _decode.optional(d.pop("timezone", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timezone")

        try:
            max_runs = _decode.optional(d.pop("max_runs", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "max_runs")

        try:
            timeout_minutes = _decode.optional(d.pop("timeout_minutes", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timeout_minutes")

        _pipeline_schedule = cls(
            cron_expression=cron_expression,
            enabled=enabled,
            timezone=timezone,
            max_runs=max_runs,
            timeout_minutes=timeout_minutes,
        )

        _pipeline_schedule.additional_properties = d
        return _pipeline_schedule

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
