from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationErrorItem")


@_attrs_define
class ValidationErrorItem:
    """One validation failure (the seed prints the list without reading its items).

    Attributes:
        loc (list[int | str] | Unset): Location of the invalid value, e.g. `["body", "password"]` or `["query",
            "size"]`.
        msg (str | Unset): Human-readable description of the failure.
        type_ (str | Unset): Machine-readable error type, e.g. `value_error` or `string_too_short`.
    """

    loc: list[int | str] | Unset = UNSET
    msg: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        loc: list[int | str] | Unset = UNSET
        if not isinstance(self.loc, Unset):
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loc is not UNSET:
            field_dict["loc"] = loc
        if msg is not UNSET:
            field_dict["msg"] = msg
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        try:
            _loc = _decode.expect(_decode.unset_if_null(d.pop("loc", None)), list)
            loc: list[int | str] | Unset = UNSET
            if _loc is not UNSET:
                loc = []
                for loc_index, loc_item_data in enumerate(_loc):
                    try:

                        def _parse_loc_item(data: object) -> int | str:
                            return cast(int | str, data)

                        loc_item = _parse_loc_item(loc_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, loc_index)
                    loc.append(loc_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "loc")

        try:
            msg = _decode.optional(d.pop("msg", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "msg")

        try:
            type_ = _decode.optional(d.pop("type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        _validation_error_item = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )

        _validation_error_item.additional_properties = d
        return _validation_error_item

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
