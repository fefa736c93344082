from __future__ import annotations

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
