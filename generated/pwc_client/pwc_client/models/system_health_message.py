from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_health_map import ServiceHealthMap


def _convert_services(value: ServiceHealthMap | Mapping[str, Any] | Unset) -> ServiceHealthMap | Unset:
    """Take a plain mapping too."""
    from ..models.service_health_map import ServiceHealthMap  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, ServiceHealthMap) else ServiceHealthMap.from_dict(value))
    )


_KEYS = frozenset(
    (
        "services",
        "timestamp",
    )
)
_FIELDS = operator.itemgetter("services", "timestamp")


T = TypeVar("T", bound="SystemHealthMessage")


@_attrs_define
class SystemHealthMessage:
    """A system health update (`/ws/system/health`).

    Example:
        {'services': {'api': {'status': 'healthy'}, 'database': {'status': 'degraded'}}, 'timestamp':
            '2011-12-09T12:53:00Z'}

    Attributes:
        services (ServiceHealthMap | Unset): Health per service, by service name (e.g. `api`, `database`).
        timestamp (datetime.datetime | Unset):
    """

    services: ServiceHealthMap | Unset = _attrs_field(default=UNSET, converter=_convert_services)
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if services is not UNSET:
            field_dict["services"] = services
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_health_map import ServiceHealthMap  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 2
            if src_dict_all:
                try:
                    services, timestamp = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 2
            else:
                src_dict_get = src_dict.get
                services = src_dict_get("services")
                timestamp = src_dict_get("timestamp")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (services is None or type(services) is dict) and (timestamp is None or type(timestamp) is str):
                _system_health_message = cls(
                    UNSET if services is None else ServiceHealthMap.from_dict(services),
                    UNSET if timestamp is None else datetime.datetime.fromisoformat(timestamp),
                )
                if src_dict_extra:
                    _system_health_message.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _system_health_message
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.service_health_map import ServiceHealthMap  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            _services = _decode.unset_if_null(d.pop("services", None))
            services: ServiceHealthMap | Unset
            if isinstance(_services, Unset):
                services = UNSET
            else:
                services = ServiceHealthMap.from_dict(_services)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "services")

        try:
            _timestamp = _decode.unset_if_null(d.pop("timestamp", None))
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = _decode.parse_datetime(_timestamp)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "timestamp")

        _system_health_message = cls(
            services=services,
            timestamp=timestamp,
        )

        _system_health_message.additional_properties = d
        return _system_health_message

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
