from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.batch_widget_result import BatchWidgetResult


T = TypeVar("T", bound="BatchDataResponseResults")


@_attrs_define
class BatchDataResponseResults:
    """Loaded data, keyed by widget id."""

    additional_properties: dict[str, BatchWidgetResult] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_widget_result import BatchWidgetResult  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        d = _decode.object_of(src_dict)
        _batch_data_response_results = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = BatchWidgetResult.from_dict(prop_dict)

            except _decode.ERRORS as exc:
                raise _decode.located(exc, prop_name)
            additional_properties[prop_name] = additional_property

        _batch_data_response_results.additional_properties = additional_properties
        return _batch_data_response_results

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BatchWidgetResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BatchWidgetResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
