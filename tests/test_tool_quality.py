"""Our tool, the runtime source, the benchmarks and the tests hold themselves to the bar of generated code.

ruff everywhere; mypy --strict where the code is typed (the tool, the runtime, the benchmarks).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "generator", "templates/runtime", "benchmarks", "tests"),
        ("ruff", "format", "--check", "generator", "templates/runtime", "benchmarks", "tests"),
        ("mypy", "generator", "templates/runtime"),
        ("mypy", "benchmarks"),
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict", "mypy-strict-benchmarks"],
)
def test_generator_package(command: tuple[str, ...], tmp_path: Path) -> None:
    extra = ("--cache-dir", str(tmp_path)) if command[0] == "mypy" else ()
    environment = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "pwc_client")}  # the client benchmarked
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:], *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert result.returncode == 0, result.stdout + result.stderr
