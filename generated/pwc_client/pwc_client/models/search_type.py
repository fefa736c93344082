from enum import StrEnum


class SearchType(StrEnum):
    ELASTICSEARCH = "elasticsearch"
    VECTOR = "vector"

    def __str__(self) -> str:
        return str(self.value)
