from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_options_parameters import RunOptionsParameters


T = TypeVar("T", bound="RunOptions")


@_attrs_define
class RunOptions:
    """How to run a pipeline.

    Attributes:
        parameters (RunOptionsParameters | Unset): Run-time parameters passed to the steps.
        dry_run (bool | Unset): Validate and extract without loading anything. Default: False.
    """

    parameters: RunOptionsParameters | Unset = UNSET
    dry_run: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_options_parameters import RunOptionsParameters  # noqa: PLC0415

        d = dict(src_dict)
        _parameters = d.pop("parameters", UNSET)
        parameters: RunOptionsParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RunOptionsParameters.from_dict(_parameters)

        dry_run = d.pop("dry_run", UNSET)

        _run_options = cls(
            parameters=parameters,
            dry_run=dry_run,
        )

        return _run_options
