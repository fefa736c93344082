"""The regeneration pipeline: deterministic, incremental, and safe on bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import build, drift, manifest
from generator.families import Auth, Family
from tests.conftest import ROOT, SPECS

AUTH = Auth(login_path="/auth/login", login_fields=("username", "password"))  # the mini spec has no refresh


@pytest.fixture
def output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point generated/ at a temporary folder."""
    monkeypatch.setattr("generator.families.GENERATED_DIR", tmp_path)
    return tmp_path


def mini(spec: Path = SPECS / "valid" / "mini.yaml") -> Family:
    return Family(name="mini", spec=str(spec), package="mini_client", auth=AUTH)


def test_generate_writes_a_package_then_does_nothing(output: Path) -> None:
    first = build.generate(mini())
    assert not first.skipped and first.files == len(first.changed) > 10
    assert (output / "mini_client" / "mini_client" / "client.py").is_file()
    assert (output / "mini_client" / "mini_client" / "py.typed").is_file()
    second = build.generate(mini())
    assert second.skipped and "nothing to do" in second.summary()


def test_a_hand_edit_is_undone_by_generate_and_named_by_check(output: Path) -> None:
    build.generate(mini())
    client = output / "mini_client" / "mini_client" / "client.py"
    client.write_text(client.read_text() + "\n# edited by hand\n")
    (output / "mini_client" / "stray.py").write_text("")
    findings = drift.check(mini())
    assert {(Path(f.file).name, f.rule) for f in findings} == {("client.py", "drift"), ("stray.py", "drift")}
    outcome = build.generate(mini())
    assert outcome.changed == ("mini_client/client.py",) and outcome.removed == ("stray.py",)
    assert drift.check(mini()) == []


def test_generation_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    one = build.render(mini(), tmp_path / "one")
    two = build.render(mini(), tmp_path / "two")
    assert drift.compare(one, two) == []


@pytest.mark.parametrize("broken", ["openapi-valid", "ref-dangling", "yaml-syntax"])
def test_a_broken_spec_names_the_file_and_leaves_the_output_alone(output: Path, broken: str) -> None:
    build.generate(mini())
    before = {p: p.read_bytes() for p in (output / "mini_client").rglob("*") if p.is_file()}
    with pytest.raises(build.GenerationError) as raised:
        build.generate(mini(SPECS / "invalid" / f"{broken}.yaml"))
    assert all(f"{broken}.yaml" in finding.file for finding in raised.value.findings)
    assert broken in {finding.rule for finding in raised.value.findings}
    after = {p: p.read_bytes() for p in (output / "mini_client").rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in output.iterdir()) == ["mini_client"]


def test_a_template_error_names_the_template_and_line(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(build.TEMPLATES_DIR, templates)
    broken = templates / "runtime" / "_family.py.jinja"
    text = broken.read_text()
    broken.write_text(text + "{{ no_such_thing.attribute }}\n")
    line = len(text.splitlines()) + 1
    monkeypatch.setattr(build, "TEMPLATES_DIR", templates)
    monkeypatch.setattr(build, "RUNTIME_DIR", templates / "runtime")
    with pytest.raises(build.GenerationError) as raised:
        build.generate(mini())
    (finding,) = raised.value.findings
    assert finding.rule == "template-error" and f"_family.py.jinja:{line}:" in finding.message
    assert not (output / "mini_client").exists()


def test_manifest_records_inputs_and_files(output: Path) -> None:
    build.generate(mini())
    manifest = (output / "mini_client" / build.MANIFEST).read_text()
    for needle in ('"openapi-python-client": "0.29.1"', '"spec"', '"templates_sha256"', '"mini_client/client.py"'):
        assert needle in manifest


def test_a_family_without_login_generates_a_client_without_login(tmp_path: Path) -> None:
    family = Family(name="mini", spec=str(SPECS / "valid" / "mini.yaml"), package="mini_client", auth=None)
    package = build.render(family, tmp_path / "mini_client") / "mini_client"
    client = (package / "client.py").read_text()
    assert "def login(" not in client and "def logout(" in client
    constants = (package / "_family.py").read_text()
    assert "login_path" not in constants and "refresh_path" not in constants
    assert "client.login(" not in (package.parent / "README.md").read_text()


def test_a_family_whose_login_settings_do_not_match_its_spec_is_refused(tmp_path: Path) -> None:
    wrong = Auth(login_path="/auth/login", login_fields=("email", "password"), refresh_path="/auth/refresh")
    family = Family(name="mini", spec=str(SPECS / "valid" / "mini.yaml"), package="mini_client", auth=wrong)
    with pytest.raises(build.GenerationError) as raised:
        build.render(family, tmp_path / "mini_client")
    messages = [f.message for f in raised.value.findings if f.rule == "family-auth"]
    assert any("'email'" in message for message in messages) and any("/auth/refresh" in m for m in messages)


def test_every_generator_module_generation_imports_is_hashed_into_the_manifest() -> None:
    script = (
        "import sys, generator.build, generator.template_context, generator.open_models, generator.lint;"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('generator.')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    hashed = [ROOT / "generator" / name for name in manifest.GENERATOR_SOURCES]
    for module in map(Path, result.stdout.split()):
        assert any(module == path or path in module.parents for path in hashed), f"{module} is not hashed"
