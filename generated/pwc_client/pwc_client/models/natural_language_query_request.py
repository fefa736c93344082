from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_context import QueryContext
    from ..models.query_options import QueryOptions


_KEYS = frozenset(
    (
        "query",
        "context",
        "options",
    )
)
_FIELDS = operator.itemgetter("query", "context", "options")


T = TypeVar("T", bound="NaturalLanguageQueryRequest")


@_attrs_define
class NaturalLanguageQueryRequest:
    """A natural-language analytics question.

    Attributes:
        query (str): The question, e.g. `What are the trending products this month?`.
        context (QueryContext | Unset): Hints for answering a natural-language query.
        options (QueryOptions | Unset): How to answer a natural-language query.
    """

    query: str
    context: QueryContext | Unset = UNSET
    options: QueryOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_context import QueryContext  # noqa: PLC0415
        from ..models.query_options import QueryOptions  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 3
            if src_dict_all:
                try:
                    query, context, options = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 3
            else:
                src_dict_get = src_dict.get
                query = src_dict["query"]
                context = src_dict_get("context")
                options = src_dict_get("options")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(query) is str
                and (context is None or type(context) is dict)
                and (options is None or type(options) is dict)
            ):
                _natural_language_query_request = cls(
                    query,
                    UNSET if context is None else QueryContext.from_dict(context),
                    UNSET if options is None else QueryOptions.from_dict(options),
                )
                if src_dict_extra:
                    _natural_language_query_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _natural_language_query_request
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.query_context import QueryContext  # noqa: PLC0415
        from ..models.query_options import QueryOptions  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            query = _decode.expect(d.pop("query"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "query")

        try:
            _context = _decode.unset_if_null(d.pop("context", None))
            context: QueryContext | Unset
            if isinstance(_context, Unset):
                context = UNSET
            else:
                context = QueryContext.from_dict(_context)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "context")

        try:
            _options = _decode.unset_if_null(d.pop("options", None))
            options: QueryOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = QueryOptions.from_dict(_options)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "options")

        _natural_language_query_request = cls(
            query=query,
            context=context,
            options=options,
        )

        _natural_language_query_request.additional_properties = d
        return _natural_language_query_request

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
