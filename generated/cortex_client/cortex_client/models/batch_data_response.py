from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.batch_data_response_errors import BatchDataResponseErrors
    from ..models.batch_data_response_results import BatchDataResponseResults


def _convert_results(value: BatchDataResponseResults | Mapping[str, Any]) -> BatchDataResponseResults:
    """Take a plain mapping too."""
    from ..models.batch_data_response_results import BatchDataResponseResults  # noqa: PLC0415

    return value if isinstance(value, BatchDataResponseResults) else BatchDataResponseResults.from_dict(value)


def _convert_errors(value: BatchDataResponseErrors | Mapping[str, Any]) -> BatchDataResponseErrors:
    """Take a plain mapping too."""
    from ..models.batch_data_response_errors import BatchDataResponseErrors  # noqa: PLC0415

    return value if isinstance(value, BatchDataResponseErrors) else BatchDataResponseErrors.from_dict(value)


_KEYS = frozenset(
    (
        "results",
        "errors",
    )
)
_FIELDS = operator.itemgetter("results", "errors")


T = TypeVar("T", bound="BatchDataResponse")


@_attrs_define
class BatchDataResponse:
    """Batch widget data; every requested widget id appears in `results` or in `errors`.

    Attributes:
        results (BatchDataResponseResults): Loaded data, keyed by widget id.
        errors (BatchDataResponseErrors): Failures, keyed by widget id.
    """

    results: BatchDataResponseResults = _attrs_field(converter=_convert_results)
    errors: BatchDataResponseErrors = _attrs_field(converter=_convert_errors)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        results = self.results.to_dict()

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_data_response_errors import BatchDataResponseErrors  # noqa: PLC0415
        from ..models.batch_data_response_results import BatchDataResponseResults  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    results, errors = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                results = src_dict["results"]
                errors = src_dict["errors"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(results) is dict and type(errors) is dict:
                _batch_data_response = cls(
                    BatchDataResponseResults.from_dict(results), BatchDataResponseErrors.from_dict(errors)
                )
                if src_dict_extra:
                    _batch_data_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _batch_data_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.batch_data_response_errors import BatchDataResponseErrors  # noqa: PLC0415
        from ..models.batch_data_response_results import BatchDataResponseResults  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            results = BatchDataResponseResults.from_dict(d.pop("results"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "results")

        try:
            errors = BatchDataResponseErrors.from_dict(d.pop("errors"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "errors")

        _batch_data_response = cls(
            results=results,
            errors=errors,
        )

        _batch_data_response.additional_properties = d
        return _batch_data_response

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
