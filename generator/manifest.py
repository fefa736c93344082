"""What a generated package was made from: hashes of its inputs and files, recorded in ``generation-manifest.json``.

Deciding that a package is up to date needs only this module (hashing, no openapi-python-client import), so a
``make generate`` with nothing changed returns at once.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.families import ROOT, TEMPLATES_DIR

__all__ = ["CACHE_DIRS", "MANIFEST", "files", "inputs", "is_up_to_date", "manifest_text", "up_to_date_files"]

MANIFEST = "generation-manifest.json"
TOOLS = ("openapi-python-client", "ruff", "jinja2")
GENERATOR_SOURCES = (
    "build.py",
    "changelog.py",
    "channels.py",
    "diff",
    "docstrings.py",
    "families.py",
    "fast_decode.py",
    "findings.py",
    "history.py",
    "jobs.py",
    "lint.py",
    "manifest.py",
    "normalize.py",
    "open_models.py",
    "readme_examples.py",
    "resources",
    "spec",
    "template_context.py",
    "template_features.py",
)
CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def inputs(spec_name: str, spec_path: Path, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the hashes, versions and options the output of a package depends on."""
    recorded: dict[str, Any] = {
        "spec": {"path": spec_name, "sha256": _sha256(spec_path.read_bytes())},
        "templates_sha256": _tree_hash(TEMPLATES_DIR),
        "generator_sha256": _sources_hash(),
        "tools": {tool: version(tool) for tool in TOOLS},
    }
    if options:
        recorded["options"] = options
    return recorded


def is_up_to_date(output_dir: Path, expected_inputs: dict[str, Any]) -> bool:
    """Return True when the manifest matches the inputs and the files on disk match the manifest."""
    return up_to_date_files(output_dir, expected_inputs) is not None


def up_to_date_files(output_dir: Path, expected_inputs: dict[str, Any]) -> dict[str, str] | None:
    """Every file of an up-to-date output (see :func:`is_up_to_date`) and its hash, the manifest too; else None."""
    manifest_path = output_dir / MANIFEST
    if not manifest_path.is_file():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if manifest.get("inputs") != expected_inputs:
        return None
    on_disk = files(output_dir)
    listed = {name: digest for name, digest in on_disk.items() if name != MANIFEST}
    return on_disk if manifest.get("files") == listed else None


def manifest_text(package: str, recorded_inputs: dict[str, Any], output_dir: Path) -> str:
    manifest = {"package": package, "inputs": recorded_inputs, "files": files(output_dir)}
    return json.dumps(manifest, indent=2, sort_keys=True) + "\n"


def files(root: Path) -> dict[str, str]:
    """Map every file below ``root`` (relative POSIX path) to its SHA-256, cache folders left out."""
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): _sha256(path.read_bytes())
        for path in sorted(root.rglob("*"))
        if path.is_file() and not any(part in CACHE_DIRS for part in path.parts)
    }


def _sources_hash() -> str:
    digest = hashlib.sha256()
    for name in GENERATOR_SOURCES:
        path = ROOT / "generator" / name
        paths = sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts) if path.is_dir() else [path]
        for source in paths:
            if source.is_file():
                digest.update(source.relative_to(ROOT).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
