"""The resource layer: every operation as a method of ``client.<tag>``, named by one rule, computed here.

The naming rule (documented in each package README):

- a tag becomes a client attribute, its Python name (``data_sources``); a tag whose name a ``Client`` attribute
  already has gets ``_api`` appended (``auth`` becomes ``client.auth_api``); an operation without tags goes to
  ``default``;
- an operation becomes a method named after its operationId (its module name) without the tag's words, singular
  or plural, wherever they follow the first word: in ``users``, ``list_users`` is ``list``, ``get_user`` is
  ``get``, ``get_current_user`` is ``get_current``; in ``data_sources``, ``test_data_source_connection`` is
  ``test_connection``; the first word, the verb, stays (``upload_file`` stays ``upload_file`` in ``uploads``);
  an id FastAPI made up loses the path and method it appends first (``get_item_items_item_id_get`` is ``get``);
- what the runtime adds to an operation gets the same name with a suffix: page iterators ``iter`` (``list`` and
  ``list_x`` become ``iter`` and ``iter_x``, any other name ``iter_<name>``) and ``<iter>_pages``; a file answer
  ``<name>_to_file``; a job it starts ``<name>_and_wait`` and ``<name>_and_download``; waiting for a job started
  elsewhere ``wait_for_<job>`` (the tag's words removed the same way);
- every method has an asynchronous twin named with an ``a`` in front (``aget``, ``alist``, ``aiter``,
  ``acreate_and_wait``), as ``Client`` has ``login``/``alogin`` and ``close``/``aclose``;
- names that clash within a resource get the HTTP method appended when that tells them apart (one path, several
  methods), else fall back to the full operationId, for every operation involved; a Python keyword gets a
  trailing underscore.

Each method is a thin call of its operation module's function (``api.<tag>.<module>.sync``, ``sync_items``, ...),
imported on first use, with the per-call options applied through ``Client.with_options``.
"""

from generator.resources._arguments import Argument, body_declaration
from generator.resources._layer import Matched, Method, Resource, resources
from generator.resources._naming import (
    CLIENT_ATTRIBUTES,
    async_name,
    base_names,
    items_name,
    method_name,
    resource_attribute,
)

__all__ = [
    "CLIENT_ATTRIBUTES",
    "Argument",
    "Matched",
    "Method",
    "Resource",
    "async_name",
    "base_names",
    "body_declaration",
    "items_name",
    "method_name",
    "resource_attribute",
    "resources",
]
