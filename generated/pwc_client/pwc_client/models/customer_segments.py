from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_segment import CustomerSegment


_KEYS = frozenset(("segments",))


T = TypeVar("T", bound="CustomerSegments")


@_attrs_define
class CustomerSegments:
    """Customer segmentation result.

    Attributes:
        segments (list[CustomerSegment] | Unset):
    """

    segments: list[CustomerSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.customer_segment import CustomerSegment  # noqa: PLC0415

        return {
            "segments": CustomerSegment.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_segment import CustomerSegment  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            segments = src_dict_get("segments")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if segments is None or type(segments) is list:
                _customer_segments = cls(UNSET if segments is None else list(map(CustomerSegment.from_dict, segments)))
                if src_dict_extra:
                    _customer_segments.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _customer_segments
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.customer_segment import CustomerSegment  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _segments = _decode.expect(_decode.unset_if_null(d.pop("segments", None)), list)
            segments: list[CustomerSegment] | Unset = UNSET
            if _segments is not UNSET:
                segments = []
                for segments_index, segments_item_data in enumerate(_segments):
                    try:
                        segments_item = CustomerSegment.from_dict(segments_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, segments_index)
                    segments.append(segments_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "segments")

        _customer_segments = cls(
            segments=segments,
        )

        _customer_segments.additional_properties = d
        return _customer_segments

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
