"""``CHANGELOG.md`` of a generated package, written from its history: every version, breaking changes first."""

from __future__ import annotations

from generator import diff
from generator.history import History, Release

__all__ = ["CHANGELOG", "render"]

CHANGELOG = "CHANGELOG.md"


def render(history: History) -> str:
    """The changelog: one section per version, newest first, each change with its migration hint."""
    lines = [
        f"# Changelog of {history.package}",
        "",
        f"One entry per `info.version` of `{history.spec_file}`: what changed in the API and in this package since the"
        " version before, breaking changes first, with how to migrate. Written by the generator from the package's"
        " history (`api-history.json`); do not edit by hand.",
        "",
    ]
    for release in history.releases:
        lines += [f"## {release.version} ({release.date})", "", _body(release)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _body(release: Release) -> str:
    if release.first and not release.changes:
        return "First version recorded.\n"
    if not release.changes:
        return "No change to the API or the package's public interface.\n"
    return f"{diff.summary(release.changes).capitalize()}.\n\n" + diff.markdown(release.changes, depth=3)
