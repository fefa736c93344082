from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "field",
        "message",
    )
)
_FIELDS = operator.itemgetter("field", "message")


T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """One problem found in a widget configuration, `{field, message}` as the seed builds it.

    Attributes:
        field (str | Unset): Configuration field concerned; `general` when it is not about one field.
        message (str | Unset):
    """

    field: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    field, message = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                field = src_dict_get("field")
                message = src_dict_get("message")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (field is None or type(field) is str) and (message is None or type(message) is str):
                _validation_issue = cls(UNSET if field is None else field, UNSET if message is None else message)
                if src_dict_extra:
                    _validation_issue.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _validation_issue
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            field = _decode.optional(d.pop("field", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "field")

        try:
            message = _decode.optional(d.pop("message", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "message")

        _validation_issue = cls(
            field=field,
            message=message,
        )

        _validation_issue.additional_properties = d
        return _validation_issue

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
