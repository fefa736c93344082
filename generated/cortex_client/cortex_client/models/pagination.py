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
        "page",
        "pages",
        "limit",
        "total",
    )
)
_FIELDS = operator.itemgetter("page", "pages", "limit", "total")


T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Position of a page within a paginated list; the seed pages on while `page < pages`.

    Attributes:
        page (int): Current 1-based page number.
        pages (int): Total number of pages.
        limit (int | Unset): Items per page.
        total (int | Unset): Total number of items across all pages.
    """

    page: int
    pages: int
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        pages = self.pages

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "pages": pages,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    page, pages, limit, total = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                page = src_dict["page"]
                pages = src_dict["pages"]
                limit = src_dict_get("limit")
                total = src_dict_get("total")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(page) is int
                and type(pages) is int
                and (limit is None or type(limit) is int)
                and (total is None or type(total) is int)
            ):
                _pagination = cls(page, pages, UNSET if limit is None else limit, UNSET if total is None else total)
                if src_dict_extra:
                    _pagination.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _pagination
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        d = _decode.object_of(src_dict)
        try:
            page = _decode.expect(d.pop("page"), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "page")

        try:
            pages = _decode.expect(d.pop("pages"), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "pages")

        try:
            limit = _decode.optional(d.pop("limit", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "limit")

        try:
            total = _decode.optional(d.pop("total", None), int)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "total")

        _pagination = cls(
            page=page,
            pages=pages,
            limit=limit,
            total=total,
        )

        _pagination.additional_properties = d
        return _pagination

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
