from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_preview_request_config import WidgetPreviewRequestConfig


def _convert_config(value: WidgetPreviewRequestConfig | Mapping[str, Any]) -> WidgetPreviewRequestConfig:
    """Take a plain mapping too."""
    from ..models.widget_preview_request_config import WidgetPreviewRequestConfig  # noqa: PLC0415

    return value if isinstance(value, WidgetPreviewRequestConfig) else WidgetPreviewRequestConfig.from_dict(value)


_KEYS = frozenset(
    (
        "type",
        "config",
        "study_id",
        "data_source_id",
    )
)
_FIELDS = operator.itemgetter("type", "config", "study_id", "data_source_id")


T = TypeVar("T", bound="WidgetPreviewRequest")


@_attrs_define
class WidgetPreviewRequest:
    """A widget configuration to render on sample data.

    Attributes:
        type_ (str): Widget type (see `GET /widget-types`).
        config (WidgetPreviewRequestConfig): The widget configuration; its shape depends on the widget type.
        study_id (str | Unset): Study whose data is sampled.
        data_source_id (str | Unset): Data source whose data is sampled.
    """

    type_: str
    config: WidgetPreviewRequestConfig = _attrs_field(converter=_convert_config)
    study_id: str | Unset = UNSET
    data_source_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        config = self.config.to_dict()

        study_id = self.study_id

        data_source_id = self.data_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "config": config,
            }
        )
        if study_id is not UNSET:
            field_dict["study_id"] = study_id
        if data_source_id is not UNSET:
            field_dict["data_source_id"] = data_source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_preview_request_config import WidgetPreviewRequestConfig  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    type_, config, study_id, data_source_id = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                type_ = src_dict["type"]
                config = src_dict["config"]
                study_id = src_dict_get("study_id")
                data_source_id = src_dict_get("data_source_id")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(type_) is str
                and type(config) is dict
                and (study_id is None or type(study_id) is str)
                and (data_source_id is None or type(data_source_id) is str)
            ):
                _widget_preview_request = cls(
                    type_,
                    WidgetPreviewRequestConfig.from_dict(config),
                    UNSET if study_id is None else study_id,
                    UNSET if data_source_id is None else data_source_id,
                )
                if src_dict_extra:
                    _widget_preview_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _widget_preview_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.widget_preview_request_config import WidgetPreviewRequestConfig  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            type_ = _decode.expect(d.pop("type"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            config = WidgetPreviewRequestConfig.from_dict(d.pop("config"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "config")

        try:
            study_id = _decode.optional(d.pop("study_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "study_id")

        try:
            data_source_id = _decode.optional(d.pop("data_source_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data_source_id")

        _widget_preview_request = cls(
            type_=type_,
            config=config,
            study_id=study_id,
            data_source_id=data_source_id,
        )

        _widget_preview_request.additional_properties = d
        return _widget_preview_request

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
