from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

_KEYS = frozenset(("dashboard_id",))


T = TypeVar("T", bound="RefreshWidgetRequest")


@_attrs_define
class RefreshWidgetRequest:
    """Which dashboard the refreshed widget belongs to.

    Attributes:
        dashboard_id (str):
    """

    dashboard_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dashboard_id": dashboard_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            dashboard_id = src_dict["dashboard_id"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(dashboard_id) is str:
                _refresh_widget_request = cls(dashboard_id)
                if src_dict_extra:
                    _refresh_widget_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _refresh_widget_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            dashboard_id = _decode.expect(d.pop("dashboard_id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dashboard_id")

        _refresh_widget_request = cls(
            dashboard_id=dashboard_id,
        )

        _refresh_widget_request.additional_properties = d
        return _refresh_widget_request

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
