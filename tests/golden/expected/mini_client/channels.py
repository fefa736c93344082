"""The websocket channels of Mini API: typed messages, reconnection and subscriptions.

Each channel is a class for ``async with`` and ``async for``, with a ``Sync`` twin for ``with`` and ``for``. Both
take the :class:`~mini_client.client.Client` whose base URL, credentials and TLS settings they use.

- :class:`ThingUpdatesChannel` (``/ws/things``): Changes to the things subscribed to.
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
from .models.thing_changed import ThingChanged

__all__ = [
    "ThingUpdatesChannel",
    "ThingUpdatesSyncChannel",
    "ChannelClosedError",
    "MalformedMessage",
    "Received",
    "Reconnect",
    "UnknownMessage",
]


class ThingUpdatesChannel(AsyncChannel[ThingChanged]):
    """Changes to the things subscribed to.

    Connects to ``/ws/things`` on the host of the client's base URL (``url=`` overrides it), with the
    bearer token in the ``token`` query parameter.
    Subscribe to topics with :meth:`subscribe`; they are subscribed to again after a reconnection.
    Iterating yields the documented messages:
    :class:`ThingChanged`;
    and :class:`UnknownMessage` or :class:`MalformedMessage` for what the spec does not document.
    """

    SPEC = ChannelSpec(
        name="thing_updates",
        path="/ws/things",
        base_path="",
        auth_in="query",
        auth_name="token",
        kinds=(MessageKind(ThingChanged, pattern="^thing:.+$"),),
        topic_at=("topic",),
        subscribe=Subscription({"action": "subscribe", "topic": "thing:thing-1"}, ("topic",)),
        unsubscribe=Subscription({"action": "unsubscribe", "topic": "thing:thing-1"}, ("topic",)),
        error_from_response=error_from_response,
    )


class ThingUpdatesSyncChannel(SyncChannel[ThingChanged]):
    """The synchronous twin of :class:`ThingUpdatesChannel`, for ``with`` and ``for``."""

    ASYNC = ThingUpdatesChannel
