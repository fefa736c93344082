from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_type_config_schema import WidgetTypeConfigSchema


def _convert_config_schema(value: WidgetTypeConfigSchema | Mapping[str, Any] | Unset) -> WidgetTypeConfigSchema | Unset:
    """Take a plain mapping too."""
    from ..models.widget_type_config_schema import WidgetTypeConfigSchema  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, WidgetTypeConfigSchema) else WidgetTypeConfigSchema.from_dict(value))
    )


_KEYS = frozenset(
    (
        "type",
        "name",
        "category",
        "description",
        "config_schema",
    )
)
_FIELDS = operator.itemgetter("type", "name", "category", "description", "config_schema")


T = TypeVar("T", bound="WidgetType")


@_attrs_define
class WidgetType:
    """A kind of widget that can be placed on a dashboard (inferred; the seed reads no field).

    Attributes:
        type_ (str | Unset): Identifier of the widget type, used as `type` in widget configurations.
        name (str | Unset): Display name.
        category (str | Unset): Category the type belongs to (for example `chart`, `table`, `metric`).
        description (str | Unset):
        config_schema (WidgetTypeConfigSchema | Unset): JSON Schema the widget's `config` must satisfy.
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    config_schema: WidgetTypeConfigSchema | Unset = _attrs_field(default=UNSET, converter=_convert_config_schema)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        category = self.category

        description = self.description

        config_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_schema, Unset):
            config_schema = self.config_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_type_config_schema import WidgetTypeConfigSchema  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    type_, name, category, description, config_schema = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                type_ = src_dict_get("type")
                name = src_dict_get("name")
                category = src_dict_get("category")
                description = src_dict_get("description")
                config_schema = src_dict_get("config_schema")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (type_ is None or type(type_) is str)
                and (name is None or type(name) is str)
                and (category is None or type(category) is str)
                and (description is None or type(description) is str)
                and (config_schema is None or type(config_schema) is dict)
            ):
                _widget_type = cls(
                    UNSET if type_ is None else type_,
                    UNSET if name is None else name,
                    UNSET if category is None else category,
                    UNSET if description is None else description,
                    UNSET if config_schema is None else WidgetTypeConfigSchema.from_dict(config_schema),
                )
                if src_dict_extra:
                    _widget_type.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _widget_type
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.widget_type_config_schema import WidgetTypeConfigSchema  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            type_ = _decode.optional(d.pop("type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            category = _decode.optional(d.pop("category", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "category")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            _config_schema = _decode.unset_if_null(d.pop("config_schema", None))
            config_schema: WidgetTypeConfigSchema | Unset
            if isinstance(_config_schema, Unset):
                config_schema = UNSET
            else:
                config_schema = WidgetTypeConfigSchema.from_dict(_config_schema)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "config_schema")

        _widget_type = cls(
            type_=type_,
            name=name,
            category=category,
            description=description,
            config_schema=config_schema,
        )

        _widget_type.additional_properties = d
        return _widget_type

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
