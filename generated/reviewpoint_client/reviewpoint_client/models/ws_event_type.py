from ..types import OpenStrEnum


class WsEventType(OpenStrEnum):
    """The event types this spec describes: the seed handles these three and logs any other (line 559). The
        list is closed only as a list of what is described; `OtherEventMessage` admits every other type a server
        pushes.

    An open enum: a response value the spec does not list decodes to a member with ``is_known`` False.
    """

    FILE_UPLOADED = "file_uploaded"
    NOTIFICATION = "notification"
    USER_REGISTERED = "user_registered"
