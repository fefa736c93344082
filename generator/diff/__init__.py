"""What a spec change breaks: the wire contract and the generated Python API of two versions, compared.

``compare(old, new)`` takes two :class:`Snapshot` objects (a spec without its prose, and the public surface of the
package generated from it) and returns :class:`Change` objects, each ``breaking``, ``non-breaking`` or ``info``.
``snapshot_of(target)`` generates a package into a temporary folder to take its snapshot; every generated package
also stores the snapshot it was made with (``generator.history``).
"""

from __future__ import annotations

from generator.diff._change import LEVELS, Change, Level, ordered, worst
from generator.diff._python import PythonAPI, python_changes
from generator.diff._render import markdown, summary, to_json
from generator.diff._snapshot import Snapshot, normalized, take
from generator.diff._surface import Surface, read_surface
from generator.diff._versions import DiffError, between_files, git_show, since_revision, snapshot_of
from generator.diff._wire import wire_changes

__all__ = [
    "LEVELS",
    "Change",
    "DiffError",
    "Level",
    "PythonAPI",
    "Snapshot",
    "Surface",
    "between_files",
    "compare",
    "git_show",
    "markdown",
    "normalized",
    "ordered",
    "python_changes",
    "read_surface",
    "since_revision",
    "snapshot_of",
    "summary",
    "take",
    "to_json",
    "wire_changes",
    "worst",
]


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every change from ``old`` to ``new``: the wire contract (on the typed specs), then the Python API."""
    return ordered([*wire_changes(old.spec, new.spec), *python_changes(old.python, new.python)])
