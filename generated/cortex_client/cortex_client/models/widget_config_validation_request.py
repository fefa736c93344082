from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.widget_config_validation_request_config import WidgetConfigValidationRequestConfig


def _convert_config(
    value: WidgetConfigValidationRequestConfig | Mapping[str, Any],
) -> WidgetConfigValidationRequestConfig:
    """Take a plain mapping too."""
    from ..models.widget_config_validation_request_config import WidgetConfigValidationRequestConfig  # noqa: PLC0415

    return (
        value
        if isinstance(value, WidgetConfigValidationRequestConfig)
        else WidgetConfigValidationRequestConfig.from_dict(value)
    )


_KEYS = frozenset(
    (
        "type",
        "config",
    )
)
_FIELDS = operator.itemgetter("type", "config")


T = TypeVar("T", bound="WidgetConfigValidationRequest")


@_attrs_define
class WidgetConfigValidationRequest:
    """A widget configuration to validate.

    Attributes:
        type_ (str): Widget type the configuration is for (see `GET /widget-types`).
        config (WidgetConfigValidationRequestConfig): The widget configuration; its shape depends on the widget type.
    """

    type_: str
    config: WidgetConfigValidationRequestConfig = _attrs_field(converter=_convert_config)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_config_validation_request_config import WidgetConfigValidationRequestConfig  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    type_, config = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                type_ = src_dict["type"]
                config = src_dict["config"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(type_) is str and type(config) is dict:
                _widget_config_validation_request = cls(type_, WidgetConfigValidationRequestConfig.from_dict(config))
                if src_dict_extra:
                    _widget_config_validation_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _widget_config_validation_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.widget_config_validation_request_config import WidgetConfigValidationRequestConfig  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            type_ = _decode.expect(d.pop("type"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            config = WidgetConfigValidationRequestConfig.from_dict(d.pop("config"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "config")

        _widget_config_validation_request = cls(
            type_=type_,
            config=config,
        )

        _widget_config_validation_request.additional_properties = d
        return _widget_config_validation_request

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
