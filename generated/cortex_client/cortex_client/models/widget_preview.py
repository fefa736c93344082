from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_preview_data import WidgetPreviewData


def _convert_data(value: WidgetPreviewData | Mapping[str, Any] | Unset) -> WidgetPreviewData | Unset:
    """Take a plain mapping too."""
    from ..models.widget_preview_data import WidgetPreviewData  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, WidgetPreviewData) else WidgetPreviewData.from_dict(value))
    )


_KEYS = frozenset(
    (
        "type",
        "sample_size",
        "data",
        "generated_at",
    )
)
_FIELDS = operator.itemgetter("type", "sample_size", "data", "generated_at")


T = TypeVar("T", bound="WidgetPreview")


@_attrs_define
class WidgetPreview:
    """A widget rendered on sample data (inferred; the seed reads no field).

    Attributes:
        type_ (str | Unset): Widget type.
        sample_size (int | Unset): Number of source records actually sampled.
        data (WidgetPreviewData | Unset): The preview data, shaped like `WidgetData.data`.
        generated_at (datetime.datetime | Unset):
    """

    type_: str | Unset = UNSET
    sample_size: int | Unset = UNSET
    data: WidgetPreviewData | Unset = _attrs_field(default=UNSET, converter=_convert_data)
    generated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sample_size = self.sample_size

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sample_size is not UNSET:
            field_dict["sample_size"] = sample_size
        if data is not UNSET:
            field_dict["data"] = data
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_preview_data import WidgetPreviewData  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    type_, sample_size, data, generated_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                type_ = src_dict_get("type")
                sample_size = src_dict_get("sample_size")
                data = src_dict_get("data")
                generated_at = src_dict_get("generated_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (type_ is None or type(type_) is str)
                and (sample_size is None or type(sample_size) is int)
                and (data is None or type(data) is dict)
                and (generated_at is None or type(generated_at) is str)
            ):
                _widget_preview = cls(
                    UNSET if type_ is None else type_,
                    UNSET if sample_size is None else sample_size,
                    UNSET if data is None else WidgetPreviewData.from_dict(data),
                    UNSET if generated_at is None else datetime.datetime.fromisoformat(generated_at),
                )
                if src_dict_extra:
                    _widget_preview.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _widget_preview
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.widget_preview_data import WidgetPreviewData  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            type_ = _decode.optional(d.pop("type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            sample_size = _decode.optional(d.pop("sample_size", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "sample_size")

        try:
            _data = _decode.unset_if_null(d.pop("data", None))
            data: WidgetPreviewData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = WidgetPreviewData.from_dict(_data)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        try:
            _generated_at = _decode.unset_if_null(d.pop("generated_at", None))
            generated_at: datetime.datetime | Unset
            if isinstance(_generated_at, Unset):
                generated_at = UNSET
            else:
                generated_at = _decode.parse_datetime(_generated_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "generated_at")

        _widget_preview = cls(
            type_=type_,
            sample_size=sample_size,
            data=data,
            generated_at=generated_at,
        )

        _widget_preview.additional_properties = d
        return _widget_preview

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
