from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import UNSET, Unset

_FIELDS = operator.itemgetter("grant_type", "client_id", "code", "redirect_uri", "refresh_token")


T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Form body of the OAuth 2.0 token endpoint. Closed on purpose: RFC 6749 (4.1.3, 6) defines the
    parameters of this request, and a form body cannot carry the non-string values an open schema allows.

        Attributes:
            grant_type (TokenRequestGrantType): `authorization_code` to redeem a code, `refresh_token` to refresh.
            client_id (str): Identifier of the registered OAuth client.
            code (str | Unset): Authorization code from the `/oauth/authorize` redirect (authorization_code grant).
            redirect_uri (str | Unset): The `redirect_uri` used in the authorization request (authorization_code grant).
            refresh_token (str | Unset): Refresh token previously issued by this endpoint (refresh_token grant).
    """

    grant_type: TokenRequestGrantType = _attrs_field(converter=TokenRequestGrantType)
    client_id: str
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_repr.masked)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (refresh_token) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        grant_type = TokenRequestGrantType(self.grant_type).value

        client_id = self.client_id

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    grant_type, client_id, code, redirect_uri, refresh_token = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if not src_dict_all:
                src_dict_get = src_dict.get
                grant_type = src_dict["grant_type"]
                client_id = src_dict["client_id"]
                code = src_dict_get("code")
                redirect_uri = src_dict_get("redirect_uri")
                refresh_token = src_dict_get("refresh_token")
            if (
                type(grant_type) is str
                and type(client_id) is str
                and (code is None or type(code) is str)
                and (redirect_uri is None or type(redirect_uri) is str)
                and (refresh_token is None or type(refresh_token) is str)
            ):
                _token_request = cls(
                    TokenRequestGrantType.decode(grant_type),
                    client_id,
                    UNSET if code is None else code,
                    UNSET if redirect_uri is None else redirect_uri,
                    UNSET if refresh_token is None else refresh_token,
                )
                return _token_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            grant_type = TokenRequestGrantType.decode(d.pop("grant_type"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "grant_type")

        try:
            client_id = _decode.expect(d.pop("client_id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "client_id")

        try:
            code = _decode.optional(d.pop("code", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "code")

        try:
            redirect_uri = _decode.optional(d.pop("redirect_uri", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "redirect_uri")

        try:
            refresh_token = _decode.optional(d.pop("refresh_token", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "refresh_token")

        _token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            code=code,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
        )

        return _token_request
