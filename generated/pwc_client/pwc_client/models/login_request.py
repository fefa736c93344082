from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

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
