"""The websocket channels of PwC Enterprise Data Engineering API: typed messages, reconnection and subscriptions.

Each channel is a class for ``async with`` and ``async for``, with a ``Sync`` twin for ``with`` and ``for``. Both
take the :class:`~pwc_client.client.Client` whose base URL, credentials and TLS settings they use.

- :class:`SalesUpdatesChannel` (``/ws/sales/updates``): Live sales updates, one message per revenue data point (drives the real-time sales chart).

- :class:`SecurityAlertsChannel` (``/ws/security/alerts``): Security alerts as they are raised.

- :class:`SystemHealthChannel` (``/ws/system/health``): Periodic system health updates, per service.
"""

from ._websocket import (
    AsyncChannel,
    ChannelClosedError,
    ChannelSpec,
    MalformedMessage,
    MessageKind,
    Received,
    Reconnect,
    SyncChannel,
    UnknownMessage,
)
from .errors import error_from_response
from .models.sales_update_message import SalesUpdateMessage
from .models.security_alert_message import SecurityAlertMessage
from .models.system_health_message import SystemHealthMessage

__all__ = [
    "SalesUpdatesChannel",
    "SalesUpdatesSyncChannel",
    "SecurityAlertsChannel",
    "SecurityAlertsSyncChannel",
    "SystemHealthChannel",
    "SystemHealthSyncChannel",
    "ChannelClosedError",
    "MalformedMessage",
    "Received",
    "Reconnect",
    "UnknownMessage",
]


class SalesUpdatesChannel(AsyncChannel[SalesUpdateMessage]):
    """Live sales updates, one message per revenue data point (drives the real-time sales chart).

    Connects to ``/ws/sales/updates`` on the host of the client's base URL (``url=`` overrides it), with the
    bearer token in the ``token`` query parameter.
    Iterating yields the documented messages:
    :class:`SalesUpdateMessage`;
    and :class:`UnknownMessage` or :class:`MalformedMessage` for what the spec does not document.
    """

    SPEC = ChannelSpec(
        name="sales_updates",
        path="/ws/sales/updates",
        base_path="",
        auth_in="query",
        auth_name="token",
        kinds=(MessageKind(SalesUpdateMessage),),
        error_from_response=error_from_response,
    )


class SalesUpdatesSyncChannel(SyncChannel[SalesUpdateMessage]):
    """The synchronous twin of :class:`SalesUpdatesChannel`, for ``with`` and ``for``."""

    ASYNC = SalesUpdatesChannel


class SecurityAlertsChannel(AsyncChannel[SecurityAlertMessage]):
    """Security alerts as they are raised.

    Connects to ``/ws/security/alerts`` on the host of the client's base URL (``url=`` overrides it), with the
    bearer token in the ``token`` query parameter.
    Iterating yields the documented messages:
    :class:`SecurityAlertMessage`;
    and :class:`UnknownMessage` or :class:`MalformedMessage` for what the spec does not document.
    """

    SPEC = ChannelSpec(
        name="security_alerts",
        path="/ws/security/alerts",
        base_path="",
        auth_in="query",
        auth_name="token",
        kinds=(MessageKind(SecurityAlertMessage),),
        error_from_response=error_from_response,
    )


class SecurityAlertsSyncChannel(SyncChannel[SecurityAlertMessage]):
    """The synchronous twin of :class:`SecurityAlertsChannel`, for ``with`` and ``for``."""

    ASYNC = SecurityAlertsChannel


class SystemHealthChannel(AsyncChannel[SystemHealthMessage]):
    """Periodic system health updates, per service.

    Connects to ``/ws/system/health`` on the host of the client's base URL (``url=`` overrides it), with the
    bearer token in the ``token`` query parameter.
    Iterating yields the documented messages:
    :class:`SystemHealthMessage`;
    and :class:`UnknownMessage` or :class:`MalformedMessage` for what the spec does not document.
    """

    SPEC = ChannelSpec(
        name="system_health",
        path="/ws/system/health",
        base_path="",
        auth_in="query",
        auth_name="token",
        kinds=(MessageKind(SystemHealthMessage),),
        error_from_response=error_from_response,
    )


class SystemHealthSyncChannel(SyncChannel[SystemHealthMessage]):
    """The synchronous twin of :class:`SystemHealthChannel`, for ``with`` and ``for``."""

    ASYNC = SystemHealthChannel
