from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

_KEYS = frozenset(("email",))


T = TypeVar("T", bound="UserRegisteredData")


@_attrs_define
class UserRegisteredData:
    """Payload of a `user_registered` event; the server may add further user fields.

    Attributes:
        email (str): Email of the new user.
    """

    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            email = src_dict["email"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(email) is str:
                _user_registered_data = cls(email)
                if src_dict_extra:
                    _user_registered_data.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _user_registered_data
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

        _user_registered_data = cls(
            email=email,
        )

        _user_registered_data.additional_properties = d
        return _user_registered_data

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
