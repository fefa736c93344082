"""The two versions to compare: two files, or a family's spec at a git revision and in the work tree.

Each version is generated with our own generator (leniently: an old revision may not pass today's lint) into a
temporary folder, with the same settings for both, and snapshotted there.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diff._snapshot import Snapshot
from generator.families import FAMILIES, Family
from generator.findings import Finding, relative

if TYPE_CHECKING:
    from generator.build import Target

__all__ = ["DiffError", "between_files", "git_show", "since_revision", "snapshot_of"]


class DiffError(Exception):
    """The versions to compare cannot be read or generated; carries the findings that say why."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(str(finding) for finding in findings))


def since_revision(family: Family, revision: str) -> tuple[Snapshot, Snapshot]:
    """A family's spec at a git revision and as it is in the work tree.

    Raises:
        DiffError: Not a git work tree, an unknown revision, or a version that cannot be read or generated.
    """
    from generator.build import Target

    with tempfile.TemporaryDirectory(prefix="diff-base-") as scratch:
        old_path = git_show(family.spec_path, revision, Path(scratch))
        target = Target.of(family)
        return snapshot_of(replace(target, spec_path=old_path)), snapshot_of(target)


def between_files(old_path: Path, new_path: Path, package: str | None = None) -> tuple[Snapshot, Snapshot]:
    """Two documents, generated with the settings of the family whose spec one of them is, else as ``client`` would.

    Raises:
        DiffError: A document cannot be read or generated.
    """
    for path in (old_path, new_path):
        if not path.is_file():
            raise DiffError([Finding(relative(path), "", "spec-unreadable", "no such file")])
    target = _target(old_path, new_path, package)
    return snapshot_of(replace(target, spec_path=old_path)), snapshot_of(replace(target, spec_path=new_path))


def _target(old_path: Path, new_path: Path, package: str | None) -> Target:
    from generator import standalone
    from generator.build import Target
    from generator.spec import SpecError, load

    for family in FAMILIES.values():
        if family.spec_path.resolve() in (old_path.resolve(), new_path.resolve()):
            target = Target.of(family)
            return replace(target, package=package) if package else target
    name = package or f"{''.join(c if c.isalnum() else '_' for c in new_path.stem.lower()).strip('_')}_client"
    partial = standalone.target(new_path, name, Path(tempfile.gettempdir()), env_prefix=None, strict=False)
    try:
        spec = load(new_path)
    except SpecError as exc:
        raise DiffError(exc.findings) from None
    return replace(partial, auth=standalone.detect_auth(spec), error_schemas=standalone.error_schemas(spec))


def snapshot_of(target: Target) -> Snapshot:
    """Generate ``target``'s package (leniently, into a temporary folder) and return its snapshot.

    Raises:
        DiffError: The document cannot be read or generated.
    """
    from generator import build

    with tempfile.TemporaryDirectory(prefix="diff-") as scratch:
        destination = Path(scratch) / target.package
        lenient = replace(target, strict=False, output_dir=destination, semver=False, snapshot_only=True)
        try:
            rendered = build.render_target(lenient, destination)
        except build.GenerationError as exc:
            raise DiffError(exc.findings) from None
        assert rendered.snapshot is not None
        return rendered.snapshot


def git_show(path: Path, revision: str, destination: Path) -> Path:
    """Write ``path`` as it is at a git revision into ``destination`` (same file name); return that file.

    Raises:
        DiffError: Not a git work tree, an unknown revision, or no such file at that revision.
    """
    path = path.resolve()
    top = _git(path.parent, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise DiffError([Finding(relative(path), "", "git-failed", "not in a git work tree: --base needs one")])
    inside = path.relative_to(Path(top.stdout.decode().strip()).resolve()).as_posix()
    shown = _git(path.parent, "show", f"{revision}:{inside}")
    if shown.returncode != 0:
        reasons = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reasons[-1].removeprefix("fatal: ") if reasons else "git show failed"
        raise DiffError([Finding(inside, "", "git-failed", f"cannot read it at {revision}: {detail}")])
    destination.mkdir(parents=True, exist_ok=True)
    written = destination / path.name
    written.write_bytes(shown.stdout)
    return written


def _git(cwd: Path, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        return subprocess.CompletedProcess(["git"], 127, b"", str(exc).encode())
