"""The runtime modules copied verbatim into every generated package (this file is not copied)."""
