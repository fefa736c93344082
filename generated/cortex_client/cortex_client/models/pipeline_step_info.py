from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.pipeline_step_type import PipelineStepType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_step_info_config import PipelineStepInfoConfig


def _convert_type_(value: str | Unset) -> PipelineStepType | Unset:
    """Take the plain value too (an unlisted one: ValueError)."""
    return value if isinstance(value, Unset) else PipelineStepType(value)


def _convert_config(value: PipelineStepInfoConfig | Mapping[str, Any] | Unset) -> PipelineStepInfoConfig | Unset:
    """Take a plain mapping too."""
    from ..models.pipeline_step_info_config import PipelineStepInfoConfig  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, PipelineStepInfoConfig) else PipelineStepInfoConfig.from_dict(value))
    )


_KEYS = frozenset(
    (
        "id",
        "type",
        "config",
        "dependencies",
    )
)
_FIELDS = operator.itemgetter("id", "type", "config", "dependencies")


T = TypeVar("T", bound="PipelineStepInfo")


@_attrs_define
class PipelineStepInfo:
    """A step of a created pipeline, as the server reports it back (nothing of it is read).

    Attributes:
        id (str | Unset): Identifier of the step, unique within the pipeline.
        type_ (PipelineStepType | Unset): What a pipeline step does (the seed's `PipelineStep.type` union, complete).
        config (PipelineStepInfoConfig | Unset): Step-specific configuration.
        dependencies (list[str] | Unset): Ids of the steps that must finish before this one starts.
    """

    id: str | Unset = UNSET
    type_: PipelineStepType | Unset = _attrs_field(default=UNSET, converter=_convert_type_)
    config: PipelineStepInfoConfig | Unset = _attrs_field(default=UNSET, converter=_convert_config)
    dependencies: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = PipelineStepType(self.type_).value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_step_info_config import PipelineStepInfoConfig  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    id, type_, config, dependencies = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                id = src_dict_get("id")
                type_ = src_dict_get("type")
                config = src_dict_get("config")
                dependencies = src_dict_get("dependencies")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (id is None or type(id) is str)
                and (type_ is None or type(type_) is str)
                and (config is None or type(config) is dict)
                and (dependencies is None or type(dependencies) is list)
            ):
                _pipeline_step_info = cls(
                    UNSET if id is None else id,
                    UNSET if type_ is None else PipelineStepType.decode(type_),
                    UNSET if config is None else PipelineStepInfoConfig.from_dict(config),
                    UNSET if dependencies is None else dependencies,
                )
                if src_dict_extra:
                    _pipeline_step_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_step_info
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.pipeline_step_info_config import PipelineStepInfoConfig  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            id = _decode.optional(d.pop("id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            _type_ = _decode.unset_if_null(d.pop("type", None))
            type_: PipelineStepType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PipelineStepType.decode(_type_)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            _config = _decode.unset_if_null(d.pop("config", None))
            config: PipelineStepInfoConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = PipelineStepInfoConfig.from_dict(_config)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "config")

        try:
            dependencies = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("dependencies", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dependencies")

        _pipeline_step_info = cls(
            id=id,
            type_=type_,
            config=config,
            dependencies=dependencies,
        )

        _pipeline_step_info.additional_properties = d
        return _pipeline_step_info

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
