"""The resource layer as a type checker sees it: one usage file per family under ``mypy --strict``.

Each file in ``tests/typed_usage/`` calls methods with the right types (they must pass) and with wrong ones, each
on a line with ``# type: ignore[<code>]``: with ``--warn-unused-ignores`` a wrong call that mypy accepts leaves its
ignore unused, and a wrong call rejected for another reason is not covered by its code; either fails the check.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from generator.families import FAMILIES
from tests.conftest import ROOT

USAGE = ROOT / "tests" / "typed_usage"


def test_each_family_has_a_typed_usage_file_with_rejected_calls() -> None:
    for name in FAMILIES:
        text = (USAGE / f"{name}_usage.py").read_text()
        assert len(re.findall(r"# type: ignore\[[a-z-]+\]", text)) >= 5, name


def test_right_calls_pass_and_wrong_ones_are_rejected_by_mypy(tmp_path: Path) -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in USAGE.glob("*_usage.py"))
    packages = os.pathsep.join(str(FAMILIES[name].output_dir) for name in FAMILIES)
    command = [sys.executable, "-m", "mypy", "--strict", "--warn-unused-ignores", "--cache-dir", str(tmp_path), *files]
    result = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "MYPYPATH": packages}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no issues found in {len(files)} source files" in result.stdout
