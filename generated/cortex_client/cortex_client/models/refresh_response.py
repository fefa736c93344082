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
        "widget_id",
        "status",
        "refreshed_at",
    )
)
_FIELDS = operator.itemgetter("widget_id", "status", "refreshed_at")


T = TypeVar("T", bound="RefreshResponse")


@_attrs_define
class RefreshResponse:
    """Outcome of a widget refresh (inferred; the seed reads no field).

    Attributes:
        widget_id (str | Unset):
        status (str | Unset): Known values: `refreshed` when new data is ready, `queued` when it is being recomputed.
        refreshed_at (datetime.datetime | Unset): When the data was recomputed (absent while queued).
    """

    widget_id: str | Unset = UNSET
    status: str | Unset = UNSET
    refreshed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        widget_id = self.widget_id

        status = self.status

        refreshed_at: str | Unset = UNSET
        if not isinstance(self.refreshed_at, Unset):
            refreshed_at = self.refreshed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if widget_id is not UNSET:
            field_dict["widget_id"] = widget_id
        if status is not UNSET:
            field_dict["status"] = status
        if refreshed_at is not UNSET:
            field_dict["refreshed_at"] = refreshed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    widget_id, status, refreshed_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                widget_id = src_dict_get("widget_id")
                status = src_dict_get("status")
                refreshed_at = src_dict_get("refreshed_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (widget_id is None or type(widget_id) is str)
                and (status is None or type(status) is str)
                and (refreshed_at is None or type(refreshed_at) is str)
            ):
                _refresh_response = cls(
                    UNSET if widget_id is None else widget_id,
                    UNSET if status is None else status,
                    UNSET if refreshed_at is None else datetime.datetime.fromisoformat(refreshed_at),
                )
                if src_dict_extra:
                    _refresh_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _refresh_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            widget_id = _decode.optional(d.pop("widget_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "widget_id")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            _refreshed_at = _decode.unset_if_null(d.pop("refreshed_at", None))
            refreshed_at: datetime.datetime | Unset
            if isinstance(_refreshed_at, Unset):
                refreshed_at = UNSET
            else:
                refreshed_at = _decode.parse_datetime(_refreshed_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "refreshed_at")

        _refresh_response = cls(
            widget_id=widget_id,
            status=status,
            refreshed_at=refreshed_at,
        )

        _refresh_response.additional_properties = d
        return _refresh_response

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
