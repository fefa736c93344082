from ..types import OpenStrEnum


class QueryFilterOperator(OpenStrEnum):
    """Comparison; `in` takes an array value, `like` a pattern with `%` wildcards.

    An open enum: a response value the spec does not list decodes to a member with ``is_known`` False.
    """

    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    LIKE = "like"
    LT = "lt"
    LTE = "lte"
    NE = "ne"
