"""What a generation is compared by: its spec, without the prose, and its package's public Python surface.

A snapshot is stored with each generated package (and in each vendored copy), so a later generation can tell what
changed without the old spec or the old code at hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.diff._python import PythonAPI
from generator.diff._surface import read_surface
from generator.spec import Spec, from_document

__all__ = ["Snapshot", "normalized", "take"]

PROSE = frozenset({"description", "summary", "example", "examples", "externalDocs"})
NAME_MAPS = frozenset(
    {"properties", "patternProperties", "paths", "schemas", "responses", "parameters", "content", "headers",
     "securitySchemes", "links", "callbacks", "requestBodies", "encoding", "mapping", "$defs", "definitions",
     "variables", "scopes", "flows", "x-websockets"}
)  # fmt: skip


@dataclass(frozen=True)
class Snapshot:
    """A spec (``document``, prose left out) and the public surface of the package generated from it."""

    version: str
    document: dict[str, Any]
    python: PythonAPI
    name: str = "<snapshot>"

    @cached_property
    def spec(self) -> Spec:
        return from_document(self.document, self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "spec": self.document,
            "python": {
                "package": self.python.package,
                "operations": dict(sorted(self.python.operations.items())),
                "modules": self.python.modules,
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], name: str = "<snapshot>") -> Snapshot:
        python = data["python"]
        api = PythonAPI(str(python["package"]), dict(python["modules"]), dict(python.get("operations", {})))
        return cls(str(data["version"]), dict(data["spec"]), api, name)


def take(spec: Spec, package_dir: Path, operations: dict[str, str]) -> Snapshot:
    """The snapshot of a spec and the package generated from it (``package_dir`` holds its ``__init__.py``)."""
    api = PythonAPI(package_dir.name, read_surface(package_dir), operations)
    return Snapshot(spec.version, normalized(spec.document), api, spec.file)


def normalized(node: Any, names: bool = False) -> Any:
    """The document without descriptions, summaries and examples (``names``: the keys of ``node`` are names)."""
    if isinstance(node, dict):
        return {
            key: normalized(value, key in NAME_MAPS and not names)
            for key, value in node.items()
            if names or key not in PROSE or (key in ("description", "summary") and not isinstance(value, str))
        }
    if isinstance(node, list):
        return [normalized(value) for value in node]
    return node
