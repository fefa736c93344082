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
        "username",
        "password",
        "remember_me",
    )
)
_FIELDS = operator.itemgetter("username", "password", "remember_me")


T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """User credentials.

    Attributes:
        username (str):
        password (str):
        remember_me (bool | Unset): Ask for a longer-lived session. Default: False.
    """

    username: str
    password: str = _attrs_field(repr=_repr.masked)
    remember_me: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (password) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        remember_me = self.remember_me

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if remember_me is not UNSET:
            field_dict["remember_me"] = remember_me

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    username, password, remember_me = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                username = src_dict["username"]
                password = src_dict["password"]
                remember_me = src_dict_get("remember_me")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(username) is str and type(password) is str and (remember_me is None or type(remember_me) is bool):
                _login_request = cls(username, password, UNSET if remember_me is None else remember_me)
                if src_dict_extra:
                    _login_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _login_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            username = _decode.expect(d.pop("username"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "username")

        try:
            password = _decode.expect(d.pop("password"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "password")

        try:
            remember_me = _decode.optional(d.pop("remember_me", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "remember_me")

        _login_request = cls(
            username=username,
            password=password,
            remember_me=remember_me,
        )

        _login_request.additional_properties = d
        return _login_request

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
