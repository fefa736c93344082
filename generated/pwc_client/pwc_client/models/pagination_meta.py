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
        "total",
        "page",
        "size",
        "has_next",
    )
)
_FIELDS = operator.itemgetter("total", "page", "size", "has_next")


T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Where this page sits in the full result.

    Attributes:
        total (int | Unset): Number of records matching the filters, over all pages.
        page (int | Unset): This page's number (1-based).
        size (int | Unset): Page size used.
        has_next (bool | Unset): Whether another page follows; clients stop when it is false or absent.
    """

    total: int | Unset = UNSET
    page: int | Unset = UNSET
    size: int | Unset = UNSET
    has_next: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        size = self.size

        has_next = self.has_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if has_next is not UNSET:
            field_dict["has_next"] = has_next

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    total, page, size, has_next = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                total = src_dict_get("total")
                page = src_dict_get("page")
                size = src_dict_get("size")
                has_next = src_dict_get("has_next")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (total is None or type(total) is int)
                and (page is None or type(page) is int)
                and (size is None or type(size) is int)
                and (has_next is None or type(has_next) is bool)
            ):
                _pagination_meta = cls(
                    UNSET if total is None else total,
                    UNSET if page is None else page,
                    UNSET if size is None else size,
                    UNSET if has_next is None else has_next,
                )
                if src_dict_extra:
                    _pagination_meta.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pagination_meta
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            total = _decode.optional(d.pop("total", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total")

        try:
            page = _decode.optional(d.pop("page", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "page")

        try:
            size = _decode.optional(d.pop("size", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "size")

        try:
            has_next = _decode.optional(d.pop("has_next", None), bool)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "has_next")

        _pagination_meta = cls(
            total=total,
            page=page,
            size=size,
            has_next=has_next,
        )

        _pagination_meta.additional_properties = d
        return _pagination_meta

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
