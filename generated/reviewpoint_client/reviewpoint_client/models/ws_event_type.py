from enum import StrEnum


class WsEventType(StrEnum):
    FILE_UPLOADED = "file_uploaded"
    NOTIFICATION = "notification"
    USER_REGISTERED = "user_registered"

    def __str__(self) -> str:
        return str(self.value)
