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
    from ..models.pipeline_settings import PipelineSettings
    from ..models.pipeline_step_info import PipelineStepInfo


def _convert_settings(value: PipelineSettings | Mapping[str, Any] | Unset) -> PipelineSettings | Unset:
    """Take a plain mapping too."""
    from ..models.pipeline_settings import PipelineSettings  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, PipelineSettings) else PipelineSettings.from_dict(value))
    )


_KEYS = frozenset(
    (
        "id",
        "name",
        "description",
        "steps",
        "settings",
        "created_at",
    )
)
_FIELDS = operator.itemgetter("id", "name", "description", "steps", "settings", "created_at")


T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """An ETL pipeline (the seed names the type without defining or reading it).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        steps (list[PipelineStepInfo] | Unset):
        settings (PipelineSettings | Unset): Pipeline-wide settings (retries, concurrency, ...).
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    steps: list[PipelineStepInfo] | Unset = UNSET
    settings: PipelineSettings | Unset = _attrs_field(default=UNSET, converter=_convert_settings)
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if steps is not UNSET:
            field_dict["steps"] = steps
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.pipeline_step_info import PipelineStepInfo  # noqa: PLC0415

        return {
            "steps": PipelineStepInfo.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_settings import PipelineSettings  # noqa: PLC0415
        from ..models.pipeline_step_info import PipelineStepInfo  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 6
            if src_dict_all:
                try:
                    id, name, description, steps, settings, created_at = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 6
            else:
                src_dict_get = src_dict.get
                id = src_dict_get("id")
                name = src_dict_get("name")
                description = src_dict_get("description")
                steps = src_dict_get("steps")
                settings = src_dict_get("settings")
                created_at = src_dict_get("created_at")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (id is None or type(id) is str)
                and (name is None or type(name) is str)
                and (description is None or type(description) is str)
                and (steps is None or type(steps) is list)
                and (settings is None or type(settings) is dict)
                and (created_at is None or type(created_at) is str)
            ):
                _pipeline = cls(
                    UNSET if id is None else id,
                    UNSET if name is None else name,
                    UNSET if description is None else description,
                    UNSET if steps is None else list(map(PipelineStepInfo.from_dict, steps)),
                    UNSET if settings is None else PipelineSettings.from_dict(settings),
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                )
                if src_dict_extra:
                    _pipeline.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.pipeline_settings import PipelineSettings  # noqa: PLC0415
        from ..models.pipeline_step_info import PipelineStepInfo  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            description = _decode.optional(d.pop("description", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "description")

        try:
            _steps = _decode.expect(_decode.unset_if_null(d.pop("steps", None)), list)
            steps: list[PipelineStepInfo] | Unset = UNSET
            if _steps is not UNSET:
                steps = []
                for steps_index, steps_item_data in enumerate(_steps):
                    try:
                        steps_item = PipelineStepInfo.from_dict(steps_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, steps_index)
                    steps.append(steps_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "steps")

        try:
            _settings = _decode.unset_if_null(d.pop("settings", None))
            settings: PipelineSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = PipelineSettings.from_dict(_settings)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "settings")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        _pipeline = cls(
            id=id,
            name=name,
            description=description,
            steps=steps,
            settings=settings,
            created_at=created_at,
        )

        _pipeline.additional_properties = d
        return _pipeline

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
