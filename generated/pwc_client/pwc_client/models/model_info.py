from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_metrics import ModelMetrics


def _convert_metrics(value: ModelMetrics | Mapping[str, Any] | Unset) -> ModelMetrics | Unset:
    """Take a plain mapping too."""
    from ..models.model_metrics import ModelMetrics  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, ModelMetrics) else ModelMetrics.from_dict(value))
    )


_KEYS = frozenset(
    (
        "model_id",
        "name",
        "version",
        "model_type",
        "status",
        "created_at",
        "features",
        "metrics",
    )
)
_FIELDS = operator.itemgetter(
    "model_id", "name", "version", "model_type", "status", "created_at", "features", "metrics"
)


T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """Metadata about a machine-learning model.

    Attributes:
        model_id (str | Unset):
        name (str | Unset): Human-readable model name.
        version (str | Unset):
        model_type (str | Unset): Kind of model, e.g. `classification` or `regression`.
        status (str | Unset): Deployment status, e.g. `active`.
        created_at (datetime.datetime | Unset):
        features (list[str] | Unset): Names of the input features the model expects.
        metrics (ModelMetrics | Unset): Evaluation metrics of the model by name, e.g. `accuracy`, `auc`.
    """

    model_id: str | Unset = UNSET
    name: str | Unset = UNSET
    version: str | Unset = UNSET
    model_type: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    features: list[str] | Unset = UNSET
    metrics: ModelMetrics | Unset = _attrs_field(default=UNSET, converter=_convert_metrics)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        name = self.name

        version = self.version

        model_type = self.model_type

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if features is not UNSET:
            field_dict["features"] = features
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_metrics import ModelMetrics  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 8
            if src_dict_all:
                try:
                    model_id, name, version, model_type, status, created_at, features, metrics = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 8
            else:
                src_dict_get = src_dict.get
                model_id = src_dict_get("model_id")
                name = src_dict_get("name")
                version = src_dict_get("version")
                model_type = src_dict_get("model_type")
                status = src_dict_get("status")
                created_at = src_dict_get("created_at")
                features = src_dict_get("features")
                metrics = src_dict_get("metrics")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                (model_id is None or type(model_id) is str)
                and (name is None or type(name) is str)
                and (version is None or type(version) is str)
                and (model_type is None or type(model_type) is str)
                and (status is None or type(status) is str)
                and (created_at is None or type(created_at) is str)
                and (features is None or type(features) is list)
                and (metrics is None or type(metrics) is dict)
            ):
                _model_info = cls(
                    UNSET if model_id is None else model_id,
                    UNSET if name is None else name,
                    UNSET if version is None else version,
                    UNSET if model_type is None else model_type,
                    UNSET if status is None else status,
                    UNSET if created_at is None else datetime.datetime.fromisoformat(created_at),
                    UNSET if features is None else features,
                    UNSET if metrics is None else ModelMetrics.from_dict(metrics),
                )
                if src_dict_extra:
                    _model_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _model_info
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.model_metrics import ModelMetrics  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            model_id = _decode.optional(d.pop("model_id", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "model_id")

        try:
            name = _decode.optional(d.pop("name", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            version = _decode.optional(d.pop("version", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "version")

        try:
            model_type = _decode.optional(d.pop("model_type", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "model_type")

        try:
            status = _decode.optional(d.pop("status", None), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "status")

        try:
            _created_at = _decode.unset_if_null(d.pop("created_at", None))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _decode.parse_datetime(_created_at)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "created_at")

        try:
            features = cast(list[str], _decode.expect(_decode.unset_if_null(d.pop("features", None)), list))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "features")

        try:
            _metrics = _decode.unset_if_null(d.pop("metrics", None))
            metrics: ModelMetrics | Unset
            if isinstance(_metrics, Unset):
                metrics = UNSET
            else:
                metrics = ModelMetrics.from_dict(_metrics)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "metrics")

        _model_info = cls(
            model_id=model_id,
            name=name,
            version=version,
            model_type=model_type,
            status=status,
            created_at=created_at,
            features=features,
            metrics=metrics,
        )

        _model_info.additional_properties = d
        return _model_info

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
