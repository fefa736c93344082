from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget import DashboardWidget
    from ..models.update_dashboard_request_layout import UpdateDashboardRequestLayout


def _convert_layout(
    value: UpdateDashboardRequestLayout | Mapping[str, Any] | Unset,
) -> UpdateDashboardRequestLayout | Unset:
    """Take a plain mapping too."""
    from ..models.update_dashboard_request_layout import UpdateDashboardRequestLayout  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (
            value if isinstance(value, UpdateDashboardRequestLayout) else UpdateDashboardRequestLayout.from_dict(value)
        )
    )


_KEYS = frozenset(
    (
        "name",
        "description",
        "widgets",
        "layout",
    )
)
_FIELDS = operator.itemgetter("name", "description", "widgets", "layout")


T = TypeVar("T", bound="UpdateDashboardRequest")


@_attrs_define
class UpdateDashboardRequest:
    """Changes to a dashboard; fields left out keep their value.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        widgets (list[DashboardWidget] | Unset): The complete new list of widgets.
        layout (UpdateDashboardRequestLayout | Unset): Layout settings of the dashboard grid (columns, row height, ...).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    widgets: list[DashboardWidget] | Unset = UNSET
    layout: UpdateDashboardRequestLayout | Unset = _attrs_field(default=UNSET, converter=_convert_layout)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if layout is not UNSET:
            field_dict["layout"] = layout

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.dashboard_widget import DashboardWidget  # noqa: PLC0415

        return {
            "widgets": DashboardWidget.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_widget import DashboardWidget  # noqa: PLC0415
        from ..models.update_dashboard_request_layout import UpdateDashboardRequestLayout  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    name, description, widgets, layout = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                name = src_dict_get("name")
                description = src_dict_get("description")
                widgets = src_dict_get("widgets")
                layout = src_dict_get("layout")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (name is None or type(name) is str)
                and (description is None or type(description) is str)
                and (widgets is None or type(widgets) is list)
                and (layout is None or type(layout) is dict)
            ):
                _update_dashboard_request = cls(
                    UNSET if name is None else name,
                    UNSET if description is None else description,
                    UNSET if widgets is None else list(map(DashboardWidget.from_dict, widgets)),
                    UNSET if layout is None else UpdateDashboardRequestLayout.from_dict(layout),
                )
                if src_dict_extra:
                    _update_dashboard_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _update_dashboard_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.dashboard_widget import DashboardWidget  # noqa: PLC0415
        from ..models.update_dashboard_request_layout import UpdateDashboardRequestLayout  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            _widgets = _decode.expect(_decode.unset_if_null(d.pop("widgets", None)), list)
            widgets: list[DashboardWidget] | Unset = UNSET
            if _widgets is not UNSET:
                widgets = []
                for widgets_index, widgets_item_data in enumerate(_widgets):
                    try:
                        widgets_item = DashboardWidget.from_dict(widgets_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, widgets_index)
                    widgets.append(widgets_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "widgets")

        try:
            _layout = _decode.unset_if_null(d.pop("layout", None))
            layout: UpdateDashboardRequestLayout | Unset
            if isinstance(_layout, Unset):
                layout = UNSET
            else:
                layout = UpdateDashboardRequestLayout.from_dict(_layout)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "layout")

        _update_dashboard_request = cls(
            name=name,
            description=description,
            widgets=widgets,
            layout=layout,
        )

        _update_dashboard_request.additional_properties = d
        return _update_dashboard_request

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
