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
        "name",
    )
)
_FIELDS = operator.itemgetter("email", "password", "name")


T = TypeVar("T", bound="RegisterRequest")


@_attrs_define
class RegisterRequest:
    """New account details.

    Attributes:
        email (str): Email address; must not be registered already.
        password (str): At least 8 characters, with an uppercase letter, a lowercase letter and a digit.
        name (str): Display name, at least 2 characters after trimming whitespace.
    """

    email: str
    password: str = _attrs_field(repr=_repr.masked)
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (password) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    email, password, name = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                email = src_dict["email"]
                password = src_dict["password"]
                name = src_dict["name"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(email) is str and type(password) is str and type(name) is str:
                _register_request = cls(email, password, name)
                if src_dict_extra:
                    _register_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _register_request
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

        try:
            name = _decode.expect(d.pop("name"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        _register_request = cls(
            email=email,
            password=password,
            name=name,
        )

        _register_request.additional_properties = d
        return _register_request

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
