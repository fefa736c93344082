from enum import StrEnum


class QueryFilterOperator(StrEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    LIKE = "like"
    LT = "lt"
    LTE = "lte"
    NE = "ne"

    def __str__(self) -> str:
        return str(self.value)
