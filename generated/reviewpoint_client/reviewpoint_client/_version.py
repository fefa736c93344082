"""The version of reviewpoint_client: the ``info.version`` of the spec it was generated from."""

__version__ = "1.0.0"
