from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_render_options import ExportRenderOptions


_KEYS = frozenset(
    (
        "type",
        "dashboard_id",
        "format",
        "options",
    )
)
_FIELDS = operator.itemgetter("type", "dashboard_id", "format", "options")


T = TypeVar("T", bound="ExportRequest")


@_attrs_define
class ExportRequest:
    """A new export job.

    Attributes:
        type_ (str): What is exported; the seed exports dashboards.
        dashboard_id (str):
        format_ (str): File format of an export. The seed shows `pdf` and `excel`; other formats may exist.
        options (ExportRenderOptions | Unset): Rendering options of an export job, the `options` object the seed sends
            to `POST /exports`.
    """

    type_: str
    dashboard_id: str
    format_: str
    options: ExportRenderOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        dashboard_id = self.dashboard_id

        format_ = self.format_

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "dashboard_id": dashboard_id,
                "format": format_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_render_options import ExportRenderOptions  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    type_, dashboard_id, format_, options = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                type_ = src_dict["type"]
                dashboard_id = src_dict["dashboard_id"]
                format_ = src_dict["format"]
                options = src_dict_get("options")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(type_) is str
                and type(dashboard_id) is str
                and type(format_) is str
                and (options is None or type(options) is dict)
            ):
                _export_request = cls(
                    type_, dashboard_id, format_, UNSET if options is None else ExportRenderOptions.from_dict(options)
                )
                if src_dict_extra:
                    _export_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _export_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.export_render_options import ExportRenderOptions  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            type_ = _decode.expect(d.pop("type"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            dashboard_id = _decode.expect(d.pop("dashboard_id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dashboard_id")

        try:
            format_ = _decode.expect(d.pop("format"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "format")

        try:
            _options = _decode.unset_if_null(d.pop("options", None))
            options: ExportRenderOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = ExportRenderOptions.from_dict(_options)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "options")

        _export_request = cls(
            type_=type_,
            dashboard_id=dashboard_id,
            format_=format_,
            options=options,
        )

        _export_request.additional_properties = d
        return _export_request

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
