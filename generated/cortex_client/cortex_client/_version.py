"""The version of cortex_client: the ``info.version`` of the spec it was generated from."""

__version__ = "1.0.0"
