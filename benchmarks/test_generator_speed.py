"""The generator's wall time as users see it (`make bench`): commands run as subprocesses, nothing asserted on time.

- ``make generate`` with nothing changed (target: at most 0.5 s) and all three families from scratch (target: at
  most 3 s), with the compiled-template cache warm (as after any earlier run) and cold (a fresh clone);
- ``python -m generator client`` against plain ``openapi-python-client generate`` on the FastAPI documents of
  ``tests/realworld`` (target: at most twice its time), grouped per document.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
UPSTREAM = str(Path(PYTHON).parent / "openapi-python-client")
DOCUMENTS = ("notes", "platform")


def run(*command: str) -> None:
    # the environment's bin on PATH, as when it is activated: openapi-python-client formats with ruff only when it
    # finds ruff there (and otherwise skips its post hooks, which would make it look twice as fast)
    environment = {**os.environ, "PATH": f"{Path(PYTHON).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, env=environment)
    assert result.returncode == 0, result.stderr[-2000:]


def test_generate_with_nothing_changed(benchmark: Any) -> None:
    run(PYTHON, "-m", "generator", "generate")
    benchmark.pedantic(run, args=(PYTHON, "-m", "generator", "generate"), rounds=5, iterations=1)


def test_generate_all_families_from_scratch(benchmark: Any) -> None:
    benchmark.pedantic(run, args=(PYTHON, "-m", "generator", "generate", "--force"), rounds=3, iterations=1)


def test_generate_all_families_from_scratch_cold_template_cache(benchmark: Any) -> None:
    def clear() -> tuple[tuple[str, ...], dict[str, Any]]:
        shutil.rmtree(ROOT / ".cache" / "jinja", ignore_errors=True)
        return (PYTHON, "-m", "generator", "generate", "--force"), {}

    benchmark.pedantic(run, setup=clear, rounds=3, iterations=1)


def command(tool: str, document: str, output: Path) -> tuple[str, ...]:
    spec = str(ROOT / "tests" / "realworld" / f"{document}.json")
    if tool == "generator client":
        return (PYTHON, "-m", "generator", "client", spec, "--package", f"{document}_client", "--output", str(output))
    return (UPSTREAM, "generate", "--path", spec, "--output-path", str(output), "--meta", "uv")


@pytest.mark.parametrize("tool", ["generator client", "openapi-python-client"])
@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_client_from_a_framework_document(benchmark: Any, document: str, tool: str, tmp_path: Path) -> None:
    benchmark.group = f"{document}.json"

    def fresh() -> tuple[tuple[str, ...], dict[str, Any]]:
        shutil.rmtree(tmp_path / "out", ignore_errors=True)
        return command(tool, document, tmp_path / "out"), {}

    benchmark.pedantic(run, setup=fresh, rounds=3, iterations=1)
