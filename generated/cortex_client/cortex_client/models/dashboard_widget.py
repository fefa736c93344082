from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget_config import DashboardWidgetConfig
    from ..models.widget_position import WidgetPosition


def _convert_config(value: DashboardWidgetConfig | Mapping[str, Any] | Unset) -> DashboardWidgetConfig | Unset:
    """Take a plain mapping too."""
    from ..models.dashboard_widget_config import DashboardWidgetConfig  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, DashboardWidgetConfig) else DashboardWidgetConfig.from_dict(value))
    )


_KEYS = frozenset(
    (
        "id",
        "type",
        "title",
        "config",
        "position",
    )
)
_FIELDS = operator.itemgetter("id", "type", "title", "config", "position")


T = TypeVar("T", bound="DashboardWidget")


@_attrs_define
class DashboardWidget:
    """A widget placed on a dashboard; the seed reads its `id` (`widgets.map(w => w.id)`).

    Attributes:
        id (str): Identifier of the widget, unique within the dashboard.
        type_ (str | Unset): Widget type (see `GET /widget-types`).
        title (str | Unset):
        config (DashboardWidgetConfig | Unset): The widget configuration; its shape depends on the widget type.
        position (WidgetPosition | Unset): Placement of a widget on the dashboard grid, in grid units (inferred).
    """

    id: str
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    config: DashboardWidgetConfig | Unset = _attrs_field(default=UNSET, converter=_convert_config)
    position: WidgetPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if config is not UNSET:
            field_dict["config"] = config
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_widget_config import DashboardWidgetConfig  # noqa: PLC0415
        from ..models.widget_position import WidgetPosition  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    id, type_, title, config, position = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                id = src_dict["id"]
                type_ = src_dict_get("type")
                title = src_dict_get("title")
                config = src_dict_get("config")
                position = src_dict_get("position")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(id) is str
                and (type_ is None or type(type_) is str)
                and (title is None or type(title) is str)
                and (config is None or type(config) is dict)
                and (position is None or type(position) is dict)
            ):
                _dashboard_widget = cls(
                    id,
                    UNSET if type_ is None else type_,
                    UNSET if title is None else title,
                    UNSET if config is None else DashboardWidgetConfig.from_dict(config),
                    UNSET if position is None else WidgetPosition.from_dict(position),
                )
                if src_dict_extra:
                    _dashboard_widget.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _dashboard_widget
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.dashboard_widget_config import DashboardWidgetConfig  # noqa: PLC0415
        from ..models.widget_position import WidgetPosition  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            id = _decode.expect(d.pop("id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            type_ = _decode.optional(d.pop("type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            title = _decode.optional(d.pop("title", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "title")

        try:
            _config = _decode.unset_if_null(d.pop("config", None))
            config: DashboardWidgetConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = DashboardWidgetConfig.from_dict(_config)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "config")

        try:
            _position = _decode.unset_if_null(d.pop("position", None))
            position: WidgetPosition | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = WidgetPosition.from_dict(_position)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "position")

        _dashboard_widget = cls(
            id=id,
            type_=type_,
            title=title,
            config=config,
            position=position,
        )

        _dashboard_widget.additional_properties = d
        return _dashboard_widget

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
