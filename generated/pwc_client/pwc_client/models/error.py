from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo


_KEYS = frozenset(("error",))


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body of a failed request. The seed reads it as `error_response.get('error', {}).get('message',
    ...)` (line 956), so every field is optional; an error may also come without a body.

        Attributes:
            error (ErrorInfo | Unset): What went wrong.
    """

    error: ErrorInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            error = src_dict_get("error")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if error is None or type(error) is dict:
                _error = cls(UNSET if error is None else ErrorInfo.from_dict(error))
                if src_dict_extra:
                    _error.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _error
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _error = _decode.unset_if_null(d.pop("error", None))
            error: ErrorInfo | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorInfo.from_dict(_error)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "error")

        _error = cls(
            error=error,
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
