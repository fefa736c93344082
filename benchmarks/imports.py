"""Import time in a clean environment: only what the generated package depends on, plus the baselines' libraries.

The environment (``.cache/bench-venv``) is made once with uv, pinned by ``requirements.lock``: httpx, attrs,
python-dateutil and websockets (the generated package's dependencies), pydantic and msgspec (for the baselines'
model modules). Every sample is a fresh interpreter that imports httpx, then the package, and reports the CPU time
of each import; compiled bytecode is cached outside ``generated/`` and warmed before the first sample.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks._measure import Load, load
from benchmarks._report import Row

__all__ = ["clean_python", "run"]

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".cache" / "bench-venv"
PYCACHE = ROOT / ".cache" / "bench-pycache"
PACKAGES = ("httpx", "attrs", "python-dateutil", "websockets", "pydantic", "msgspec")
TARGET_MS = 50.0
PROBE = """
import sys, time
sys.path[:0] = {paths!r}
started = time.thread_time()
import httpx
between = time.thread_time()
import {module}
print(between - started, time.thread_time() - between)
"""


def clean_python() -> Path:
    """The interpreter of the clean environment, made (or remade when the lock changed) on first use."""
    python = VENV / "bin" / "python"
    lock = ROOT / "requirements.lock"
    stamp = VENV / ".lock-sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == digest:
        return python
    uv = Path(sys.executable).parent / "uv"
    subprocess.run([str(uv), "venv", "-q", "--python", sys.executable, str(VENV)], check=True)
    subprocess.run([str(uv), "pip", "install", "-q", "-p", str(python), "-c", str(lock), *PACKAGES], check=True)
    stamp.write_text(digest)
    return python


def _sample(python: Path, module: str, paths: list[str]) -> tuple[float, float]:
    environment = {"PYTHONPYCACHEPREFIX": str(PYCACHE), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [str(python), "-c", PROBE.format(paths=paths, module=module)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    httpx_time, module_time = result.stdout.split()
    return float(httpx_time), float(module_time)


def run(default_folder: Path, *, quick: bool) -> list[Row]:
    python = clean_python()
    ours = str(ROOT / "generated" / "pwc_client")
    variants = {
        "ours": ("pwc_client", [ours]),
        "ours/endpoint": ("pwc_client.api.sales.list_sales", [ours]),
        "default": ("pwc_default", [str(default_folder)]),
        "default/endpoint": ("pwc_default.api.sales.list_sales", [str(default_folder)]),
        "pydantic": ("_pydantic_models", [str(ROOT / "benchmarks")]),
        "msgspec": ("_msgspec_structs", [str(ROOT / "benchmarks")]),
    }
    for module, paths in variants.values():
        _sample(python, module, paths)  # compiles the bytecode
    samples: dict[str, list[float]] = {name: [] for name in variants}
    httpx_times: list[float] = []
    rng = random.Random(13)
    started = load()
    for _ in range(5 if quick else 21):
        order = list(variants)
        rng.shuffle(order)
        for name in order:
            httpx_time, module_time = _sample(python, *variants[name])
            samples[name].append(module_time)
            httpx_times.append(httpx_time)
    section_load = Load(started, load())
    ms = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    reference = f"import httpx itself: {statistics.median(httpx_times) * 1000:.0f} ms"
    rows = [
        Row(
            "`import pwc_client` in a clean environment, beyond `import httpx`",
            f"≤ {TARGET_MS:.0f} ms",
            {
                "generated client": f"{ms['ours']:.1f} ms",
                "default openapi-python-client": f"{ms['default']:.1f} ms",
                "httpx + pydantic v2": f"{ms['pydantic']:.1f} ms (the models module)",
                "httpx + msgspec": f"{ms['msgspec']:.1f} ms (the structs module)",
                "reference": reference,
            },
            round(ms["ours"], 2),
            "ms",
            ms["ours"] <= TARGET_MS,
            section_load,
        ),
        Row(
            "import what a first call needs: the package, `api.sales.list_sales` and its models",
            "",
            {
                "generated client": f"{ms['ours/endpoint']:.1f} ms",
                "default openapi-python-client": f"{ms['default/endpoint']:.1f} ms",
            },
            round(ms["ours/endpoint"], 2),
            "ms",
            None,
            section_load,
        ),
    ]
    return rows
