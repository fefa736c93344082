from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_config_settings import PipelineConfigSettings
    from ..models.pipeline_step import PipelineStep


def _convert_settings(value: PipelineConfigSettings | Mapping[str, Any] | Unset) -> PipelineConfigSettings | Unset:
    """Take a plain mapping too."""
    from ..models.pipeline_config_settings import PipelineConfigSettings  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, PipelineConfigSettings) else PipelineConfigSettings.from_dict(value))
    )


_KEYS = frozenset(
    (
        "name",
        "steps",
        "description",
        "settings",
    )
)
_FIELDS = operator.itemgetter("name", "steps", "description", "settings")


T = TypeVar("T", bound="PipelineConfig")


@_attrs_define
class PipelineConfig:
    """A new ETL pipeline.

    Attributes:
        name (str):
        steps (list[PipelineStep]):
        description (str | Unset):
        settings (PipelineConfigSettings | Unset): Pipeline-wide settings (retries, concurrency, ...).
    """

    name: str
    steps: list[PipelineStep]
    description: str | Unset = UNSET
    settings: PipelineConfigSettings | Unset = _attrs_field(default=UNSET, converter=_convert_settings)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        description = self.description

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "steps": steps,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.pipeline_step import PipelineStep  # noqa: PLC0415

        return {
            "steps": PipelineStep.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_config_settings import PipelineConfigSettings  # noqa: PLC0415
        from ..models.pipeline_step import PipelineStep  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    name, steps, description, settings = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                name = src_dict["name"]
                steps = src_dict["steps"]
                description = src_dict_get("description")
                settings = src_dict_get("settings")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(name) is str
                and type(steps) is list
                and (description is None or type(description) is str)
                and (settings is None or type(settings) is dict)
            ):
                _pipeline_config = cls(
                    name,
                    list(map(PipelineStep.from_dict, steps)),
                    UNSET if description is None else description,
                    UNSET if settings is None else PipelineConfigSettings.from_dict(settings),
                )
                if src_dict_extra:
                    _pipeline_config.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_config
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.pipeline_config_settings import PipelineConfigSettings  # noqa: PLC0415
        from ..models.pipeline_step import PipelineStep  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            name = _decode.expect(d.pop("name"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            steps = []
            for steps_index, steps_item_data in enumerate(_decode.expect(d.pop("steps"), list)):
                try:
                    steps_item = PipelineStep.from_dict(steps_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, steps_index)
                steps.append(steps_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "steps")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            _settings = _decode.unset_if_null(d.pop("settings", None))
            settings: PipelineConfigSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = PipelineConfigSettings.from_dict(_settings)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "settings")

        _pipeline_config = cls(
            name=name,
            steps=steps,
            description=description,
            settings=settings,
        )

        _pipeline_config.additional_properties = d
        return _pipeline_config

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
