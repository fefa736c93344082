"""The versions of a generated package: what each one changed, and whether its version number says so.

``generated/<pkg>/api-history.json`` holds the snapshot of the current generation (spec and public Python surface),
the *baseline* the current version is judged against, and the changes of every version so far. On each generation
that changes the snapshot:

- a new ``info.version`` starts a new entry, judged against the last generation of the version before;
- the same version extends its entry (work in progress), judged against the same baseline, unless the last
  generation was committed to git: a committed version is taken as released, and any change needs a new number;
- the first version recorded is its own baseline: changing it needs a new number.

A breaking change needs a major bump (a minor one below 1.0.0), an addition a minor one (a patch below 1.0.0).
Dates come from ``SOURCE_DATE_EPOCH``, else the spec's last commit when it is committed as is, else today (UTC);
a generation that changes nothing keeps everything, so the output stays byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import diff
from generator.diff import Change, Snapshot
from generator.findings import Finding, relative

__all__ = ["RECORD", "History", "HistoryError", "Release", "advance", "read", "required_version", "version_problems"]

RECORD = "api-history.json"
_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")


class HistoryError(Exception):
    """A package's history cannot be read; carries the finding that says why."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        super().__init__(str(finding))


@dataclass(frozen=True)
class Release:
    """One version: its date and what changed since the version before (none for the first one recorded)."""

    version: str
    date: str
    changes: tuple[Change, ...] = ()
    first: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": self.version, "date": self.date}
        if self.first:
            data["first"] = True
        data["changes"] = [change.to_json() for change in self.changes]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Release:
        changes = tuple(Change.from_json(change) for change in data.get("changes", ()))
        return cls(str(data["version"]), str(data["date"]), changes, bool(data.get("first", False)))


@dataclass(frozen=True)
class History:
    """The current snapshot, the baseline its version is judged against, and every version's entry, newest first."""

    package: str
    spec_file: str
    current: Snapshot
    baseline: Snapshot
    releases: tuple[Release, ...]

    def text(self) -> str:
        data = {
            "package": self.package,
            "spec": self.spec_file,
            "releases": [release.to_json() for release in self.releases],
            "current": self.current.to_json(),
            "baseline": None if self.baseline.to_json() == self.current.to_json() else self.baseline.to_json(),
        }
        return json.dumps(data, indent=1, sort_keys=False, ensure_ascii=False) + "\n"


def read(output_dir: Path) -> History | None:
    """The history recorded in a generated project folder; None when it has none.

    Raises:
        HistoryError: The record exists but cannot be read (a merge conflict, a hand edit).
    """
    path = output_dir / RECORD
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        current = Snapshot.from_json(data["current"], f"{data['spec']}@{data['current']['version']}")
        base = data.get("baseline")
        baseline = current if base is None else Snapshot.from_json(base, f"{data['spec']}@{base['version']}")
        releases = tuple(Release.from_json(release) for release in data["releases"])
        return History(str(data["package"]), str(data["spec"]), current, baseline, releases)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        message = f"cannot read the package's history ({type(exc).__name__}: {exc}): restore it from git"
        raise HistoryError(Finding(relative(path), "", "history-unreadable", message)) from None


def advance(previous: History | None, now: Snapshot, *, spec_path: Path, spec_file: str, record: Path) -> History:
    """The history after generating ``now`` (``record``: where the previous one is, to see if it is committed)."""
    package = now.python.package
    if previous is None:
        release = Release(now.version, _date(spec_path), first=True)
        return History(package, spec_file, now, now, (release,))
    if previous.current.to_json() == now.to_json():
        return previous
    same_version = now.version == previous.current.version
    baseline = previous.baseline if same_version and not _committed(record) else previous.current
    changes = tuple(diff.compare(baseline, now))
    release = Release(now.version, _date(spec_path), changes, first=same_version and previous.releases[0].first)
    older = previous.releases[1:] if same_version else previous.releases
    return History(package, spec_file, now, baseline, (release, *older))


def version_problems(history: History) -> list[str]:
    """What is wrong when ``info.version`` does not step up as much as the changes of its entry require."""
    release = history.releases[0]
    level = diff.worst(release.changes)
    if level not in ("breaking", "non-breaking"):
        return []
    before, after = history.baseline.version, history.current.version
    needed = required_version(before, level)
    if needed is not None and _at_least(after, needed):
        return []
    reasons = [change for change in release.changes if change.level == level]
    first = reasons[0]
    where = f"{first.operation}: " if first.operation else ""
    more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
    kind = "breaking changes" if level == "breaking" else "additions"
    wanted = f"at least {needed}" if needed else "a higher version (MAJOR.MINOR.PATCH)"
    message = (
        f"{kind} since {before} need info.version {wanted}, not {after}: {where}{first.message}{more};"
        " see `python -m generator diff` or the package's CHANGELOG.md"
    )
    return [message]


def required_version(version: str, level: str) -> str | None:
    """The lowest version after ``version`` that signals changes of ``level``; None when it is not MAJOR.MINOR.PATCH."""
    parsed = _parse(version)
    if parsed is None:
        return None
    major, minor, patch = parsed
    if level == "breaking":
        return f"{major + 1}.0.0" if major else f"0.{minor + 1}.0"
    return f"{major}.{minor + 1}.0" if major else f"0.{minor}.{patch + 1}"


def _at_least(version: str, needed: str) -> bool:
    have, want = _parse(version), _parse(needed)
    return have is not None and want is not None and have >= want


def _parse(version: str) -> tuple[int, int, int] | None:
    found = _SEMVER.match(version.strip())
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def _date(spec_path: Path) -> str:
    """The date of a spec change: SOURCE_DATE_EPOCH, else its last commit when committed as is, else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
    if _committed(spec_path):
        logged = _git(spec_path.parent, "log", "-1", "--format=%cs", "--", spec_path.name)
        if logged:
            return logged
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def _committed(path: Path) -> bool:
    """Whether a file is tracked by git and unchanged since the last commit (False outside a git work tree)."""
    if not path.is_file():
        return False
    tracked = _git(path.parent, "ls-files", "--", path.name)
    return bool(tracked) and _git(path.parent, "status", "--porcelain", "--", path.name) == ""


def _git(cwd: Path, *arguments: str) -> str | None:
    try:
        result = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None
