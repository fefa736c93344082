from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.aggregation_function import AggregationFunction
from ..types import UNSET, Unset

_KEYS = frozenset(
    (
        "field",
        "function",
        "alias",
    )
)
_FIELDS = operator.itemgetter("field", "function", "alias")


T = TypeVar("T", bound="Aggregation")


@_attrs_define
class Aggregation:
    """An aggregate computed by a data query.

    Attributes:
        field (str):
        function (AggregationFunction):
        alias (str | Unset): Name of the aggregate in the result rows (defaults to the field name).
    """

    field: str
    function: AggregationFunction = _attrs_field(converter=AggregationFunction)
    alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        function = AggregationFunction(self.function).value

        alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "function": function,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    field, function, alias = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                field = src_dict["field"]
                function = src_dict["function"]
                alias = src_dict_get("alias")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(field) is str and type(function) is str and (alias is None or type(alias) is str):
                _aggregation = cls(field, AggregationFunction.decode(function), UNSET if alias is None else alias)
                if src_dict_extra:
                    _aggregation.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _aggregation
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            field = _decode.expect(d.pop("field"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "field")

        try:
            function = AggregationFunction.decode(d.pop("function"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "function")

        try:
            alias = _decode.optional(d.pop("alias", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "alias")

        _aggregation = cls(
            field=field,
            function=function,
            alias=alias,
        )

        _aggregation.additional_properties = d
        return _aggregation

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
