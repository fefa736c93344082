from ..types import OpenStrEnum


class WsClientMessageType(OpenStrEnum):
    """The seed sends exactly these two (lines 1344 and 1356).

    An open enum: a response value the spec does not list decodes to a member with ``is_known`` False.
    """

    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
