from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_result_row import QueryResultRow


_KEYS = frozenset(
    (
        "interpretation",
        "confidence",
        "data",
        "suggested_followup",
    )
)
_FIELDS = operator.itemgetter("interpretation", "confidence", "data", "suggested_followup")


T = TypeVar("T", bound="NaturalLanguageQueryResponse")


@_attrs_define
class NaturalLanguageQueryResponse:
    """The answer to a natural-language question.

    Attributes:
        interpretation (str): How the question was understood.
        confidence (float): Confidence in the interpretation.
        data (list[QueryResultRow]): Result rows (possibly empty).
        suggested_followup (str | Unset): A follow-up question worth asking next.
    """

    interpretation: str
    confidence: float
    data: list[QueryResultRow]
    suggested_followup: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        interpretation = self.interpretation

        confidence = self.confidence

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        suggested_followup = self.suggested_followup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interpretation": interpretation,
                "confidence": confidence,
                "data": data,
            }
        )
        if suggested_followup is not UNSET:
            field_dict["suggested_followup"] = suggested_followup

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.query_result_row import QueryResultRow  # noqa: PLC0415

        return {
            "data": QueryResultRow.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_result_row import QueryResultRow  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 4
            if src_dict_all:
                try:
                    interpretation, confidence, data, suggested_followup = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 4
            else:
                src_dict_get = src_dict.get
                interpretation = src_dict["interpretation"]
                confidence = src_dict["confidence"]
                data = src_dict["data"]
                suggested_followup = src_dict_get("suggested_followup")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(interpretation) is str
                and (type(confidence) is float or type(confidence) is int)
                and type(data) is list
                and (suggested_followup is None or type(suggested_followup) is str)
            ):
                _natural_language_query_response = cls(
                    interpretation,
                    confidence,
                    list(map(QueryResultRow.from_dict, data)),
                    UNSET if suggested_followup is None else suggested_followup,
                )
                if src_dict_extra:
                    _natural_language_query_response.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in _KEYS
                    }
                return _natural_language_query_response
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.query_result_row import QueryResultRow  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            interpretation = _decode.expect(d.pop("interpretation"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "interpretation")

        try:
            confidence = _decode.expect(d.pop("confidence"), float)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "confidence")

        try:
            data = []
            for data_index, data_item_data in enumerate(_decode.expect(d.pop("data"), list)):
                try:
                    data_item = QueryResultRow.from_dict(data_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, data_index)
                data.append(data_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        try:
            suggested_followup = _decode.optional(d.pop("suggested_followup", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "suggested_followup")

        _natural_language_query_response = cls(
            interpretation=interpretation,
            confidence=confidence,
            data=data,
            suggested_followup=suggested_followup,
        )

        _natural_language_query_response.additional_properties = d
        return _natural_language_query_response

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
