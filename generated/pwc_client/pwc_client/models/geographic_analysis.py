from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_metrics import CountryMetrics


_KEYS = frozenset(("countries",))


T = TypeVar("T", bound="GeographicAnalysis")


@_attrs_define
class GeographicAnalysis:
    """Per-country sales figures.

    Attributes:
        countries (list[CountryMetrics] | Unset):
    """

    countries: list[CountryMetrics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.country_metrics import CountryMetrics  # noqa: PLC0415

        return {
            "countries": CountryMetrics.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_metrics import CountryMetrics  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            countries = src_dict_get("countries")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if countries is None or type(countries) is list:
                _geographic_analysis = cls(
                    UNSET if countries is None else list(map(CountryMetrics.from_dict, countries))
                )
                if src_dict_extra:
                    _geographic_analysis.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _geographic_analysis
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.country_metrics import CountryMetrics  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _countries = _decode.expect(_decode.unset_if_null(d.pop("countries", None)), list)
            countries: list[CountryMetrics] | Unset = UNSET
            if _countries is not UNSET:
                countries = []
                for countries_index, countries_item_data in enumerate(_countries):
                    try:
                        countries_item = CountryMetrics.from_dict(countries_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, countries_index)
                    countries.append(countries_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "countries")

        _geographic_analysis = cls(
            countries=countries,
        )

        _geographic_analysis.additional_properties = d
        return _geographic_analysis

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
