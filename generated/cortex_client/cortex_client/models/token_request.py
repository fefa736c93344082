from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Form body of the OAuth 2.0 token endpoint.

    Attributes:
        grant_type (TokenRequestGrantType): `authorization_code` to redeem a code, `refresh_token` to refresh.
        client_id (str): Identifier of the registered OAuth client.
        code (str | Unset): Authorization code from the `/oauth/authorize` redirect (authorization_code grant).
        redirect_uri (str | Unset): The `redirect_uri` used in the authorization request (authorization_code grant).
        refresh_token (str | Unset): Refresh token previously issued by this endpoint (refresh_token grant).
    """

    grant_type: TokenRequestGrantType
    client_id: str
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields with the secrets (refresh_token) masked."""
        fields = [
            ("grant_type", False),
            ("client_id", False),
            ("code", False),
            ("redirect_uri", False),
            ("refresh_token", True),
        ]
        shown = ", ".join(f"{name}={'***' if secret else repr(getattr(self, name))}" for name, secret in fields)
        return f"{type(self).__name__}({shown})"

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        grant_type = TokenRequestGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        _token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            code=code,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
        )

        _token_request.additional_properties = d
        return _token_request

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
