from enum import StrEnum


class RefreshResponseStatus(StrEnum):
    QUEUED = "queued"
    REFRESHED = "refreshed"

    def __str__(self) -> str:
        return str(self.value)
