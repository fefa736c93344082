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
        "access_token",
        "refresh_token",
        "expires_in",
    )
)
_FIELDS = operator.itemgetter("access_token", "refresh_token", "expires_in")


T = TypeVar("T", bound="RefreshTokenResponse")


@_attrs_define
class RefreshTokenResponse:
    """A new access token issued by `POST /auth/refresh`.

    Attributes:
        access_token (str): New JWT access token.
        refresh_token (str | Unset): A rotated refresh token, when the server rotates them.
        expires_in (int | Unset): Lifetime of the access token, in seconds.
    """

    access_token: str = _attrs_field(repr=_repr.masked)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_repr.masked)
    expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (access_token, refresh_token) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    access_token, refresh_token, expires_in = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                access_token = src_dict["access_token"]
                refresh_token = src_dict_get("refresh_token")
                expires_in = src_dict_get("expires_in")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(access_token) is str
                and (refresh_token is None or type(refresh_token) is str)
                and (expires_in is None or type(expires_in) is int)
            ):
                _refresh_token_response = cls(
                    access_token,
                    UNSET if refresh_token is None else refresh_token,
                    UNSET if expires_in is None else expires_in,
                )
                if src_dict_extra:
                    _refresh_token_response.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _refresh_token_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            access_token = _decode.expect(d.pop("access_token"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "access_token")

        try:
            refresh_token = _decode.optional(d.pop("refresh_token", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "refresh_token")

        try:
            expires_in = _decode.optional(d.pop("expires_in", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "expires_in")

        _refresh_token_response = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in=expires_in,
        )

        _refresh_token_response.additional_properties = d
        return _refresh_token_response

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
