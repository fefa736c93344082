"""Drift: regenerate into a temporary folder and list every file that differs from ``generated/``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.build import CACHE_DIRS, render
from generator.families import Family
from generator.findings import Finding, relative


def check(family: Family) -> list[Finding]:
    """Return one finding per file that is changed, missing or extra in the committed package.

    Raises:
        GenerationError: The package could not be generated at all.
    """
    with tempfile.TemporaryDirectory(prefix=f"drift-{family.package}-") as scratch:
        fresh = render(family, Path(scratch) / family.package)
        return compare(fresh, family.output_dir)


def compare(expected: Path, actual: Path) -> list[Finding]:
    """Compare two trees file by file."""
    want = _contents(expected)
    have = _contents(actual)
    findings = []
    for name in sorted(want.keys() | have.keys()):
        if name not in have:
            reason = "missing: regenerate with `make generate`"
        elif name not in want:
            reason = "not produced by the generator: remove it or regenerate"
        elif want[name] != have[name]:
            reason = "differs from what the spec and templates produce (edited by hand, or not regenerated)"
        else:
            continue
        findings.append(Finding(relative(actual / name), "", "drift", reason))
    return findings


def _contents(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and not any(part in CACHE_DIRS for part in path.parts)
    }
