from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="RegisterResponse")


@_attrs_define
class RegisterResponse:
    """Result of a successful registration.

    Attributes:
        user (User): A user account. The seed reads `id` (line 265), `name` and `email` (line 309); the other fields are
            inferred, and servers may send more.
    """

    user: User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            user = User.from_dict(d.pop("user"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "user")

        _register_response = cls(
            user=user,
        )

        _register_response.additional_properties = d
        return _register_response

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
