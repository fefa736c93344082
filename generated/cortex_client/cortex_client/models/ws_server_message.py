from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode
from ..types import UnknownVariant

if TYPE_CHECKING:
    from ..models.dashboard_update import DashboardUpdate
    from ..models.export_status import ExportStatus
    from ..models.widget_data import WidgetData


T = TypeVar("T", bound="WsServerMessage")


@_attrs_define
class WsServerMessage:
    """Message the server pushes on a subscribed channel; the seed destructures `{channel, data}`.

    Example:
        {'channel': 'export:export-789', 'data': {'export_id': 'export-789', 'status': 'processing', 'progress':
            {'percentage': 60}}}

    Attributes:
        channel (str): The channel the message belongs to (`widget:`, `dashboard:` or `export:` and an id).
        data (DashboardUpdate | ExportStatus | UnknownVariant | WidgetData): The payload: a `WidgetData` on
            `widget:{id}`, a `DashboardUpdate` on `dashboard:{id}`,
            an `ExportStatus` on `export:{id}`.
    """

    channel: str
    data: DashboardUpdate | ExportStatus | UnknownVariant | WidgetData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_update import DashboardUpdate  # noqa: PLC0415
        from ..models.export_status import ExportStatus  # noqa: PLC0415
        from ..models.widget_data import WidgetData  # noqa: PLC0415

        channel = self.channel

        data: Any | dict[str, Any]
        if isinstance(self.data, WidgetData):
            data = self.data.to_dict()
        elif isinstance(self.data, DashboardUpdate):
            data = self.data.to_dict()
        elif isinstance(self.data, ExportStatus):
            data = self.data.to_dict()
        else:
            data = self.data.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_update import DashboardUpdate  # noqa: PLC0415
        from ..models.export_status import ExportStatus  # noqa: PLC0415
        from ..models.widget_data import WidgetData  # noqa: PLC0415

        d = _decode.object_of(src_dict)
        try:
            channel = _decode.expect(d.pop("channel"), str)
        except _decode.ERRORS as exc:
            raise _decode.located(exc, "channel")

        try:

            def _parse_data(data: object) -> DashboardUpdate | ExportStatus | UnknownVariant | WidgetData:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = WidgetData.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_1 = DashboardUpdate.from_dict(data)

                    return data_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_2 = ExportStatus.from_dict(data)

                    return data_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                data_type_unknown = UnknownVariant(data)

                return data_type_unknown

            data = _parse_data(d.pop("data"))

        except _decode.ERRORS as exc:
            raise _decode.located(exc, "data")

        _ws_server_message = cls(
            channel=channel,
            data=data,
        )

        _ws_server_message.additional_properties = d
        return _ws_server_message

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
