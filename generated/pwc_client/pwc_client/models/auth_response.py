from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


_KEYS = frozenset(
    (
        "access_token",
        "refresh_token",
        "token_type",
        "expires_in",
        "user_info",
    )
)
_FIELDS = operator.itemgetter("access_token", "refresh_token", "token_type", "expires_in", "user_info")


T = TypeVar("T", bound="AuthResponse")


@_attrs_define
class AuthResponse:
    """Tokens issued by login or refresh. The seed reads `access_token` unconditionally, `refresh_token` and
    `expires_in` with defaults, and never `token_type` or `user_info`.

        Attributes:
            access_token (str): JWT to send as `Authorization: Bearer <access_token>`.
            refresh_token (str | Unset): Token for `POST /api/v1/auth/refresh`; may be absent (e.g. on refresh).
            token_type (str | Unset): Token type, `bearer`.
            expires_in (int | Unset): Seconds until the access token expires (clients assume 86400 when absent).
            user_info (UserInfo | Unset): The authenticated user (the seed's interface names the fields; no code reads
                them).
    """

    access_token: str = _attrs_field(repr=_repr.masked)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_repr.masked)
    token_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    user_info: UserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (access_token, refresh_token) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type = self.token_type

        expires_in = self.expires_in

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if user_info is not UNSET:
            field_dict["user_info"] = user_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    access_token, refresh_token, token_type, expires_in, user_info = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                access_token = src_dict["access_token"]
                refresh_token = src_dict_get("refresh_token")
                token_type = src_dict_get("token_type")
                expires_in = src_dict_get("expires_in")
                user_info = src_dict_get("user_info")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(access_token) is str
                and (refresh_token is None or type(refresh_token) is str)
                and (token_type is None or type(token_type) is str)
                and (expires_in is None or type(expires_in) is int)
                and (user_info is None or type(user_info) is dict)
            ):
                _auth_response = cls(
                    access_token,
                    UNSET if refresh_token is None else refresh_token,
                    UNSET if token_type is None else token_type,
                    UNSET if expires_in is None else expires_in,
                    UNSET if user_info is None else UserInfo.from_dict(user_info),
                )
                if src_dict_extra:
                    _auth_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _auth_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.user_info import UserInfo  # noqa: PLC0415

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
            token_type = _decode.optional(d.pop("token_type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "token_type")

        try:
            expires_in = _decode.optional(d.pop("expires_in", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "expires_in")

        try:
            _user_info = _decode.unset_if_null(d.pop("user_info", None))
            user_info: UserInfo | Unset
            if isinstance(_user_info, Unset):
                user_info = UNSET
            else:
                user_info = UserInfo.from_dict(_user_info)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "user_info")

        _auth_response = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            token_type=token_type,
            expires_in=expires_in,
            user_info=user_info,
        )

        _auth_response.additional_properties = d
        return _auth_response

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
