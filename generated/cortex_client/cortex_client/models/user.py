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
        "id",
        "email",
        "name",
        "role",
    )
)
_FIELDS = operator.itemgetter("id", "email", "name", "role")


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The authenticated user (the seed names the type, never its fields, and never reads it).

    Attributes:
        id (str | Unset): Identifier of the user.
        email (str | Unset):
        name (str | Unset): Display name.
        role (str | Unset): Role of the user on the platform (for example `analyst` or `admin`).
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    id, email, name, role = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                id = src_dict_get("id")
                email = src_dict_get("email")
                name = src_dict_get("name")
                role = src_dict_get("role")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (id is None or type(id) is str)
                and (email is None or type(email) is str)
                and (name is None or type(name) is str)
                and (role is None or type(role) is str)
            ):
                _user = cls(
                    UNSET if id is None else id,
                    UNSET if email is None else email,
                    UNSET if name is None else name,
                    UNSET if role is None else role,
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
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            email = _decode.optional(d.pop("email", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "email")

        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            role = _decode.optional(d.pop("role", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "role")

        _user = cls(
            id=id,
            email=email,
            name=name,
            role=role,
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
