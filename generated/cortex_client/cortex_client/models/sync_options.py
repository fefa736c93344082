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
        "full_sync",
        "since",
    )
)
_FIELDS = operator.itemgetter("full_sync", "since")


T = TypeVar("T", bound="SyncOptions")


@_attrs_define
class SyncOptions:
    """How to synchronise a data source.

    Attributes:
        full_sync (bool | Unset): Re-read everything instead of only the changes since the last sync. Default: False.
        since (datetime.datetime | Unset): Only pull records changed after this instant (incremental sync).
    """

    full_sync: bool | Unset = False
    since: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        full_sync = self.full_sync

        since: str | Unset = UNSET
        if not isinstance(self.since, Unset):
            since = self.since.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_sync is not UNSET:
            field_dict["full_sync"] = full_sync
        if since is not UNSET:
            field_dict["since"] = since

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    full_sync, since = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                full_sync = src_dict_get("full_sync")
                since = src_dict_get("since")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (full_sync is None or type(full_sync) is bool) and (since is None or type(since) is str):
                _sync_options = cls(
                    UNSET if full_sync is None else full_sync,
                    UNSET if since is None else datetime.datetime.fromisoformat(since),
                )
                if src_dict_extra:
                    _sync_options.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _sync_options
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            full_sync = _decode.optional(d.pop("full_sync", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "full_sync")

        try:
            _since = _decode.unset_if_null(d.pop("since", None))
            since: datetime.datetime | Unset
            if isinstance(_since, Unset):
                since = UNSET
            else:
                since = _decode.parse_datetime(_since)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "since")

        _sync_options = cls(
            full_sync=full_sync,
            since=since,
        )

        _sync_options.additional_properties = d
        return _sync_options

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
