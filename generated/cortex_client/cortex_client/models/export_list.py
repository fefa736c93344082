from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_status import ExportStatus
    from ..models.pagination import Pagination


_KEYS = frozenset(
    (
        "items",
        "pagination",
    )
)
_FIELDS = operator.itemgetter("items", "pagination")


T = TypeVar("T", bound="ExportList")


@_attrs_define
class ExportList:
    """One page of export jobs. The seed names `ExportList` without defining it or reading it; it is guessed
    to be paginated like the studies list.

        Attributes:
            items (list[ExportStatus] | Unset):
            pagination (Pagination | Unset): Position of a page within a paginated list; the seed pages on while `page <
                pages`.
    """

    items: list[ExportStatus] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.export_status import ExportStatus  # noqa: PLC0415

        return {
            "items": ExportStatus.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_status import ExportStatus  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    items, pagination = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                items = src_dict_get("items")
                pagination = src_dict_get("pagination")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (items is None or type(items) is list) and (pagination is None or type(pagination) is dict):
                _export_list = cls(
                    UNSET if items is None else list(map(ExportStatus.from_dict, items)),
                    UNSET if pagination is None else Pagination.from_dict(pagination),
                )
                if src_dict_extra:
                    _export_list.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _export_list
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.export_status import ExportStatus  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _items = _decode.expect(_decode.unset_if_null(d.pop("items", None)), list)
            items: list[ExportStatus] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_index, items_item_data in enumerate(_items):
                    try:
                        items_item = ExportStatus.from_dict(items_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, items_index)
                    items.append(items_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "items")

        try:
            _pagination = _decode.unset_if_null(d.pop("pagination", None))
            pagination: Pagination | Unset
            if isinstance(_pagination, Unset):
                pagination = UNSET
            else:
                pagination = Pagination.from_dict(_pagination)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "pagination")

        _export_list = cls(
            items=items,
            pagination=pagination,
        )

        _export_list.additional_properties = d
        return _export_list

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
