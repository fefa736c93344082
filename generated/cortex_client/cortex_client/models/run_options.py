from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_options_parameters import RunOptionsParameters


def _convert_parameters(value: RunOptionsParameters | Mapping[str, Any] | Unset) -> RunOptionsParameters | Unset:
    """Take a plain mapping too."""
    from ..models.run_options_parameters import RunOptionsParameters  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, RunOptionsParameters) else RunOptionsParameters.from_dict(value))
    )


_KEYS = frozenset(
    (
        "parameters",
        "dry_run",
    )
)
_FIELDS = operator.itemgetter("parameters", "dry_run")


T = TypeVar("T", bound="RunOptions")


@_attrs_define
class RunOptions:
    """How to run a pipeline (the seed names `RunOptions` without defining it).

    Attributes:
        parameters (RunOptionsParameters | Unset): Run-time parameters passed to the steps.
        dry_run (bool | Unset): Validate and extract without loading anything. Default: False.
    """

    parameters: RunOptionsParameters | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_options_parameters import RunOptionsParameters  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    parameters, dry_run = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                parameters = src_dict_get("parameters")
                dry_run = src_dict_get("dry_run")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (parameters is None or type(parameters) is dict) and (dry_run is None or type(dry_run) is bool):
                _run_options = cls(
                    UNSET if parameters is None else RunOptionsParameters.from_dict(parameters),
                    UNSET if dry_run is None else dry_run,
                )
                if src_dict_extra:
                    _run_options.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _run_options
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.run_options_parameters import RunOptionsParameters  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _parameters = _decode.unset_if_null(d.pop("parameters", None))
            parameters: RunOptionsParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = RunOptionsParameters.from_dict(_parameters)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "parameters")

        try:
            dry_run = _decode.optional(d.pop("dry_run", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "dry_run")

        _run_options = cls(
            parameters=parameters,
            dry_run=dry_run,
        )

        _run_options.additional_properties = d
        return _run_options

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
