from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

_KEYS = frozenset(
    (
        "email",
        "password",
    )
)
_FIELDS = operator.itemgetter("email", "password")


T = TypeVar("T", bound="LoginCredentials")


@_attrs_define
class LoginCredentials:
    """User credentials for `POST /auth/login`.

    Attributes:
        email (str):
        password (str):
    """

    email: str
    password: str = _attrs_field(repr=_repr.masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (password) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
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
                    email, password = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                email = src_dict["email"]
                password = src_dict["password"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(email) is str and type(password) is str:
                _login_credentials = cls(email, password)
                if src_dict_extra:
                    _login_credentials.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _login_credentials
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            email = _decode.expect(d.pop("email"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "email")

        try:
            password = _decode.expect(d.pop("password"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "password")

        _login_credentials = cls(
            email=email,
            password=password,
        )

        _login_credentials.additional_properties = d
        return _login_credentials

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
