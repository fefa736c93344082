from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "include_data",
        "page_orientation",
    )
)
_FIELDS = operator.itemgetter("include_data", "page_orientation")


T = TypeVar("T", bound="ExportRenderOptions")


@_attrs_define
class ExportRenderOptions:
    """Rendering options of an export job, the `options` object the seed sends to `POST /exports`.

    Attributes:
        include_data (bool | Unset): Whether to include the widgets' underlying data (tables) besides the charts.
        page_orientation (str | Unset): Page orientation of paged formats (PDF). The seed sends `landscape`.
    """

    include_data: bool | Unset = UNSET
    page_orientation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        include_data = self.include_data

        page_orientation = self.page_orientation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_data is not UNSET:
            field_dict["include_data"] = include_data
        if page_orientation is not UNSET:
            field_dict["page_orientation"] = page_orientation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    include_data, page_orientation = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                include_data = src_dict_get("include_data")
                page_orientation = src_dict_get("page_orientation")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (include_data is None or type(include_data) is bool) and (
                page_orientation is None or type(page_orientation) is str
            ):
                _export_render_options = cls(
                    UNSET if include_data is None else include_data,
                    UNSET if page_orientation is None else page_orientation,
                )
                if src_dict_extra:
                    _export_render_options.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _export_render_options
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            include_data = _decode.optional(d.pop("include_data", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "include_data")

        try:
            page_orientation = _decode.optional(d.pop("page_orientation", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "page_orientation")

        _export_render_options = cls(
            include_data=include_data,
            page_orientation=page_orientation,
        )

        _export_render_options.additional_properties = d
        return _export_render_options

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
