from ..types import OpenStrEnum


class AggregationFunction(OpenStrEnum):
    """An open enum: a response value the spec does not list decodes to a member with ``is_known`` False."""

    AVG = "avg"
    COUNT = "count"
    MAX = "max"
    MIN = "min"
    SUM = "sum"
