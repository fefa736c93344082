"""What a spec change breaks: the wire contract and the generated Python API of two versions, compared.

``compare(old, new)`` takes two :class:`Snapshot` objects (a spec without its prose, and the public surface of the
package generated from it) and returns :class:`Change` objects, each ``breaking``, ``non-breaking`` or ``info``.
``snapshot_of(target)`` generates a package into a temporary folder to take its snapshot; every generated package
also stores the snapshot it was made with (``generator.history``).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diff._change import LEVELS, Change, Level, ordered, worst
from generator.diff._python import PythonAPI, python_changes
from generator.diff._render import markdown, summary, to_json
from generator.diff._snapshot import Snapshot, normalized, take
from generator.diff._surface import Surface, read_surface
from generator.diff._wire import wire_changes
from generator.findings import Finding

if TYPE_CHECKING:
    from generator.build import Target

__all__ = [
    "LEVELS",
    "Change",
    "DiffError",
    "Level",
    "PythonAPI",
    "Snapshot",
    "Surface",
    "compare",
    "git_show",
    "markdown",
    "normalized",
    "ordered",
    "python_changes",
    "read_surface",
    "snapshot_of",
    "summary",
    "take",
    "to_json",
    "wire_changes",
    "worst",
]


class DiffError(Exception):
    """The versions to compare cannot be read or generated; carries the findings that say why."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(str(finding) for finding in findings))


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every change from ``old`` to ``new``: the wire contract (on the typed specs), then the Python API."""
    return ordered([*wire_changes(old.spec, new.spec), *python_changes(old.python, new.python)])


def snapshot_of(target: Target) -> Snapshot:
    """Generate ``target``'s package (leniently, into a temporary folder) and return its snapshot.

    Raises:
        DiffError: The document cannot be read or generated.
    """
    from generator import build

    with tempfile.TemporaryDirectory(prefix="diff-") as scratch:
        destination = Path(scratch) / target.package
        lenient = replace(target, strict=False, output_dir=destination, semver=False)
        try:
            rendered = build.render_target(lenient, destination)
        except build.GenerationError as exc:
            raise DiffError(exc.findings) from None
        assert rendered.snapshot is not None
        return rendered.snapshot


def git_show(path: Path, revision: str, destination: Path) -> Path:
    """Write ``path`` as it is at a git revision to ``destination`` (same file name); return that file.

    Raises:
        DiffError: Not a git work tree, an unknown revision, or no such file at that revision.
    """
    path = path.resolve()
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=path.parent, capture_output=True, text=True, check=False
        )
    except OSError as exc:
        raise DiffError([Finding(str(path), "", "git-failed", f"cannot run git: {exc.strerror}")]) from None
    if top.returncode != 0:
        raise DiffError([Finding(str(path), "", "git-failed", "not in a git work tree: --base needs one")])
    relative = path.relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    shown = subprocess.run(["git", "show", f"{revision}:{relative}"], cwd=path.parent, capture_output=True, check=False)
    if shown.returncode != 0:
        reason = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else "git show failed"
        raise DiffError([Finding(relative, "", "git-failed", f"cannot read {relative} at {revision}: {detail}")])
    destination.mkdir(parents=True, exist_ok=True)
    written = destination / path.name
    written.write_bytes(shown.stdout)
    return written
