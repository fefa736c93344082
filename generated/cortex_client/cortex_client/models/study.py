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
        "name",
        "protocol_number",
        "status",
        "created_at",
    )
)
_FIELDS = operator.itemgetter("id", "name", "protocol_number", "status", "created_at")


T = TypeVar("T", bound="Study")


@_attrs_define
class Study:
    """A clinical study (inferred; the seed only counts them).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        protocol_number (str | Unset): Sponsor's protocol identifier.
        status (str | Unset): Conduct status of the study.
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    protocol_number: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        protocol_number = self.protocol_number

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_number is not UNSET:
            field_dict["protocol_number"] = protocol_number
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    id, name, protocol_number, status, created_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                id = src_dict_get("id")
                name = src_dict_get("name")
                protocol_number = src_dict_get("protocol_number")
                status = src_dict_get("status")
                created_at = src_dict_get("created_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (id is None or type(id) is str)
                and (name is None or type(name) is str)
                and (protocol_number is None or type(protocol_number) is str)
                and (status is None or type(status) is str)
                and (created_at is None or type(created_at) is str)
            ):
                _study = cls(
                    UNSET if id is None else id,
                    UNSET if name is None else name,
                    UNSET if protocol_number is None else protocol_number,
                    UNSET if status is None else status,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                )
                if src_dict_extra:
                    _study.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _study
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
            protocol_number = _decode.optional(d.pop("protocol_number", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "protocol_number")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        _study = cls(
            id=id,
            name=name,
            protocol_number=protocol_number,
            status=status,
            created_at=created_at,
        )

        _study.additional_properties = d
        return _study

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
