from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user account. Every user carries the same set of fields.

    Attributes:
        id (int):
        email (str):
        name (str): Display name.
        is_active (bool): Whether the account is enabled and can log in.
        is_admin (bool): Whether the user has administrator rights.
        created_at (datetime.datetime): When the account was registered.
    """

    id: int
    email: str
    name: str
    is_active: bool
    is_admin: bool
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        is_active = self.is_active

        is_admin = self.is_admin

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "is_active": is_active,
                "is_admin": is_admin,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        is_active = d.pop("is_active")

        is_admin = d.pop("is_admin")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _user = cls(
            id=id,
            email=email,
            name=name,
            is_active=is_active,
            is_admin=is_admin,
            created_at=created_at,
        )

        return _user
