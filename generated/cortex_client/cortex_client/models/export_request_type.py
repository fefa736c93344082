from enum import StrEnum


class ExportRequestType(StrEnum):
    DASHBOARD = "dashboard"

    def __str__(self) -> str:
        return str(self.value)
