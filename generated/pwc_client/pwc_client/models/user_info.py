from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "user_id",
        "username",
        "roles",
    )
)
_FIELDS = operator.itemgetter("user_id", "username", "roles")


T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """The authenticated user (the seed's interface names the fields; no code reads them).

    Attributes:
        user_id (str | Unset):
        username (str | Unset):
        roles (list[str] | Unset): Role names granted to the user.
    """

    user_id: str | Unset = UNSET
    username: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    user_id, username, roles = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                user_id = src_dict_get("user_id")
                username = src_dict_get("username")
                roles = src_dict_get("roles")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (user_id is None or type(user_id) is str)
                and (username is None or type(username) is str)
                and (roles is None or type(roles) is list)
            ):
                _user_info = cls(
                    UNSET if user_id is None else user_id,
                    UNSET if username is None else username,
                    UNSET if roles is None else roles,
                )
                if src_dict_extra:
                    _user_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _user_info
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            user_id = _decode.optional(d.pop("user_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "user_id")

        try:
            username = _decode.optional(d.pop("username", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "username")

        try:
            roles = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("roles", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "roles")

        _user_info = cls(
            user_id=user_id,
            username=username,
            roles=roles,
        )

        _user_info.additional_properties = d
        return _user_info

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
