from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_issue import ValidationIssue


_KEYS = frozenset(
    (
        "is_valid",
        "errors",
        "warnings",
        "suggestions",
    )
)
_FIELDS = operator.itemgetter("is_valid", "errors", "warnings", "suggestions")


T = TypeVar("T", bound="ValidationResult")


@_attrs_define
class ValidationResult:
    """Outcome of a widget configuration validation. The seed reads `is_valid`; it builds the other three
    fields for its own fallback result but never reads them from the server.

        Attributes:
            is_valid (bool): Whether the configuration can be saved (there are no errors).
            errors (list[ValidationIssue] | Unset): Problems that make the configuration invalid.
            warnings (list[ValidationIssue] | Unset): Problems that do not prevent saving the configuration.
            suggestions (list[str] | Unset): Free-text hints to improve the configuration.
    """

    is_valid: bool
    errors: list[ValidationIssue] | Unset = UNSET
    warnings: list[ValidationIssue] | Unset = UNSET
    suggestions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_valid = self.is_valid

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        suggestions: list[str] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = self.suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_valid": is_valid,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.validation_issue import ValidationIssue  # noqa: PLC0415

        return {
            "errors": ValidationIssue.from_dict,
            "warnings": ValidationIssue.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_issue import ValidationIssue  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    is_valid, errors, warnings, suggestions = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                is_valid = src_dict["is_valid"]
                errors = src_dict_get("errors")
                warnings = src_dict_get("warnings")
                suggestions = src_dict_get("suggestions")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(is_valid) is bool
                and (errors is None or type(errors) is list)
                and (warnings is None or type(warnings) is list)
                and (suggestions is None or type(suggestions) is list)
            ):
                _validation_result = cls(
                    is_valid,
                    UNSET if errors is None else list(map(ValidationIssue.from_dict, errors)),
                    UNSET if warnings is None else list(map(ValidationIssue.from_dict, warnings)),
                    UNSET if suggestions is None else suggestions,
                )
                if src_dict_extra:
                    _validation_result.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _validation_result
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.validation_issue import ValidationIssue  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            is_valid = _decode.expect(d.pop("is_valid"), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "is_valid")

        try:
            _errors = _decode.expect(_decode.unset_if_null(d.pop("errors", None)), list)
            errors: list[ValidationIssue] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_index, errors_item_data in enumerate(_errors):
                    try:
                        errors_item = ValidationIssue.from_dict(errors_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, errors_index)
                    errors.append(errors_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "errors")

        try:
            _warnings = _decode.expect(_decode.unset_if_null(d.pop("warnings", None)), list)
            warnings: list[ValidationIssue] | Unset = UNSET
            if _warnings is not UNSET:
                warnings = []
                for warnings_index, warnings_item_data in enumerate(_warnings):
                    try:
                        warnings_item = ValidationIssue.from_dict(warnings_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, warnings_index)
                    warnings.append(warnings_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "warnings")

        try:
            suggestions = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("suggestions", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "suggestions")

        _validation_result = cls(
            is_valid=is_valid,
            errors=errors,
            warnings=warnings,
            suggestions=suggestions,
        )

        _validation_result.additional_properties = d
        return _validation_result

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
