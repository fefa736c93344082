from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

_KEYS = frozenset(
    (
        "username",
        "password",
    )
)
_FIELDS = operator.itemgetter("username", "password")


T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """
    Attributes:
        username (str):
        password (str):
    """

    username: str
    password: str = _attrs_field(repr=_repr.masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (password) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    username, password = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                username = src_dict["username"]
                password = src_dict["password"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(username) is str and type(password) is str:
                _login_request = cls(username, password)
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

        _login_request = cls(
            username=username,
            password=password,
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
