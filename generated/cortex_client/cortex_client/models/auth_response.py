from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="AuthResponse")


@_attrs_define
class AuthResponse:
    """Tokens issued on login.

    Attributes:
        access_token (str): JWT to send as `Authorization: Bearer <token>`.
        refresh_token (str): Token to send as the bearer of `POST /auth/refresh` to obtain a new access token.
        expires_in (int): Lifetime of the access token, in seconds.
        user (User): The authenticated user.
    """

    access_token: str
    refresh_token: str
    expires_in: int
    user: User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields with the secrets (access_token, refresh_token) masked."""
        fields = [
            ("access_token", True),
            ("refresh_token", True),
            ("expires_in", False),
            ("user", False),
        ]
        shown = ", ".join(f"{name}={'***' if secret else repr(getattr(self, name))}" for name, secret in fields)
        return f"{type(self).__name__}({shown})"

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in": expires_in,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        expires_in = d.pop("expires_in")

        user = User.from_dict(d.pop("user"))

        _auth_response = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in=expires_in,
            user=user,
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
