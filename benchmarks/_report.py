"""The one table `make bench` prints and writes to ``docs/benchmarks.md``, and the machine it ran on."""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmarks._measure import Load

__all__ = ["COLUMNS", "Row", "machine", "render", "regressions"]

COLUMNS = ("generated client", "default openapi-python-client", "httpx + pydantic v2", "httpx + msgspec", "reference")


@dataclass
class Row:
    """One figure: what it measures, its target, a text per column, and whether the target is met.

    ``value`` is the generated client's figure in ``unit``; ``lower_is_better`` says which way is good. It is what
    a later run compares against (a change of more than 10% the wrong way is flagged, unless it is within
    ``noise``, in ``unit``: a count near zero that moves by a few is not a regression).
    """

    figure: str
    target: str
    cells: dict[str, str]
    value: float | None
    unit: str
    met: bool | None
    load: Load | None = None
    lower_is_better: bool = True
    noise: float = 0.0
    notes: list[str] = field(default_factory=list)


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    """One paragraph: CPU, cores, memory, OS, Python and the versions of what is compared."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.0f} GiB"
    except (ValueError, OSError):
        memory = "unknown memory"
    packages = ", ".join(
        f"{name} {_version(name)}" for name in ("httpx", "attrs", "pydantic", "msgspec", "openapi-python-client")
    )
    return (
        f"{_cpu()}, {os.cpu_count()} cores, {memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()} ({sys.implementation.name}); {packages}"
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|") if text else ""


def render(rows: list[Row], *, header: str, previous: dict[str, Any] | None = None, quick: bool = False) -> str:
    """The markdown table (a row per figure), then the notes of the rows and the regressions against ``previous``."""
    lines = [header, "", "| figure | target | " + " | ".join(COLUMNS) + " | met | load |"]
    lines.append("| --- " * (len(COLUMNS) + 4) + "|")
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        cells = " | ".join(_cell(row.cells.get(column, "")) for column in COLUMNS)
        lines.append(f"| {_cell(row.figure)} | {_cell(row.target)} | {cells} | {met} | {row.load or ''} |")
    notes = [f"- {row.figure}: {note}" for row in rows for note in row.notes]
    notes += [f"- {line}" for line in regressions(rows, previous, quick=quick)]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


def regressions(rows: list[Row], previous: dict[str, Any] | None, *, quick: bool = False) -> list[str]:
    """Figures more than 10% worse than in ``previous`` (the JSON record of an earlier, full run).

    A quick run's few rounds move by that much on their own: its flags say to confirm them with a full run.
    """
    if not previous:
        return []
    before = {row["figure"]: row for row in previous.get("rows", [])}
    found = []
    for row in rows:
        old = before.get(row.figure)
        if row.value is None or old is None or not old.get("value"):
            continue
        if abs(row.value - old["value"]) <= row.noise:
            continue
        change = row.value / old["value"]
        worse = change > 1.10 if row.lower_is_better else change < 1 / 1.10
        if worse:
            found.append(
                f"regression: {row.figure} went from {old['value']:.4g} to {row.value:.4g} {row.unit}"
                f" ({change:.2f}x) since the recorded run; "
                + ("a quick run, fewer rounds: confirm with a full `make bench`" if quick else "say why before merging")
            )
    return found


def record(rows: list[Row], description: str) -> str:
    """The JSON record of a run, which the next run compares against."""
    data = {"machine": description, "rows": [{**asdict(row), "load": str(row.load or "")} for row in rows]}
    return json.dumps(data, indent=2, sort_keys=True) + "\n"
