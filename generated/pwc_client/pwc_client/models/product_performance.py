from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_metrics import ProductMetrics


_KEYS = frozenset(("products",))


T = TypeVar("T", bound="ProductPerformance")


@_attrs_define
class ProductPerformance:
    """Per-product sales figures.

    Attributes:
        products (list[ProductMetrics] | Unset):
    """

    products: list[ProductMetrics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def _item_decoders(cls) -> dict[str, Callable[[Any], Any]]:
        """The arrays of models this model holds, by key, and the decoder of their items (see ``_json.loads``)."""
        from ..models.product_metrics import ProductMetrics  # noqa: PLC0415

        return {
            "products": ProductMetrics.from_dict,
        }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_metrics import ProductMetrics  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_get = src_dict.get
            products = src_dict_get("products")
            src_dict_extra = not _KEYS.issuperset(src_dict)
            if products is None or type(products) is list:
                _product_performance = cls(UNSET if products is None else list(map(ProductMetrics.from_dict, products)))
                if src_dict_extra:
                    _product_performance.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _product_performance
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.product_metrics import ProductMetrics  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _products = _decode.expect(_decode.unset_if_null(d.pop("products", None)), list)
            products: list[ProductMetrics] | Unset = UNSET
            if _products is not UNSET:
                products = []
                for products_index, products_item_data in enumerate(_products):
                    try:
                        products_item = ProductMetrics.from_dict(products_item_data)

                    except _decode.ERRORS as exc:
                        raise _decode.located(exc, products_index)
                    products.append(products_item)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "products")

        _product_performance = cls(
            products=products,
        )

        _product_performance.additional_properties = d
        return _product_performance

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
