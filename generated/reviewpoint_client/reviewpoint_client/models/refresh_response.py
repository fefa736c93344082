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
        "expires_in",
        "token_type",
        "refresh_token",
    )
)
_FIELDS = operator.itemgetter("access_token", "expires_in", "token_type", "refresh_token")


T = TypeVar("T", bound="RefreshResponse")


@_attrs_define
class RefreshResponse:
    """Tokens issued on refresh.

    Attributes:
        access_token (str): New JWT access token.
        expires_in (int): Lifetime of the new access token in seconds.
        token_type (str | Unset): Token type of issued access tokens (OAuth2 convention, usually `bearer`; the seed
            never reads it).
        refresh_token (str | Unset): New refresh token, present only when the server rotates refresh tokens.
    """

    access_token: str = _attrs_field(repr=_repr.masked)
    expires_in: int
    token_type: str | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_repr.masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (access_token, refresh_token) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    access_token, expires_in, token_type, refresh_token = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                access_token = src_dict["access_token"]
                expires_in = src_dict["expires_in"]
                token_type = src_dict_get("token_type")
                refresh_token = src_dict_get("refresh_token")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(access_token) is str
                and type(expires_in) is int
                and (token_type is None or type(token_type) is str)
                and (refresh_token is None or type(refresh_token) is str)
            ):
                _refresh_response = cls(
                    access_token,
                    expires_in,
                    UNSET if token_type is None else token_type,
                    UNSET if refresh_token is None else refresh_token,
                )
                if src_dict_extra:
                    _refresh_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _refresh_response
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
            expires_in = _decode.expect(d.pop("expires_in"), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "expires_in")

        try:
            token_type = _decode.optional(d.pop("token_type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "token_type")

        try:
            refresh_token = _decode.optional(d.pop("refresh_token", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "refresh_token")

        _refresh_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
            refresh_token=refresh_token,
        )

        _refresh_response.additional_properties = d
        return _refresh_response

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
