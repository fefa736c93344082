from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_meta import PaginationMeta
    from ..models.sale import Sale


_KEYS = frozenset(
    (
        "items",
        "meta",
    )
)
_FIELDS = operator.itemgetter("items", "meta")


T = TypeVar("T", bound="SalesPage")


@_attrs_define
class SalesPage:
    """One page of sales records; the seed treats a page without `items` as malformed (line 984).

    Attributes:
        items (list[Sale]):
        meta (PaginationMeta | Unset): Where this page sits in the full result.
    """

    items: list[Sale]
    meta: PaginationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.sale import Sale  # noqa: PLC0415

        return {
            "items": Sale.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.sale import Sale  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    items, meta = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                items = src_dict["items"]
                meta = src_dict_get("meta")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(items) is list and (meta is None or type(meta) is dict):
                _sales_page = cls(
                    list(map(Sale.from_dict, items)), UNSET if meta is None else PaginationMeta.from_dict(meta)
                )
                if src_dict_extra:
                    _sales_page.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _sales_page
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.sale import Sale  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            items = []
            for items_index, items_item_data in enumerate(_decode.expect(d.pop("items"), list)):
                try:
                    items_item = Sale.from_dict(items_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, items_index)
                items.append(items_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "items")

        try:
            _meta = _decode.unset_if_null(d.pop("meta", None))
            meta: PaginationMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PaginationMeta.from_dict(_meta)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "meta")

        _sales_page = cls(
            items=items,
            meta=meta,
        )

        _sales_page.additional_properties = d
        return _sales_page

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
