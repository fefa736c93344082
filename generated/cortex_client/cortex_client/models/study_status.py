from enum import StrEnum


class StudyStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    PLANNING = "planning"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
