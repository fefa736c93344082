from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_layout import DashboardLayout
    from ..models.dashboard_widget import DashboardWidget


def _convert_layout(value: DashboardLayout | Mapping[str, Any] | Unset) -> DashboardLayout | Unset:
    """Take a plain mapping too."""
    from ..models.dashboard_layout import DashboardLayout  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, DashboardLayout) else DashboardLayout.from_dict(value))
    )


_KEYS = frozenset(
    (
        "id",
        "widgets",
        "name",
        "description",
        "study_id",
        "layout",
        "created_at",
        "updated_at",
    )
)
_FIELDS = operator.itemgetter("id", "widgets", "name", "description", "study_id", "layout", "created_at", "updated_at")


T = TypeVar("T", bound="Dashboard")


@_attrs_define
class Dashboard:
    """A dashboard of a study.

    Attributes:
        id (str):
        widgets (list[DashboardWidget]):
        name (str | Unset):
        description (str | Unset):
        study_id (str | Unset): Study the dashboard reports on.
        layout (DashboardLayout | Unset): Layout settings of the dashboard grid (columns, row height, ...).
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    widgets: list[DashboardWidget]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    study_id: str | Unset = UNSET
    layout: DashboardLayout | Unset = _attrs_field(default=UNSET, converter=_convert_layout)
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        name = self.name

        description = self.description

        study_id = self.study_id

        layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "widgets": widgets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if study_id is not UNSET:
            field_dict["study_id"] = study_id
        if layout is not UNSET:
            field_dict["layout"] = layout
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
        from ..models.dashboard_layout import DashboardLayout  # noqa: PLC0415
        from ..models.dashboard_widget import DashboardWidget  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 8
            if src_dict_all:
                try:
                    id, widgets, name, description, study_id, layout, created_at, updated_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 8
            else:
                src_dict_get = src_dict.get
                id = src_dict["id"]
                widgets = src_dict["widgets"]
                name = src_dict_get("name")
                description = src_dict_get("description")
                study_id = src_dict_get("study_id")
                layout = src_dict_get("layout")
                created_at = src_dict_get("created_at")
                updated_at = src_dict_get("updated_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(id) is str
                and type(widgets) is list
                and (name is None or type(name) is str)
                and (description is None or type(description) is str)
                and (study_id is None or type(study_id) is str)
                and (layout is None or type(layout) is dict)
                and (created_at is None or type(created_at) is str)
                and (updated_at is None or type(updated_at) is str)
            ):
                _dashboard = cls(
                    id,
                    list(map(DashboardWidget.from_dict, widgets)),
                    UNSET if name is None else name,
                    UNSET if description is None else description,
                    UNSET if study_id is None else study_id,
                    UNSET if layout is None else DashboardLayout.from_dict(layout),
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                    UNSET if updated_at is None else datetime.datetime.fromisoformat(updated_at),
                )
                if src_dict_extra:
                    _dashboard.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _dashboard
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.dashboard_layout import DashboardLayout  # noqa: PLC0415
        from ..models.dashboard_widget import DashboardWidget  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            id = _decode.expect(d.pop("id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            widgets = []
            for widgets_index, widgets_item_data in enumerate(_decode.expect(d.pop("widgets"), list)):
                try:
                    widgets_item = DashboardWidget.from_dict(widgets_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, widgets_index)
                widgets.append(widgets_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "widgets")

        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            study_id = _decode.optional(d.pop("study_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "study_id")

        try:
            _layout = _decode.unset_if_null(d.pop("layout", None))
            layout: DashboardLayout | Unset
            if isinstance(_layout, Unset):
                layout = UNSET
            else:
                layout = DashboardLayout.from_dict(_layout)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "layout")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        try:
            _updated_at = _decode.unset_if_null(d.pop("updated_at", None))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = _decode.parse_datetime(_updated_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "updated_at")

        _dashboard = cls(
            id=id,
            widgets=widgets,
            name=name,
            description=description,
            study_id=study_id,
            layout=layout,
            created_at=created_at,
            updated_at=updated_at,
        )

        _dashboard.additional_properties = d
        return _dashboard

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
