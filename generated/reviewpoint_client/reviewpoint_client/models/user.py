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
        "email",
        "name",
        "is_active",
        "is_admin",
        "created_at",
    )
)
_FIELDS = operator.itemgetter("id", "email", "name", "is_active", "is_admin", "created_at")


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user account. The seed reads `id` (line 265), `name` and `email` (line 309); the other fields are
    inferred, and servers may send more.

        Attributes:
            id (int):
            email (str):
            name (str): Display name.
            is_active (bool | Unset): Whether the account is enabled and can log in.
            is_admin (bool | Unset): Whether the user has administrator rights.
            created_at (datetime.datetime | Unset): When the account was registered.
    """

    id: int
    email: str
    name: str
    is_active: bool | Unset = UNSET
    is_admin: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        is_active = self.is_active

        is_admin = self.is_admin

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 6
            if src_dict_all:
                try:
                    id, email, name, is_active, is_admin, created_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 6
            else:
                src_dict_get = src_dict.get
                id = src_dict["id"]
                email = src_dict["email"]
                name = src_dict["name"]
                is_active = src_dict_get("is_active")
                is_admin = src_dict_get("is_admin")
                created_at = src_dict_get("created_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(id) is int
                and type(email) is str
                and type(name) is str
                and (is_active is None or type(is_active) is bool)
                and (is_admin is None or type(is_admin) is bool)
                and (created_at is None or type(created_at) is str)
            ):
                _user = cls(
                    id,
                    email,
                    name,
                    UNSET if is_active is None else is_active,
                    UNSET if is_admin is None else is_admin,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                )
                if src_dict_extra:
                    _user.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _user
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            id = _decode.expect(d.pop("id"), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            email = _decode.expect(d.pop("email"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "email")

        try:
            name = _decode.expect(d.pop("name"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            is_active = _decode.optional(d.pop("is_active", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "is_active")

        try:
            is_admin = _decode.optional(d.pop("is_admin", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "is_admin")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        _user = cls(
            id=id,
            email=email,
            name=name,
            is_active=is_active,
            is_admin=is_admin,
            created_at=created_at,
        )

        _user.additional_properties = d
        return _user

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
