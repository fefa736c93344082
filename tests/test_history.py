"""Versions and changelogs: the change since the last generation must fit the step of ``info.version``."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build, drift, history
from generator.families import Family
from tests.conftest import SPECS
from tests.test_generate import mini

MINI = yaml.safe_load((SPECS / "valid" / "mini.yaml").read_text(encoding="utf-8"))
TAG = {"name": "tag", "in": "query", "required": True, "schema": {"type": "string"}}
COLOR = {"name": "color", "in": "query", "schema": {"type": "string"}}


@pytest.fixture
def output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("generator.families.GENERATED_DIR", tmp_path / "generated")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    return tmp_path / "generated" / "mini_client"


def spec(tmp_path: Path, version: str = "0.3.0", *parameters: dict[str, Any]) -> Family:
    """Write the mini spec at a version, with more query parameters on list_things; return its family."""
    document = copy.deepcopy(MINI)
    document["info"]["version"] = version
    document["paths"]["/things"]["get"]["parameters"].extend(parameters)
    path = tmp_path / "mini.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    shutil.copyfile(SPECS / "valid" / "mini.seed.txt", tmp_path / "mini.seed.txt")  # info.x-seed, for lint
    return mini(path)


def test_the_first_generation_records_its_version(output: Path, tmp_path: Path) -> None:
    build.generate(spec(tmp_path))
    changelog = (output / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 0.3.0 (2026-01-01)\n\nFirst version recorded." in changelog
    recorded = history.read(output)
    assert recorded is not None and recorded.current.version == "0.3.0"
    assert "api.things.list_things" in recorded.current.python.modules


def test_a_breaking_change_without_a_major_bump_is_refused_naming_the_change(output: Path, tmp_path: Path) -> None:
    build.generate(spec(tmp_path))
    before = {path: path.read_bytes() for path in output.rglob("*") if path.is_file()}
    changed = spec(tmp_path, "0.3.0", TAG)
    with pytest.raises(build.GenerationError) as raised:
        build.generate(changed)
    (finding,) = raised.value.findings
    assert finding.rule == "version-bump" and finding.pointer == "/info/version" and finding.line > 0
    assert "need info.version at least 0.4.0, not 0.3.0" in finding.message
    assert "GET /things: query parameter `tag` added, required" in finding.message
    assert {path: path.read_bytes() for path in output.rglob("*") if path.is_file()} == before
    with pytest.raises(build.GenerationError) as checked:  # what `make check` reports
        drift.check(changed)
    assert [f.rule for f in checked.value.findings] == ["version-bump"]


def test_a_bumped_version_gets_an_entry_breaking_changes_first(output: Path, tmp_path: Path) -> None:
    build.generate(spec(tmp_path))
    bumped = spec(tmp_path, "0.4.0", TAG)
    build.generate(bumped)
    changelog = (output / "CHANGELOG.md").read_text(encoding="utf-8")
    entry, breaking, older = (changelog.index(text) for text in ("## 0.4.0 (2026-01-01)", "### Breaking", "## 0.3.0"))
    assert entry < breaking < older
    assert "migrate: `list_things.sync(...)` -> `list_things.sync(..., tag: str)`" in changelog
    assert drift.check(bumped) == []  # reproduced from the recorded history


def test_more_work_on_a_version_not_yet_committed_extends_its_entry(output: Path, tmp_path: Path) -> None:
    build.generate(spec(tmp_path))
    build.generate(spec(tmp_path, "0.4.0", TAG))
    build.generate(spec(tmp_path, "0.4.0", TAG, COLOR))  # an addition on top: 0.4.0 covers it
    recorded = history.read(output)
    assert recorded is not None and [release.version for release in recorded.releases] == ["0.4.0", "0.3.0"]
    kinds = {change.kind for change in recorded.releases[0].changes}
    assert {"parameter-added", "python-parameter-added"} <= kinds
    assert recorded.baseline.version == "0.3.0"


def test_a_committed_version_is_released_and_needs_a_new_number(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build.generate(spec(tmp_path))
    build.generate(spec(tmp_path, "0.4.0", TAG))
    monkeypatch.setattr(history, "_committed", lambda path: path.name == history.RECORD)
    with pytest.raises(build.GenerationError) as raised:
        build.generate(spec(tmp_path, "0.4.0", TAG, COLOR))
    assert "additions since 0.4.0 need info.version at least 0.4.1" in raised.value.findings[0].message
    build.generate(spec(tmp_path, "0.4.1", TAG, COLOR))


def test_an_unreadable_history_is_named_not_overwritten(output: Path, tmp_path: Path) -> None:
    build.generate(spec(tmp_path))
    (output / history.RECORD).write_text("<<<<<<< HEAD\n", encoding="utf-8")
    with pytest.raises(build.GenerationError) as raised:
        build.generate(spec(tmp_path, "0.4.0", TAG))
    assert raised.value.findings[0].rule == "history-unreadable"


@pytest.mark.parametrize(
    ("version", "level", "needed"),
    [
        ("3.1.0", "breaking", "4.0.0"),
        ("3.1.4", "non-breaking", "3.2.0"),
        ("0.3.0", "breaking", "0.4.0"),
        ("0.3.0", "non-breaking", "0.3.1"),
        ("v2.0.0-rc.1", "breaking", "3.0.0"),
        ("2024-06", "breaking", None),
    ],
)
def test_required_version(version: str, level: str, needed: str | None) -> None:
    assert history.required_version(version, level) == needed
