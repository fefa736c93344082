"""The naming rule of the resource layer, on names alone (see the package docstring)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator

from openapi_python_client.strings import snake_case

__all__ = [
    "CLIENT_ATTRIBUTES",
    "async_name",
    "base_names",
    "items_name",
    "method_name",
    "plural",
    "resource_attribute",
    "singular",
    "unreserved",
]

CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose",
        "alogin",
        "aopen_stream",
        "arequest",
        "astream",
        "auth",
        "base_url",
        "close",
        "from_env",
        "get_async_httpx_client",
        "get_httpx_client",
        "login",
        "logout",
        "open_stream",
        "raise_on_unexpected_status",
        "request",
        "stream",
        "tokens",
        "verify",
        "with_options",
    }
)
"""The public attributes of the generated ``Client`` (a test checks this against the class): no resource hides one."""


def singular(word: str) -> str:
    """The singular of an English plural, as far as tag names need it (``studies``, ``statuses``, ``users``)."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "uses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """The plural of an English noun, as far as tag names need it (``study``, ``status``, ``user``)."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s"


def method_name(operation: str, tag: str, path: str = "", method: str = "") -> str:
    """An operation's method name in its tag's resource: the operationId's words without the tag's after the first.

    ``method_name("list_users", "users") == "list"``; ``method_name("upload_file", "uploads") == "upload_file"``.
    The suffix FastAPI appends to the ids it makes up (the path's words, then the method) is dropped first:
    ``method_name("get_item_items_item_id_get", "items", "/items/{item_id}", "get") == "get"``.
    """
    words = [word for word in operation.split("_") if word]
    suffix = [*(word for word in snake_case(re.sub(r"\W+", "_", path)).split("_") if word), method] if method else []
    if suffix and len(words) > len(suffix) and words[-len(suffix) :] == suffix:
        words = words[: -len(suffix)]
    tag_words = [word for word in tag.split("_") if word]
    if not words or not tag_words:
        return operation
    last = tag_words[-1]
    forms = {(*tag_words[:-1], form) for form in (last, singular(last), plural(last))}
    kept, index = words[:1], 1
    while index < len(words):
        form = next((f for f in forms if tuple(words[index : index + len(f)]) == f), None)
        if form is None:
            kept.append(words[index])
            index += 1
        else:
            index += len(form)
    name = "_".join(kept)
    return name if name.isidentifier() and not name.startswith("_") else operation


def items_name(name: str) -> str:
    """The page iterator's name of an operation method: ``list`` gives ``iter``, ``list_logs`` ``iter_logs``."""
    if name == "list" or name.startswith("list_"):
        return "iter" + name[4:]
    return f"iter_{name}"


def async_name(name: str) -> str:
    return unreserved("a" + name.removesuffix("_"))


def unreserved(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name


def base_names(
    operations: dict[str, tuple[str, ...]], tag: str, routes: dict[str, tuple[str, str]] | None = None
) -> dict[str, str]:
    """The method name of each operation (module name -> name); ``operations`` maps each to its kinds (``call``,
    ``pages``, ...), ``routes`` to its path and method.

    Operations whose names would clash get their HTTP method appended when that tells them apart (one path, several
    methods: ``note_get``, ``note_put``), else fall back to their full operationId.
    """
    routes = routes or {}
    names = {module: unreserved(method_name(module, tag, *routes.get(module, ("", "")))) for module in operations}
    clashing = _clashing(names, operations)
    if clashing:
        named = {module: f"{names[module]}_{routes[module][1]}" for module in clashing if module in routes}
        if len(named) == len(clashing) and not _clashing(names | named, operations):
            return names | named
    for _ in range(2):
        if not clashing:
            break
        names = {module: (unreserved(module) if module in clashing else name) for module, name in names.items()}
        clashing = _clashing(names, operations)
    return names


def _clashing(names: dict[str, str], operations: dict[str, tuple[str, ...]]) -> set[str]:
    """The operations one of whose method names another operation's method names repeat."""
    seen: dict[str, set[str]] = {}
    for module, name in names.items():
        for derived in _derived(name, operations[module]):
            seen.setdefault(derived, set()).add(module)
    return {module for modules in seen.values() if len(modules) > 1 for module in modules}


def _derived(name: str, kinds: tuple[str, ...]) -> Iterator[str]:
    """Every method name (sync and async) an operation's kinds give: ``call``, ``pages``, ``file``, ``job``..."""
    names = [name]
    if "pages" in kinds:
        names += [items_name(name), items_name(name) + "_pages"]
    if "file" in kinds:
        names.append(name + "_to_file")
    if "job" in kinds:
        names.append(name + "_and_wait")
    if "job_file" in kinds:
        names.append(name + "_and_download")
    if "wait" in kinds:
        names = [name]
    for each in names:
        yield each
        yield async_name(each)


def resource_attribute(tag: str) -> str:
    return f"{tag}_api" if tag in CLIENT_ATTRIBUTES else tag
