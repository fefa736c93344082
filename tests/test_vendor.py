"""``make vendor`` and ``check --vendored``: a copy under another name, then current, stale or edited by hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import build, vendor
from generator.families import FAMILIES, Family
from tests.conftest import ROOT
from tests.test_history import TAG, spec


@pytest.fixture
def family(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Family:
    """The mini spec generated into a temporary generated/, registered as a family for the stamp to name."""
    monkeypatch.setattr("generator.families.GENERATED_DIR", tmp_path / "generated")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    mini = spec(tmp_path)
    monkeypatch.setitem(FAMILIES, "mini", mini)
    build.generate(mini)
    return mini


def test_a_copy_under_another_name_is_current_and_imports(family: Family, tmp_path: Path) -> None:
    copy = vendor.vendor(family, tmp_path / "service" / "src" / "shop", "things")
    sources = {path: path.read_text(encoding="utf-8") for path in copy.rglob("*.py")}
    assert sources and not any("mini_client" in text for text in sources.values())
    assert 'PACKAGE = "things"' in sources[copy / "_family.py"]
    program = (
        "from shop.things import Client, __version__; from shop.things.api.things import get_thing; print(__version__)"
    )
    ran = subprocess.run([sys.executable, "-c", program], cwd=copy.parent.parent, capture_output=True, text=True)
    assert ran.stdout.strip() == "0.3.0", ran.stderr
    verdict = vendor.check(copy)  # the import above left __pycache__ folders: not an edit
    assert verdict.states == ("current",) and verdict.changes == ()


def test_a_copy_edited_by_hand_is_named_and_kept(family: Family, tmp_path: Path) -> None:
    copy = vendor.vendor(family, tmp_path / "vendor")
    (copy / "client.py").write_text("# patched\n", encoding="utf-8")
    (copy / "local.py").write_text("", encoding="utf-8")
    assert vendor.check(copy).edited == ("client.py (changed)", "local.py (added)")
    with pytest.raises(vendor.VendorError) as refused:
        vendor.vendor(family, tmp_path / "vendor")
    assert refused.value.refused and "client.py, local.py" in refused.value.finding.message
    assert (copy / "client.py").read_text(encoding="utf-8") == "# patched\n"
    vendor.vendor(family, tmp_path / "vendor", force=True)
    assert vendor.check(copy).states == ("current",)


def test_a_stale_copy_says_what_changed_since(family: Family, tmp_path: Path) -> None:
    copy = vendor.vendor(family, tmp_path / "vendor", "things")
    build.generate(spec(tmp_path, "0.4.0", TAG))
    verdict = vendor.check(copy)
    assert verdict.states == ("stale",) and (verdict.vendored_version, verdict.current_version) == ("0.3.0", "0.4.0")
    assert "_family.py" in verdict.outdated
    assert {(c.level, c.kind) for c in verdict.changes} >= {("breaking", "parameter-added")}
    assert any(c.python.startswith("things.api.things.list_things") for c in verdict.changes)


def test_the_commands_exit_codes(family: Family, tmp_path: Path) -> None:
    del family
    copy = tmp_path / "vendor" / "mini_client"
    assert _run("vendor", "pwc", "--dest", str(tmp_path / "vendor"), "--package", "not a name").returncode == 2
    checked = _run("check", "--vendored", str(tmp_path))
    assert checked.returncode == 2 and "no vendor-stamp.json" in checked.stderr
    assert len(checked.stderr.strip().splitlines()) == 1
    (tmp_path / "vendor" / "pwc").mkdir(parents=True)
    refused = _run("vendor", "pwc", "--dest", str(tmp_path / "vendor"), "--package", "pwc")
    assert refused.returncode == 1 and "is not a vendored copy" in refused.stderr
    assert not copy.exists()


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", *arguments]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)


def test_check_vendored_prints_the_changes_and_how_to_update(
    family: Family, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli

    copy = vendor.vendor(family, tmp_path / "vendor", "things")
    assert cli.main(["check", "--vendored", str(copy)]) == 0
    build.generate(spec(tmp_path, "0.4.0", TAG))
    assert cli.main(["check", "--vendored", str(copy)]) == 1
    out = capsys.readouterr().out
    assert f"{copy}: stale: vendored 0.3.0, generated/mini_client is 0.4.0" in out
    assert "## Breaking changes" in out and "query parameter `tag` added, required" in out
    assert f"update with: make vendor API=mini DEST={copy.parent} PACKAGE=things" in out
