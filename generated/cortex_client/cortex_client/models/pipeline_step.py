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
    from ..models.pipeline_step_config import PipelineStepConfig


def _convert_config(value: PipelineStepConfig | Mapping[str, Any]) -> PipelineStepConfig:
    """Take a plain mapping too."""
    from ..models.pipeline_step_config import PipelineStepConfig  # noqa: PLC0415

    return value if isinstance(value, PipelineStepConfig) else PipelineStepConfig.from_dict(value)


_KEYS = frozenset(
    (
        "id",
        "type",
        "config",
        "dependencies",
    )
)
_FIELDS = operator.itemgetter("id", "type", "config", "dependencies")


T = TypeVar("T", bound="PipelineStep")


@_attrs_define
class PipelineStep:
    """One step of an ETL pipeline, as the seed's `PipelineStep` interface sends it.

    Attributes:
        id (str): Identifier of the step, unique within the pipeline.
        type_ (PipelineStepType): What a pipeline step does (the seed's `PipelineStep.type` union, complete).
        config (PipelineStepConfig): Step-specific configuration.
        dependencies (list[str] | Unset): Ids of the steps that must finish before this one starts.
    """

    id: str
    type_: PipelineStepType = _attrs_field(converter=PipelineStepType)
    config: PipelineStepConfig = _attrs_field(converter=_convert_config)
    dependencies: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = PipelineStepType(self.type_).value

        config = self.config.to_dict()

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "config": config,
            }
        )
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_step_config import PipelineStepConfig  # noqa: PLC0415

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
                id = src_dict["id"]
                type_ = src_dict["type"]
                config = src_dict["config"]
                dependencies = src_dict_get("dependencies")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(id) is str
                and type(type_) is str
                and type(config) is dict
                and (dependencies is None or type(dependencies) is list)
            ):
                _pipeline_step = cls(
                    id,
                    PipelineStepType.decode(type_),
                    PipelineStepConfig.from_dict(config),
                    UNSET if dependencies is None else dependencies,
                )
                if src_dict_extra:
                    _pipeline_step.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pipeline_step
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.pipeline_step_config import PipelineStepConfig  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            id = _decode.expect(d.pop("id"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "id")

        try:
            type_ = PipelineStepType.decode(d.pop("type"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            config = PipelineStepConfig.from_dict(d.pop("config"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "config")

        try:
            dependencies = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("dependencies", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dependencies")

        _pipeline_step = cls(
            id=id,
            type_=type_,
            config=config,
            dependencies=dependencies,
        )

        _pipeline_step.additional_properties = d
        return _pipeline_step

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
