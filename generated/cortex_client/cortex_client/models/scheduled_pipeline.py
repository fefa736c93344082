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
        "id",
        "pipeline_id",
        "cron_expression",
        "timezone",
        "enabled",
        "status",
        "max_runs",
        "timeout_minutes",
        "run_count",
        "next_run_at",
    )
)
_FIELDS = operator.itemgetter(
    "id",
    "pipeline_id",
    "cron_expression",
    "timezone",
    "enabled",
    "status",
    "max_runs",
    "timeout_minutes",
    "run_count",
    "next_run_at",
)


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
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 10
            if src_dict_all:
                try:
                    (
                        id,
                        pipeline_id,
                        cron_expression,
                        timezone,
                        enabled,
                        status,
                        max_runs,
                        timeout_minutes,
                        run_count,
                        next_run_at,
                    ) = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 10
            else:
                src_dict_get = src_dict.get
                id = src_dict_get("id")
                pipeline_id = src_dict_get("pipeline_id")
                cron_expression = src_dict_get("cron_expression")
                timezone = src_dict_get("timezone")
                enabled = src_dict_get("enabled")
                status = src_dict_get("status")
                max_runs = src_dict_get("max_runs")
                timeout_minutes = src_dict_get("timeout_minutes")
                run_count = src_dict_get("run_count")
                next_run_at = src_dict_get("next_run_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (id is None or type(id) is str)
                and (pipeline_id is None or type(pipeline_id) is str)
                and (cron_expression is None or type(cron_expression) is str)
                and (timezone is None or type(timezone) is str)
                and (enabled is None or type(enabled) is bool)
                and (status is None or type(status) is str)
                and (max_runs is None or type(max_runs) is int)
                and (timeout_minutes is None or type(timeout_minutes) is int)
                and (run_count is None or type(run_count) is int)
                and (next_run_at is None or type(next_run_at) is str)
            ):
                _scheduled_pipeline = cls(
                    UNSET if id is None else id,
                    UNSET if pipeline_id is None else pipeline_id,
                    UNSET if cron_expression is None else cron_expression,
                    UNSET if timezone is None else timezone,
                    UNSET if enabled is None else enabled,
                    UNSET if status is None else status,
                    UNSET if max_runs is None else max_runs,
                    UNSET if timeout_minutes is None else timeout_minutes,
                    UNSET if run_count is None else run_count,
                    UNSET if next_run_at is None else datetime.datetime.fromisoformat(next_run_at),
                )
                if src_dict_extra:
                    _scheduled_pipeline.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _scheduled_pipeline
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
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
