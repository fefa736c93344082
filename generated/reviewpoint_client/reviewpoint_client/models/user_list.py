from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


_KEYS = frozenset(
    (
        "users",
        "total",
        "page",
        "size",
        "has_next",
    )
)
_FIELDS = operator.itemgetter("users", "total", "page", "size", "has_next")


T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """One page of users.

    Attributes:
        users (list[User]):
        total (int): Number of users matching the filters, over all pages.
        page (int | Unset): 1-based number of this page.
        size (int | Unset): Page size used for this page.
        has_next (bool | Unset): Whether another page follows this one; absent means no further page.
    """

    users: list[User]
    total: int
    page: int | Unset = UNSET
    size: int | Unset = UNSET
    has_next: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        total = self.total

        page = self.page

        size = self.size

        has_next = self.has_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
                "total": total,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if has_next is not UNSET:
            field_dict["has_next"] = has_next

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.user import User  # noqa: PLC0415

        return {
            "users": User.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    users, total, page, size, has_next = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                users = src_dict["users"]
                total = src_dict["total"]
                page = src_dict_get("page")
                size = src_dict_get("size")
                has_next = src_dict_get("has_next")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(users) is list
                and type(total) is int
                and (page is None or type(page) is int)
                and (size is None or type(size) is int)
                and (has_next is None or type(has_next) is bool)
            ):
                _user_list = cls(
                    list(map(User.from_dict, users)),
                    total,
                    UNSET if page is None else page,
                    UNSET if size is None else size,
                    UNSET if has_next is None else has_next,
                )
                if src_dict_extra:
                    _user_list.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _user_list
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.user import User  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            users = []
            for users_index, users_item_data in enumerate(_decode.expect(d.pop("users"), list)):
                try:
                    users_item = User.from_dict(users_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, users_index)
                users.append(users_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "users")

        try:
            total = _decode.expect(d.pop("total"), int)
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

        _user_list = cls(
            users=users,
            total=total,
            page=page,
            size=size,
            has_next=has_next,
        )

        _user_list.additional_properties = d
        return _user_list

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
