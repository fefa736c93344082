"""Vendored copies: a generated package copied into another project, and whether such a copy is still current.

``vendor`` copies ``generated/<pkg>/<pkg>/`` into ``DEST/<name>/`` (another name rewrites the package's own name in
its modules; imports inside a package are relative) with ``vendor-stamp.json``: the family, the version, the hashes
of the spec and the generator, the hash of every file as written, and the snapshot of the API. ``check`` compares a
copy with its stamp (edited by hand?) and with what ``vendor`` would write now (stale? what changed since?).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Literal

from generator import diff, history, manifest
from generator.diff import Change, Snapshot
from generator.families import FAMILIES, Family
from generator.findings import Finding, relative
from generator.manifest import CACHE_DIRS, MANIFEST

__all__ = ["STAMP", "Verdict", "VendorError", "check", "vendor"]

STAMP = "vendor-stamp.json"
State = Literal["current", "stale", "edited"]


class VendorError(Exception):
    """A copy cannot be made or checked; carries the finding that says why (``refused``: not a usage error)."""

    def __init__(self, finding: Finding, *, refused: bool = False) -> None:
        self.finding = finding
        self.refused = refused
        super().__init__(str(finding))


@dataclass(frozen=True)
class Verdict:
    """What ``check`` found about a vendored copy."""

    path: Path
    family: Family
    name: str
    vendored_version: str
    current_version: str
    edited: tuple[str, ...]  # "client.py (changed)", ...
    outdated: tuple[str, ...]  # files a fresh copy would write differently
    changes: tuple[Change, ...]  # API changes since the vendored version
    generated_is_stale: bool

    @property
    def states(self) -> tuple[State, ...]:
        found: list[State] = []
        if self.outdated:
            found.append("stale")
        if self.edited:
            found.append("edited")
        return tuple(found) or ("current",)


def vendor(family: Family, destination: Path, name: str | None = None, *, force: bool = False) -> Path:
    """Copy a family's generated package into ``destination/<name>``; return the folder written.

    Raises:
        VendorError: The package is not generated or not up to date, ``name`` is no package name, or the folder
            exists and is not a vendored copy, or (without ``force``) was edited by hand.
    """
    name = name or family.package
    if not (name.isidentifier() and name.isascii()):
        raise VendorError(Finding(name, "", "vendor-name", "not a Python package name (e.g. pwc_client)"))
    if destination.exists() and not destination.is_dir():
        raise VendorError(Finding(relative(destination), "", "vendor-destination", "exists and is not a folder"))
    files, stamp = _copy(family, name)
    target = destination / name
    if target.exists():
        _check_replaceable(target, force=force)
    destination.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".vendor-{name}-", dir=destination) as scratch:
        fresh = Path(scratch) / name
        for relative_name, data in files.items():
            path = fresh / relative_name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (fresh / STAMP).write_text(json.dumps(stamp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.exists():
            retired = Path(scratch) / f"{name}.old"
            os.replace(target, retired)
        os.replace(fresh, target)
    return target


def check(path: Path) -> Verdict:
    """Compare a vendored copy with its stamp and with what ``vendor`` would write now.

    Raises:
        VendorError: ``path`` is not a vendored copy, its stamp cannot be read, or its family is unknown here.
    """
    stamp = _read_stamp(path)
    family = FAMILIES.get(str(stamp.get("family")))
    if family is None:
        message = f"vendored from family {stamp.get('family')!r}, which is not one of {', '.join(FAMILIES)}"
        raise VendorError(Finding(relative(path / STAMP), "", "vendor-unknown-family", message))
    name = str(stamp["name"])
    recorded: dict[str, str] = stamp["files"]
    on_disk = {key: value for key, value in manifest.files(path).items() if key != STAMP}
    edited = tuple(
        f"{key} ({'missing' if key not in on_disk else 'added' if key not in recorded else 'changed'})"
        for key in sorted(recorded.keys() | on_disk.keys())
        if recorded.get(key) != on_disk.get(key)
    )
    files, now = _copy(family, name)
    fresh = {key: _sha256(data) for key, data in files.items()}
    outdated = tuple(sorted(key for key in recorded.keys() | fresh.keys() if recorded.get(key) != fresh.get(key)))
    changes: tuple[Change, ...] = ()
    if outdated:
        before = _renamed(Snapshot.from_json(stamp["snapshot"], f"{name}@{stamp['version']}"), name)
        after = _renamed(Snapshot.from_json(now["snapshot"], f"{name}@{now['version']}"), name)
        changes = tuple(diff.compare(before, after))
    return Verdict(
        path=path,
        family=family,
        name=name,
        vendored_version=str(stamp["version"]),
        current_version=str(now["version"]),
        edited=edited,
        outdated=outdated,
        changes=changes,
        generated_is_stale=not manifest.is_up_to_date(
            family.output_dir, manifest.inputs(family.spec, family.spec_path)
        ),
    )


def _copy(family: Family, name: str) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The files of a copy named ``name`` (relative path -> content) and its stamp."""
    output = family.output_dir
    source = output / family.package
    recorded = _generated(family)
    pattern = re.compile(rf"(?<![\w.]){re.escape(family.package)}\b")
    files: dict[str, bytes] = {}
    for path in sorted(source.rglob("*")):
        if not path.is_file() or any(part in CACHE_DIRS for part in path.parts):
            continue
        data = path.read_bytes()
        if path.suffix == ".py" and name != family.package:
            data = pattern.sub(name, data.decode("utf-8")).encode("utf-8")
        files[path.relative_to(source).as_posix()] = data
    inputs = json.loads((output / MANIFEST).read_text(encoding="utf-8"))["inputs"]
    stamp = {
        "family": family.name,
        "package": family.package,
        "name": name,
        "version": recorded.current.version,
        "spec": inputs["spec"],
        "generator": {
            "version": _generator_version(),
            "sha256": inputs["generator_sha256"],
            "templates_sha256": inputs["templates_sha256"],
            "tools": inputs["tools"],
        },
        "files": {key: _sha256(data) for key, data in files.items()},
        "snapshot": recorded.current.to_json(),
    }
    return files, stamp


def _generated(family: Family) -> history.History:
    try:
        recorded = history.read(family.output_dir)
    except history.HistoryError as exc:
        raise VendorError(exc.finding, refused=True) from None
    if recorded is None or not (family.output_dir / MANIFEST).is_file():
        message = "no generated package with a history here: run `make generate` first"
        raise VendorError(Finding(relative(family.output_dir), "", "vendor-not-generated", message), refused=True)
    return recorded


def _check_replaceable(target: Path, *, force: bool) -> None:
    if not (target / STAMP).is_file():
        message = f"exists and is not a vendored copy (no {STAMP}): choose another DEST or PACKAGE"
        raise VendorError(Finding(relative(target), "", "vendor-not-ours", message), refused=True)
    if force:
        return
    stamp = _read_stamp(target)
    on_disk = {key: value for key, value in manifest.files(target).items() if key != STAMP}
    edited = sorted(
        key for key in stamp["files"].keys() | on_disk.keys() if stamp["files"].get(key) != on_disk.get(key)
    )
    if edited:
        message = f"edited by hand since it was vendored: {', '.join(edited)}; --force (FORCE=1) overwrites them"
        raise VendorError(Finding(relative(target), "", "vendor-edited", message), refused=True)


def _read_stamp(path: Path) -> dict[str, Any]:
    stamp_path = path / STAMP
    if not stamp_path.is_file():
        message = f"not a vendored copy: no {STAMP} (copies are made with `make vendor`)"
        raise VendorError(Finding(relative(path), "", "vendor-no-stamp", message))
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        keys = ("family", "name", "version", "files", "snapshot")
        if not isinstance(stamp, dict) or not isinstance(stamp.get("files"), dict) or not all(k in stamp for k in keys):
            raise ValueError(f"a stamp has {', '.join(keys)}")
    except (OSError, ValueError, KeyError) as exc:
        message = f"cannot read the stamp ({type(exc).__name__}: {exc})"
        raise VendorError(Finding(relative(stamp_path), "", "vendor-stamp-unreadable", message)) from None
    return stamp


def _renamed(snapshot: Snapshot, name: str) -> Snapshot:
    return replace(snapshot, python=replace(snapshot.python, package=name))


def _generator_version() -> str:
    try:
        return version("apiclients-generator")
    except PackageNotFoundError:
        return "unknown"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
