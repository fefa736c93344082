from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.study import Study


_KEYS = frozenset(
    (
        "items",
        "pagination",
    )
)
_FIELDS = operator.itemgetter("items", "pagination")


T = TypeVar("T", bound="StudyList")


@_attrs_define
class StudyList:
    """One page of studies, the seed's `PaginatedResponse<Study>`.

    Attributes:
        items (list[Study]):
        pagination (Pagination): Position of a page within a paginated list; the seed pages on while `page < pages`.
    """

    items: list[Study]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.study import Study  # noqa: PLC0415

        return {
            "items": Study.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.study import Study  # noqa: PLC0415

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
                items = src_dict["items"]
                pagination = src_dict["pagination"]
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if type(items) is list and type(pagination) is dict:
                _study_list = cls(list(map(Study.from_dict, items)), Pagination.from_dict(pagination))
                if src_dict_extra:
                    _study_list.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _study_list
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.study import Study  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            items = []
            for items_index, items_item_data in enumerate(_decode.expect(d.pop("items"), list)):
                try:
                    items_item = Study.from_dict(items_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, items_index)
                items.append(items_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "items")

        try:
            pagination = Pagination.from_dict(d.pop("pagination"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "pagination")

        _study_list = cls(
            items=items,
            pagination=pagination,
        )

        _study_list.additional_properties = d
        return _study_list

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
