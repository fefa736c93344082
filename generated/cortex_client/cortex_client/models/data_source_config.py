from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode, _repr
from ..models.data_source_type import DataSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source_config_credentials import DataSourceConfigCredentials
    from ..models.data_source_config_settings import DataSourceConfigSettings


def _convert_credentials(
    value: DataSourceConfigCredentials | Mapping[str, Any] | Unset,
) -> DataSourceConfigCredentials | Unset:
    """Take a plain mapping too."""
    from ..models.data_source_config_credentials import DataSourceConfigCredentials  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, DataSourceConfigCredentials) else DataSourceConfigCredentials.from_dict(value))
    )


def _convert_settings(value: DataSourceConfigSettings | Mapping[str, Any] | Unset) -> DataSourceConfigSettings | Unset:
    """Take a plain mapping too."""
    from ..models.data_source_config_settings import DataSourceConfigSettings  # noqa: PLC0415

    return (
        value
        if isinstance(value, Unset)
        else (value if isinstance(value, DataSourceConfigSettings) else DataSourceConfigSettings.from_dict(value))
    )


_KEYS = frozenset(
    (
        "name",
        "type",
        "connection_string",
        "credentials",
        "settings",
    )
)
_FIELDS = operator.itemgetter("name", "type", "connection_string", "credentials", "settings")


T = TypeVar("T", bound="DataSourceConfig")


@_attrs_define
class DataSourceConfig:
    """A data source to register.

    Attributes:
        name (str):
        type_ (DataSourceType): Kind of connection of a data source (the seed's `DataSourceConfig.type` union,
            complete).
        connection_string (str): URL, DSN or path used to reach the source.
        credentials (DataSourceConfigCredentials | Unset): Secrets used to connect (API key, user and password, ...);
            never returned.
        settings (DataSourceConfigSettings | Unset): Source-specific settings (poll interval, batch size, ...).
    """

    name: str
    type_: DataSourceType = _attrs_field(converter=DataSourceType)
    connection_string: str
    credentials: DataSourceConfigCredentials | Unset = _attrs_field(default=UNSET, converter=_convert_credentials)
    settings: DataSourceConfigSettings | Unset = _attrs_field(default=UNSET, converter=_convert_settings)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Show the fields that are set."""
        return _repr.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = DataSourceType(self.type_).value

        connection_string = self.connection_string

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "connection_string": connection_string,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_source_config_credentials import DataSourceConfigCredentials  # noqa: PLC0415
        from ..models.data_source_config_settings import DataSourceConfigSettings  # noqa: PLC0415

        if isinstance(src_dict, cls):  # an item decoded already (a large body's arrays decode item by item)
            return src_dict
        try:
            src_dict_all = len(src_dict) >= 5
            if src_dict_all:
                try:
                    name, type_, connection_string, credentials, settings = _FIELDS(src_dict)
                except KeyError:
                    src_dict_all = False
            if src_dict_all:
                src_dict_extra = len(src_dict) != 5
            else:
                src_dict_get = src_dict.get
                name = src_dict["name"]
                type_ = src_dict["type"]
                connection_string = src_dict["connection_string"]
                credentials = src_dict_get("credentials")
                settings = src_dict_get("settings")
                src_dict_extra = not _KEYS.issuperset(src_dict)
            if (
                type(name) is str
                and type(type_) is str
                and type(connection_string) is str
                and (credentials is None or type(credentials) is dict)
                and (settings is None or type(settings) is dict)
            ):
                _data_source_config = cls(
                    name,
                    DataSourceType.decode(type_),
                    connection_string,
                    UNSET if credentials is None else DataSourceConfigCredentials.from_dict(credentials),
                    UNSET if settings is None else DataSourceConfigSettings.from_dict(settings),
                )
                if src_dict_extra:
                    _data_source_config.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
                return _data_source_config
        except _decode.ERRORS:
            pass
        return cls._from_dict_checked(src_dict)

    @classmethod
    def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode checking every value on the way, to name the one that does not decode."""
        from ..models.data_source_config_credentials import DataSourceConfigCredentials  # noqa: PLC0415
        from ..models.data_source_config_settings import DataSourceConfigSettings  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            name = _decode.expect(d.pop("name"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "name")

        try:
            type_ = DataSourceType.decode(d.pop("type"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "type")

        try:
            connection_string = _decode.expect(d.pop("connection_string"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "connection_string")

        try:
            _credentials = _decode.unset_if_null(d.pop("credentials", None))
            credentials: DataSourceConfigCredentials | Unset
            if isinstance(_credentials, Unset):
                credentials = UNSET
            else:
                credentials = DataSourceConfigCredentials.from_dict(_credentials)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "credentials")

        try:
            _settings = _decode.unset_if_null(d.pop("settings", None))
            settings: DataSourceConfigSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = DataSourceConfigSettings.from_dict(_settings)

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "settings")

        _data_source_config = cls(
            name=name,
            type_=type_,
            connection_string=connection_string,
            credentials=credentials,
            settings=settings,
        )

        _data_source_config.additional_properties = d
        return _data_source_config

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
