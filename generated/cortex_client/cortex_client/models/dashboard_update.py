from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_update_changes import DashboardUpdateChanges


def _convert_changes(value: DashboardUpdateChanges | Mapping[str, Any] | Unset) -> DashboardUpdateChanges | Unset:
    """Take a plain mapping too."""
    from ..models.dashboard_update_changes import DashboardUpdateChanges  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, DashboardUpdateChanges) else DashboardUpdateChanges.from_dict(value))
    )


_KEYS = frozenset(
    (
        "dashboard_id",
        "change_type",
        "changes",
        "updated_at",
        "updated_by",
    )
)
_FIELDS = operator.itemgetter("dashboard_id", "change_type", "changes", "updated_at", "updated_by")


T = TypeVar("T", bound="DashboardUpdate")


@_attrs_define
class DashboardUpdate:
    """A change to a dashboard, pushed on the websocket channel `dashboard:{id}` (inferred; the seed logs it
    without reading a field).

        Attributes:
            dashboard_id (str | Unset):
            change_type (str | Unset): What changed.
            changes (DashboardUpdateChanges | Unset): The changed fields and their new values.
            updated_at (datetime.datetime | Unset):
            updated_by (str | Unset): Identifier of the user who made the change.
    """

    dashboard_id: str | Unset = UNSET
    change_type: str | Unset = UNSET
    changes: DashboardUpdateChanges | Unset = _attrs_field(default=UNSET, converter=_convert_changes)
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        change_type = self.change_type

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if change_type is not UNSET:
            field_dict["change_type"] = change_type
        if changes is not UNSET:
            field_dict["changes"] = changes
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_update_changes import DashboardUpdateChanges  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    dashboard_id, change_type, changes, updated_at, updated_by = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                dashboard_id = src_dict_get("dashboard_id")
                change_type = src_dict_get("change_type")
                changes = src_dict_get("changes")
                updated_at = src_dict_get("updated_at")
                updated_by = src_dict_get("updated_by")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (dashboard_id is None or type(dashboard_id) is str)
                and (change_type is None or type(change_type) is str)
                and (changes is None or type(changes) is dict)
                and (updated_at is None or type(updated_at) is str)
                and (updated_by is None or type(updated_by) is str)
            ):
                _dashboard_update = cls(
                    UNSET if dashboard_id is None else dashboard_id,
                    UNSET if change_type is None else change_type,
                    UNSET if changes is None else DashboardUpdateChanges.from_dict(changes),
                    UNSET if updated_at is None else datetime.datetime.fromisoformat(updated_at),
                    UNSET if updated_by is None else updated_by,
                )
                if src_dict_extra:
                    _dashboard_update.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _dashboard_update
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.dashboard_update_changes import DashboardUpdateChanges  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            dashboard_id = _decode.optional(d.pop("dashboard_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dashboard_id")

        try:
            change_type = _decode.optional(d.pop("change_type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "change_type")

        try:
            _changes = _decode.unset_if_null(d.pop("changes", None))
            changes: DashboardUpdateChanges | Unset
            if isinstance(_changes, Unset):
                changes = UNSET
            else:
                changes = DashboardUpdateChanges.from_dict(_changes)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "changes")

        try:
            _updated_at = _decode.unset_if_null(d.pop("updated_at", None))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = _decode.parse_datetime(_updated_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "updated_at")

        try:
            updated_by = _decode.optional(d.pop("updated_by", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "updated_by")

        _dashboard_update = cls(
            dashboard_id=dashboard_id,
            change_type=change_type,
            changes=changes,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        _dashboard_update.additional_properties = d
        return _dashboard_update

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
