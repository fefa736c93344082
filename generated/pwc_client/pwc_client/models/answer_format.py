from enum import StrEnum


class AnswerFormat(StrEnum):
    CHART = "chart"
    TABLE = "table"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
