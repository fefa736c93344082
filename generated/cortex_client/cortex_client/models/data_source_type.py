from enum import StrEnum


class DataSourceType(StrEnum):
    API = "api"
    DATABASE = "database"
    FILE = "file"
    STREAM = "stream"

    def __str__(self) -> str:
        return str(self.value)
