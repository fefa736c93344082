from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        full_sync = self.full_sync

        since: str | Unset = UNSET
        if not isinstance(self.since, Unset):
            since = self.since.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_sync is not UNSET:
            field_dict["full_sync"] = full_sync
        if since is not UNSET:
            field_dict["since"] = since

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_sync = d.pop("full_sync", UNSET)

        _since = d.pop("since", UNSET)
        since: datetime.datetime | Unset
        if isinstance(_since, Unset):
            since = UNSET
        else:
            since = datetime.datetime.fromisoformat(_since)

        _sync_options = cls(
            full_sync=full_sync,
            since=since,
        )

        return _sync_options
