"""Loading OpenAPI documents and walking them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from generator.findings import Finding, pointer, relative

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(Exception):
    """A spec could not be read or parsed; carries the findings that say why."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(str(finding) for finding in findings))


def load(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON OpenAPI document, with every mapping key as a string.

    Raises:
        SpecError: The file is missing, not YAML, or not a mapping.
    """
    name = relative(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Finding(name, "", "spec-unreadable", str(exc))]) from exc
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecError([Finding(name, "", "yaml-syntax", " ".join(str(exc).split()))]) from exc
    if not isinstance(document, dict):
        raise SpecError([Finding(name, "", "spec-not-a-mapping", "the document must be a YAML/JSON object")])
    return _stringify_keys(document)  # type: ignore[no-any-return]


def _stringify_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(key): _stringify_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(value) for value in node]
    return node


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """Yield (path, method, operation, JSON pointer) for every operation of a document."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation, pointer("paths", path, method)


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains; return None for a dangling one."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return None
        seen.add(ref)
        node = lookup(document, ref)
    return node


def lookup(document: dict[str, Any], ref: str) -> Any:
    """Return the node a local ``#/...`` reference points at, or None."""
    node: Any = document
    for raw in ref[2:].split("/") if ref != "#" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def walk(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (JSON pointer, node) for a node and everything below it."""
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, at + pointer(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, at + pointer(index))
