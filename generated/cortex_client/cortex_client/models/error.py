from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


def _convert_details(value: ErrorDetails | Mapping[str, Any] | Unset) -> ErrorDetails | Unset:
    """Take a plain mapping too."""
    from ..models.error_details import ErrorDetails  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, ErrorDetails) else ErrorDetails.from_dict(value))
    )


_KEYS = frozenset(
    (
        "message",
        "code",
        "details",
    )
)
_FIELDS = operator.itemgetter("message", "code", "details")


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body of a failing operation. Every field is optional: the seed reads `data.message ||
    response.statusText` (lines 258, 1535), and an error may come without a body at all.

        Example:
            {'message': 'Dashboard not found', 'code': 'NOT_FOUND', 'details': {'dashboard_id': 'dashboard-999'}}

        Attributes:
            message (str | Unset): Human-readable description of the error.
            code (str | Unset): Machine-readable error code, for example `VALIDATION_FAILED`.
            details (ErrorDetails | Unset): Additional, error-specific information (for example the invalid fields).
    """

    message: str | Unset = UNSET
    code: str | Unset = UNSET
    details: ErrorDetails | Unset = _attrs_field(default=UNSET, converter=_convert_details)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    message, code, details = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                message = src_dict_get("message")
                code = src_dict_get("code")
                details = src_dict_get("details")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (message is None or type(message) is str)
                and (code is None or type(code) is str)
                and (details is None or type(details) is dict)
            ):
                _error = cls(
                    UNSET if message is None else message,
                    UNSET if code is None else code,
                    UNSET if details is None else ErrorDetails.from_dict(details),
                )
                if src_dict_extra:
                    _error.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _error
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            message = _decode.optional(d.pop("message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "message")

        try:
            code = _decode.optional(d.pop("code", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "code")

        try:
            _details = _decode.unset_if_null(d.pop("details", None))
            details: ErrorDetails | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = ErrorDetails.from_dict(_details)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "details")

        _error = cls(
            message=message,
            code=code,
            details=details,
        )

        _error.additional_properties = d
        return _error

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
