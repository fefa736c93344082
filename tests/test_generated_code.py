"""The committed client packages: style, types, and installability in a fresh environment."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator.families import FAMILIES, Family
from tests.conftest import ROOT

BIN = Path(sys.executable).parent


def run(*command: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("family", FAMILIES.values(), ids=FAMILIES)
def test_ruff_check_and_format(family: Family) -> None:
    for command in (("check", "."), ("format", "--check", ".")):
        result = run(BIN / "ruff", *command, cwd=family.output_dir)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("family", FAMILIES.values(), ids=FAMILIES)
def test_mypy_strict(family: Family, tmp_path: Path) -> None:
    result = run(BIN / "mypy", "--strict", "--cache-dir", tmp_path, family.package, cwd=family.output_dir)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("family", FAMILIES.values(), ids=FAMILIES)
def test_public_names(family: Family) -> None:
    package = importlib.import_module(family.package)
    expected = {"Client", "AuthenticatedClient", "ApiError", "ApiStatusError", "ApiConnectionError", "Tokens"}
    assert expected <= set(package.__all__)
    assert all(hasattr(package, name) for name in package.__all__)


@pytest.mark.parametrize("family", FAMILIES.values(), ids=FAMILIES)
def test_installs_and_imports_in_a_fresh_venv(family: Family, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    assert run(BIN / "uv", "venv", "-q", "-p", sys.executable, venv).returncode == 0
    installed = run(BIN / "uv", "pip", "install", "-q", "-p", venv / "bin" / "python", family.output_dir)
    assert installed.returncode == 0, installed.stderr
    probe = f"import {family.package} as p, sys; print(p.__version__, 'generator' in sys.modules)"
    result = run(venv / "bin" / "python", "-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    version = importlib.import_module(f"{family.package}._family").__version__
    assert result.stdout.split() == [version, "False"]
