"""``python -m benchmarks [--quick] [--only SECTION,...] [--output PATH]``: run the benchmarks, print one table.

A full run writes the table to ``docs/benchmarks.md`` and its figures to ``docs/benchmarks.json``, which the next
run compares against (a figure more than 10% worse is flagged). ``--quick`` (under a minute) uses fewer rounds,
skips the 200 MB transfers and the framework documents, and writes nothing unless ``--output`` is given.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("calls", "decoding", "imports", "memory", "generation", "transfers")
DOCS = ROOT / "docs"


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, no 200 MB transfers (under a minute)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {', '.join(SECTIONS)}")
    parser.add_argument("--output", type=Path, help="where to write the table (default: docs/benchmarks.md)")
    options = parser.parse_args(argv)
    options.sections = [name.strip() for name in options.only.split(",") if name.strip()]
    unknown = sorted(set(options.sections) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)}: choose from {', '.join(SECTIONS)}")
    return options


def _previous() -> dict[str, Any] | None:
    try:
        return dict(json.loads((DOCS / "benchmarks.json").read_text()))
    except (OSError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    options = _options(argv)
    sys.path[:0] = [str(ROOT / "generated" / "pwc_client")]
    from benchmarks import _report, calls, decoding, generation, imports, memory, transfers
    from benchmarks._baselines import generate_default_client
    from benchmarks._server import serving

    began = time.perf_counter()
    quick, sections = options.quick, options.sections
    rows: list[_report.Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        scratch = Path(folder)
        default_folder = scratch / "default"
        default_folder.mkdir()
        generate_default_client(default_folder)
        sys.path.insert(0, str(default_folder))
        import pwc_default  # type: ignore[import-not-found]

        steps: dict[str, Callable[[], list[_report.Row]]] = {
            "calls": lambda: calls.run(url, pwc_default, quick=quick),
            "decoding": lambda: decoding.run(pwc_default, quick=quick),
            "memory": lambda: memory.run(url, pwc_default, default_folder, scratch, quick=quick),
            "imports": lambda: imports.run(default_folder, quick=quick),
            "generation": lambda: generation.run(scratch, quick=quick),
            "transfers": lambda: [] if quick else transfers.run(scratch),
        }
        with serving() as url:
            for name in SECTIONS:
                if name in sections:
                    started = time.perf_counter()
                    rows += steps[name]()
                    print(f"{name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    description = _report.machine()
    header = (
        f"# Benchmarks\n\n`make bench{' QUICK=1' if quick else ''}` on {datetime.date.today().isoformat()}, "
        f"{time.perf_counter() - began:.0f} s. Machine: {description}.\n\n"
        "Per-call figures: median CPU time of the calling thread per call, rounds interleaved in a shuffled order "
        "(page and small-object calls apart), garbage collector collected before and disabled during every batch, "
        "alike for all; ratio to raw httpx sending the same request, the median of the ratios within each round "
        "(lower is better). Decoding: speed relative to pydantic v2 on the same records "
        "(higher is better). `load` is the 1-minute load average when a section started and ended (2 cores)."
    )
    table = _report.render(rows, header=header, previous=_previous(), quick=quick)
    print(table)
    output = options.output or (None if quick else DOCS / "benchmarks.md")
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(table, encoding="utf-8")
        if not quick and options.output is None and sections == list(SECTIONS):
            (DOCS / "benchmarks.json").write_text(_report.record(rows, description), encoding="utf-8")
        print(f"written to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
