from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="LoginResponse")


@_attrs_define
class LoginResponse:
    """Tokens issued on login.

    Attributes:
        access_token (str): JWT to send as `Authorization: Bearer <access_token>`.
        refresh_token (str): Long-lived token for `POST /api/v1/auth/refresh`.
        token_type (TokenType): Token type of issued access tokens (OAuth2 convention; always `bearer`).
        expires_in (int): Lifetime of the access token in seconds.
        user (User | Unset): A user account. Every user carries the same set of fields.
    """

    access_token: str
    refresh_token: str
    token_type: TokenType
    expires_in: int
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields with the secrets (access_token, refresh_token) masked."""
        fields = [
            ("access_token", True),
            ("refresh_token", True),
            ("token_type", False),
            ("expires_in", False),
            ("user", False),
        ]
        shown = ", ".join(f"{name}={'***' if secret else repr(getattr(self, name))}" for name, secret in fields)
        return f"{type(self).__name__}({shown})"

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type = self.token_type.value

        expires_in = self.expires_in

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "token_type": token_type,
                "expires_in": expires_in,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        token_type = TokenType(d.pop("token_type"))

        expires_in = d.pop("expires_in")

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        _login_response = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            token_type=token_type,
            expires_in=expires_in,
            user=user,
        )

        _login_response.additional_properties = d
        return _login_response

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
