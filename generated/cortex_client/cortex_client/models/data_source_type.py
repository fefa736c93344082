from ..types import OpenStrEnum


class DataSourceType(OpenStrEnum):
    """Kind of connection of a data source (the seed's `DataSourceConfig.type` union, complete).

    An open enum: a response value the spec does not list decodes to a member with ``is_known`` False.
    """

    API = "api"
    DATABASE = "database"
    FILE = "file"
    STREAM = "stream"
