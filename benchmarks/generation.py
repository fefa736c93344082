"""The generator's wall time as users see it, and its CPU time: commands run as subprocesses, as ``make`` runs them.

The wall time is the target's measure; on a machine other engineers share, the CPU time of the processes (the
generator forks a worker per family) is the steadier figure, and the 1-minute load stands beside both.

- all three families with nothing changed (hashes only) and from scratch (``--force``), against plain
  openapi-python-client generating the same three specs one after the other;
- ``python -m generator client`` against plain openapi-python-client on the FastAPI documents of
  ``tests/realworld`` (full runs only).

Both tools run with the environment's bin on PATH, as when it is activated: openapi-python-client formats with ruff
only when it finds ruff there (and otherwise skips its post hooks, which would make it look twice as fast).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks._baselines import upstream_command
from benchmarks._measure import Load, load
from benchmarks._report import Row
from generator.families import FAMILIES

__all__ = ["run"]

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DOCUMENTS = ("notes", "platform")


def _run(command: list[str]) -> None:
    environment = {**os.environ, "PATH": f"{Path(PYTHON).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, env=environment)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed: {result.stderr[-2000:]}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(action: Callable[[], None]) -> tuple[float, float]:
    """Wall time, and the CPU time of the processes the action ran (with their own children)."""
    cpu, started = _children_cpu(), time.perf_counter()
    action()
    return time.perf_counter() - started, _children_cpu() - cpu


def _interleaved(actions: dict[str, Callable[[], None]], rounds: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU times of each action, run once per round in a shuffled order."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in actions}
    rng = random.Random(13)
    for _ in range(rounds):
        order = list(actions)
        rng.shuffle(order)
        for name in order:
            times[name].append(_timed(actions[name]))
    return {
        name: (statistics.median(wall for wall, _ in values), statistics.median(cpu for _, cpu in values))
        for name, values in times.items()
    }


def _shown(times: tuple[float, float]) -> str:
    return f"{times[0]:.2f} s (CPU {times[1]:.1f} s)"


def _upstream_all(scratch: Path) -> None:
    for family in FAMILIES.values():
        output = scratch / "upstream" / family.package
        shutil.rmtree(output, ignore_errors=True)
        _run([*upstream_command(family.spec_path, output), "--meta", "none"])


def _families(scratch: Path, quick: bool) -> list[Row]:
    generate = [PYTHON, "-m", "generator", "generate"]
    _run(generate)
    started = load()
    times = _interleaved(
        {
            "unchanged": lambda: _run(generate),
            "scratch": lambda: _run([*generate, "--force"]),
            "upstream": lambda: _upstream_all(scratch),
        },
        1 if quick else 5,
    )
    section_load = Load(started, load())
    return [
        Row(
            "generate all three families from scratch (wall time)",
            "≤ 3 s",
            {
                "generated client": _shown(times["scratch"]),
                "default openapi-python-client": f"{_shown(times['upstream'])}, one run per spec",
            },
            round(times["scratch"][0], 3),
            "s",
            times["scratch"][0] <= 3.0,
            section_load,
        ),
        Row(
            "`make generate` with nothing changed (wall time)",
            "≤ 0.5 s",
            {"generated client": _shown(times["unchanged"])},
            round(times["unchanged"][0], 3),
            "s",
            times["unchanged"][0] <= 0.5,
            section_load,
        ),
    ]


def _documents(scratch: Path) -> list[Row]:
    rows = []
    for document in DOCUMENTS:
        spec = ROOT / "tests" / "realworld" / f"{document}.json"
        output = scratch / "documents" / document

        def ours(spec: Path = spec, output: Path = output, document: str = document) -> None:
            shutil.rmtree(output, ignore_errors=True)
            _run(
                [
                    PYTHON,
                    "-m",
                    "generator",
                    "client",
                    str(spec),
                    "--package",
                    f"{document}_client",
                    "--output",
                    str(output),
                ]
            )

        def theirs(spec: Path = spec, output: Path = output) -> None:
            shutil.rmtree(output, ignore_errors=True)
            _run([*upstream_command(spec, output), "--meta", "uv"])

        started = load()
        times = _interleaved({"ours": ours, "theirs": theirs}, 3)
        ratio = times["ours"][0] / times["theirs"][0]
        rows.append(
            Row(
                f"`python -m generator client` on the FastAPI document {document}.json (wall time)",
                "≤ 2x openapi-python-client",
                {
                    "generated client": f"{ratio:.2f}x: {_shown(times['ours'])}",
                    "default openapi-python-client": _shown(times["theirs"]),
                },
                round(ratio, 3),
                "x openapi-python-client",
                ratio <= 2.0,
                Load(started, load()),
            )
        )
    return rows


def run(scratch: Path, *, quick: bool) -> list[Row]:
    rows = _families(scratch, quick)
    return rows if quick else rows + _documents(scratch)
