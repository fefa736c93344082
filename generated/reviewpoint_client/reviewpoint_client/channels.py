"""The websocket channels of ReViewPoint Core API: typed messages, reconnection and subscriptions.

Each channel is a class for ``async with`` and ``async for``, with a ``Sync`` twin for ``with`` and ``for``. Both
take the :class:`~reviewpoint_client.client.Client` whose base URL, credentials and TLS settings they use.

- :class:`EventsChannel` (``/api/v1/ws``): Real-time events.
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
from .models.file_uploaded_message import FileUploadedMessage
from .models.notification_message import NotificationMessage
from .models.user_registered_message import UserRegisteredMessage

__all__ = [
    "EventsChannel",
    "EventsMessage",
    "EventsSyncChannel",
    "ChannelClosedError",
    "MalformedMessage",
    "Received",
    "Reconnect",
    "UnknownMessage",
]

EventsMessage = FileUploadedMessage | UserRegisteredMessage | NotificationMessage
"""The documented messages of the ``events`` channel."""


class EventsChannel(AsyncChannel[EventsMessage]):
    """Real-time events. After connecting, send a `subscribe` message listing the event types to
    receive; the server then pushes `file_uploaded`, `user_registered` and `notification` messages.

    Connects to ``/api/v1/ws`` on the host of the client's base URL (``url=`` overrides it), with the
    bearer token in the ``Authorization`` header.
    Subscribe to topics with :meth:`subscribe`; they are subscribed to again after a reconnection.
    Iterating yields the documented messages:
    :class:`FileUploadedMessage`,
    :class:`UserRegisteredMessage`,
    :class:`NotificationMessage`;
    and :class:`UnknownMessage` or :class:`MalformedMessage` for what the spec does not document.
    """

    SPEC = ChannelSpec(
        name="events",
        path="/api/v1/ws",
        base_path="",
        auth_in="header",
        auth_name="Authorization",
        kinds=(
            MessageKind(FileUploadedMessage, topic="file_uploaded"),
            MessageKind(UserRegisteredMessage, topic="user_registered"),
            MessageKind(NotificationMessage, topic="notification"),
        ),
        topic_at=("type",),
        subscribe=Subscription(
            {"type": "subscribe", "data": {"events": ["file_uploaded", "user_registered"]}},
            ("data", "events"),
            many=True,
        ),
        error_from_response=error_from_response,
    )


class EventsSyncChannel(SyncChannel[EventsMessage]):
    """The synchronous twin of :class:`EventsChannel`, for ``with`` and ``for``."""

    ASYNC = EventsChannel
