"""The version of pwc_client: the ``info.version`` of the spec it was generated from."""

__version__ = "3.1.0"
