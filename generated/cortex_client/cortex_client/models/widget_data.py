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
    from ..models.widget_data_data import WidgetDataData


def _convert_data(value: WidgetDataData | Mapping[str, Any] | Unset) -> WidgetDataData | Unset:
    """Take a plain mapping too."""
    from ..models.widget_data_data import WidgetDataData  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, WidgetDataData) else WidgetDataData.from_dict(value))
    )


_KEYS = frozenset(
    (
        "widget_id",
        "data",
        "last_updated",
        "cached",
    )
)
_FIELDS = operator.itemgetter("widget_id", "data", "last_updated", "cached")


T = TypeVar("T", bound="WidgetData")


@_attrs_define
class WidgetData:
    """The computed data of one widget (inferred; the seed passes it on without reading a field).

    Attributes:
        widget_id (str | Unset): Identifier of the widget.
        data (WidgetDataData | Unset): The widget's data; its shape depends on the widget type (series, rows, a metric
            value, ...).
        last_updated (datetime.datetime | Unset): When the data was computed.
        cached (bool | Unset): Whether the data was served from the server-side cache.
    """

    widget_id: str | Unset = UNSET
    data: WidgetDataData | Unset = _attrs_field(default=UNSET, converter=_convert_data)
    last_updated: datetime.datetime | Unset = UNSET
    cached: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        widget_id = self.widget_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        cached = self.cached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if widget_id is not UNSET:
            field_dict["widget_id"] = widget_id
        if data is not UNSET:
            field_dict["data"] = data
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if cached is not UNSET:
            field_dict["cached"] = cached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_data_data import WidgetDataData  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    widget_id, data, last_updated, cached = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                widget_id = src_dict_get("widget_id")
                data = src_dict_get("data")
                last_updated = src_dict_get("last_updated")
                cached = src_dict_get("cached")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (widget_id is None or type(widget_id) is str)
                and (data is None or type(data) is dict)
                and (last_updated is None or type(last_updated) is str)
                and (cached is None or type(cached) is bool)
            ):
                _widget_data = cls(
                    UNSET if widget_id is None else widget_id,
                    UNSET if data is None else WidgetDataData.from_dict(data),
                    UNSET if last_updated is None else datetime.datetime.fromisoformat(last_updated),
                    UNSET if cached is None else cached,
                )
                if src_dict_extra:
                    _widget_data.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _widget_data
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.widget_data_data import WidgetDataData  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            widget_id = _decode.optional(d.pop("widget_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "widget_id")

        try:
            _data = _decode.unset_if_null(d.pop("data", None))
            data: WidgetDataData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = WidgetDataData.from_dict(_data)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        try:
            _last_updated = _decode.unset_if_null(d.pop("last_updated", None))
            last_updated: datetime.datetime | Unset
            if isinstance(_last_updated, Unset):
                last_updated = UNSET
            else:
                last_updated = _decode.parse_datetime(_last_updated)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "last_updated")

        try:
            cached = _decode.optional(d.pop("cached", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "cached")

        _widget_data = cls(
            widget_id=widget_id,
            data=data,
            last_updated=last_updated,
            cached=cached,
        )

        _widget_data.additional_properties = d
        return _widget_data

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
