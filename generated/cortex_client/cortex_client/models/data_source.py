from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.data_source_type import DataSourceType
from ..types import UNSET, Unset


def _convert_type_(value: str | Unset) -> DataSourceType | Unset:
    """Take the plain value too (an unlisted one: ValueError)."""
    return value if isinstance(value, Unset) else DataSourceType(value)


_KEYS = frozenset(
    (
        "id",
        "name",
        "type",
        "status",
        "study_id",
        "created_at",
        "last_synced_at",
    )
)
_FIELDS = operator.itemgetter("id", "name", "type", "status", "study_id", "created_at", "last_synced_at")


T = TypeVar("T", bound="DataSource")


@_attrs_define
class DataSource:
    """A registered data source (the seed names the type without defining or reading it).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (DataSourceType | Unset): Kind of connection of a data source (the seed's `DataSourceConfig.type` union,
            complete).
        status (str | Unset): Connection health of the source.
        study_id (str | Unset): Study the source provides data for.
        created_at (datetime.datetime | Unset):
        last_synced_at (datetime.datetime | Unset): When the last synchronisation finished.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: DataSourceType | Unset = _attrs_field(default=UNSET, converter=_convert_type_)
    status: str | Unset = UNSET
    study_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_synced_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = DataSourceType(self.type_).value

        status = self.status

        study_id = self.study_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_synced_at: str | Unset = UNSET
        if not isinstance(self.last_synced_at, Unset):
            last_synced_at = self.last_synced_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if study_id is not UNSET:
            field_dict["study_id"] = study_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 7
            if src_dict_all:
                try:
                    id, name, type_, status, study_id, created_at, last_synced_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 7
            else:
                src_dict_get = src_dict.get
                id = src_dict_get("id")
                name = src_dict_get("name")
                type_ = src_dict_get("type")
                status = src_dict_get("status")
                study_id = src_dict_get("study_id")
                created_at = src_dict_get("created_at")
                last_synced_at = src_dict_get("last_synced_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (id is None or type(id) is str)
                and (name is None or type(name) is str)
                and (type_ is None or type(type_) is str)
                and (status is None or type(status) is str)
                and (study_id is None or type(study_id) is str)
                and (created_at is None or type(created_at) is str)
                and (last_synced_at is None or type(last_synced_at) is str)
            ):
                _data_source = cls(
                    UNSET if id is None else id,
                    UNSET if name is None else name,
                    UNSET if type_ is None else DataSourceType.decode(type_),
                    UNSET if status is None else status,
                    UNSET if study_id is None else study_id,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                    UNSET if last_synced_at is None else datetime.datetime.fromisoformat(last_synced_at),
                )
                if src_dict_extra:
                    _data_source.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_source
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
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            _type_ = _decode.unset_if_null(d.pop("type", None))
            type_: DataSourceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = DataSourceType.decode(_type_)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            study_id = _decode.optional(d.pop("study_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "study_id")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        try:
            _last_synced_at = _decode.unset_if_null(d.pop("last_synced_at", None))
            last_synced_at: datetime.datetime | Unset
            if isinstance(_last_synced_at, Unset):
                last_synced_at = UNSET
            else:
                last_synced_at = _decode.parse_datetime(_last_synced_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "last_synced_at")

        _data_source = cls(
            id=id,
            name=name,
            type_=type_,
            status=status,
            study_id=study_id,
            created_at=created_at,
            last_synced_at=last_synced_at,
        )

        _data_source.additional_properties = d
        return _data_source

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
