from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pipeline_step_type import PipelineStepType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_step_config import PipelineStepConfig


T = TypeVar("T", bound="PipelineStep")


@_attrs_define
class PipelineStep:
    """One step of an ETL pipeline.

    Attributes:
        id (str): Identifier of the step, unique within the pipeline.
        type_ (PipelineStepType):
        config (PipelineStepConfig): Step-specific configuration.
        dependencies (list[str] | Unset): Ids of the steps that must finish before this one starts.
    """

    id: str
    type_: PipelineStepType
    config: PipelineStepConfig
    dependencies: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        config = self.config.to_dict()

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}

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

        d = dict(src_dict)
        id = d.pop("id")

        type_ = PipelineStepType(d.pop("type"))

        config = PipelineStepConfig.from_dict(d.pop("config"))

        dependencies = cast(list[str], d.pop("dependencies", UNSET))

        _pipeline_step = cls(
            id=id,
            type_=type_,
            config=config,
            dependencies=dependencies,
        )

        return _pipeline_step
