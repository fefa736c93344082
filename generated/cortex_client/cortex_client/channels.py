"""The websocket channels of Clinical Dashboard Platform API: typed messages, reconnection and subscriptions.

Each channel is a class for ``async with`` and ``async for``, with a ``Sync`` twin for ``with`` and ``for``. Both
take the :class:`~cortex_client.client.Client` whose base URL, credentials and TLS settings they use.

- :class:`RealtimeChannel` (``/ws``): Real-time updates over one connection.
"""

from ._websocket import (
    AsyncChannel,
    ChannelClosedError,
    ChannelSpec,
    MalformedMessage,
    MessageKind,
    Received,
    Reconnect,
    Subscription,
    SyncChannel,
    UnknownMessage,
)
from .errors import error_from_response
from .models.dashboard_channel_message import DashboardChannelMessage
from .models.export_channel_message import ExportChannelMessage
from .models.widget_channel_message import WidgetChannelMessage

__all__ = [
    "RealtimeChannel",
    "RealtimeMessage",
    "RealtimeSyncChannel",
    "ChannelClosedError",
    "MalformedMessage",
    "Received",
    "Reconnect",
    "UnknownMessage",
]

RealtimeMessage = WidgetChannelMessage | DashboardChannelMessage | ExportChannelMessage
"""The documented messages of the ``realtime`` channel."""


class RealtimeChannel(AsyncChannel[RealtimeMessage]):
    """Real-time updates over one connection. Subscribe to a channel with `{"type": "subscribe", "channel": ...}`
    (`unsubscribe` to stop); the server then pushes `{"channel", "data"}` messages on it:
    - `widget:{widget_id}`: the widget's new `WidgetData`;
    - `dashboard:{dashboard_id}`: a `DashboardUpdate` when the dashboard changes;
    - `export:{export_id}`: the export's new `ExportStatus`.

    Connects to ``/ws`` on the host of the client's base URL (``url=`` overrides it), with the
    bearer token in the ``token`` query parameter.
    Subscribe to topics with :meth:`subscribe`; they are subscribed to again after a reconnection.
    Iterating yields the documented messages:
    :class:`WidgetChannelMessage`,
    :class:`DashboardChannelMessage`,
    :class:`ExportChannelMessage`;
    and :class:`UnknownMessage` or :class:`MalformedMessage` for what the spec does not document.
    """

    SPEC = ChannelSpec(
        name="realtime",
        path="/ws",
        base_path="/v1",
        auth_in="query",
        auth_name="token",
        kinds=(
            MessageKind(WidgetChannelMessage, pattern="^widget:.+$"),
            MessageKind(DashboardChannelMessage, pattern="^dashboard:.+$"),
            MessageKind(ExportChannelMessage, pattern="^export:.+$"),
        ),
        topic_at=("channel",),
        subscribe=Subscription({"type": "subscribe", "channel": "widget:widget-456"}, ("channel",)),
        unsubscribe=Subscription({"type": "unsubscribe", "channel": "widget:widget-456"}, ("channel",)),
        error_from_response=error_from_response,
    )


class RealtimeSyncChannel(SyncChannel[RealtimeMessage]):
    """The synchronous twin of :class:`RealtimeChannel`, for ``with`` and ``for``."""

    ASYNC = RealtimeChannel
