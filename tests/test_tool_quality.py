"""Our own tool and the runtime source hold themselves to the bar set for generated code: ruff and mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "generator", "templates/runtime"),
        ("ruff", "format", "--check", "generator", "templates/runtime"),
        ("mypy", "generator", "templates/runtime"),
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_generator_package(command: tuple[str, ...], tmp_path: Path) -> None:
    extra = ("--cache-dir", str(tmp_path)) if command[0] == "mypy" else ()
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:], *extra], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
