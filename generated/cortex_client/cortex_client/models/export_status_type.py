from enum import StrEnum


class ExportStatusType(StrEnum):
    DASHBOARD = "dashboard"

    def __str__(self) -> str:
        return str(self.value)
