from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "cron_expression",
        "enabled",
        "timezone",
        "max_runs",
        "timeout_minutes",
    )
)
_FIELDS = operator.itemgetter("cron_expression", "enabled", "timezone", "max_runs", "timeout_minutes")


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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    cron_expression, enabled, timezone, max_runs, timeout_minutes = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                cron_expression = src_dict["cron_expression"]
                enabled = src_dict["enabled"]
                timezone = src_dict_get("timezone")
                max_runs = src_dict_get("max_runs")
                timeout_minutes = src_dict_get("timeout_minutes")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(cron_expression) is str
                and type(enabled) is bool
                and (timezone is None or type(timezone) is str)
                and (max_runs is None or type(max_runs) is int)
                and (timeout_minutes is None or type(timeout_minutes) is int)
            ):
                _pipeline_schedule = cls(
                    cron_expression,
                    enabled,
                    UNSET if timezone is None else timezone,
                    UNSET if max_runs is None else max_runs,
                    UNSET if timeout_minutes is None else timeout_minutes,
                )
                if src_dict_extra:
                    _pipeline_schedule.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_schedule
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
