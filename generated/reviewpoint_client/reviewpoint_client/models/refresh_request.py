from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

_KEYS = frozenset(("refresh_token",))


T = TypeVar("T", bound="RefreshRequest")


@_attrs_define
class RefreshRequest:
    """Refresh token to exchange for a new access token.

    Attributes:
        refresh_token (str): Refresh token previously returned by login (or by a refresh that rotated it).
    """

    refresh_token: str = _attrs_field(repr=_repr.masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set, with the secrets (refresh_token) masked."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refresh_token": refresh_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            refresh_token = src_dict["refresh_token"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(refresh_token) is str:
                _refresh_request = cls(refresh_token)
                if src_dict_extra:
                    _refresh_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _refresh_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            refresh_token = _decode.expect(d.pop("refresh_token"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "refresh_token")

        _refresh_request = cls(
            refresh_token=refresh_token,
        )

        _refresh_request.additional_properties = d
        return _refresh_request

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
