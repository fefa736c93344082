from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.validation_error_item import ValidationErrorItem


_KEYS = frozenset(("detail",))


T = TypeVar("T", bound="HTTPValidationError")


@_attrs_define
class HTTPValidationError:
    """FastAPI request validation error (422), one item per invalid field.

    Attributes:
        detail (list[ValidationErrorItem]):
    """

    detail: list[ValidationErrorItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        detail = []
        for detail_item_data in self.detail:
            detail_item = detail_item_data.to_dict()
            detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

        return {
            "detail": ValidationErrorItem.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            detail = src_dict["detail"]
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(detail) is list:
                _http_validation_error = cls(list(map(ValidationErrorItem.from_dict, detail)))
                if src_dict_extra:
                    _http_validation_error.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _http_validation_error
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            detail = []
            for detail_index, detail_item_data in enumerate(_decode.expect(d.pop("detail"), list)):
                try:
                    detail_item = ValidationErrorItem.from_dict(detail_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, detail_index)
                detail.append(detail_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "detail")

        _http_validation_error = cls(
            detail=detail,
        )

        _http_validation_error.additional_properties = d
        return _http_validation_error

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
