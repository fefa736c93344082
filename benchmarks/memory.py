"""Memory: the peak of decoding a 100,000-item page, and whether a client's state grows with its calls.

The peak is the rise of the resident set's high-water mark (``VmHWM``, reset through ``/proc/self/clear_refs``)
over the resident set just before decoding, in a fresh process that has read the document from a file and warmed
its decoder on a small page first: from the body's bytes to the models, as a client does, relative to the size
of the document. The growth is the memory Python allocates (``tracemalloc``) that is still held after 1,000 more calls
through one client (500 in a quick run), per call, measured once the client has settled: after 200 calls of
warm-up and 500 more under ``tracemalloc`` (whose own first allocations would otherwise count).
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import subprocess
import sys
import textwrap
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType

import httpx

from benchmarks._data import page
from benchmarks._measure import Load, load
from benchmarks._report import Row
from benchmarks._server import PAGE_PATH

__all__ = ["run"]

ROOT = Path(__file__).resolve().parent.parent
COUNT = 100_000
PEAK_TARGET = 3.0
CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    sys.path[:0] = {paths!r}

    def status(field):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        return 0

    {setup}
    decode(Path({warmup!r}).read_bytes())
    body = Path({document!r}).read_bytes()
    Path("/proc/self/clear_refs").write_text("5")
    baseline = status("VmRSS")
    result = decode(body)
    print(json.dumps({{"peak": status("VmHWM") - baseline, "size": len(body)}}))
    """
)
SETUPS = {
    "ours": "from pwc_client.models import SalesPage\nfrom pwc_client import _json\n"
    "def decode(body):\n    return SalesPage.from_dict(_json.loads(body))",
    "ours-stdlib": "from pwc_client.models import SalesPage\nfrom pwc_client import _json\n"
    "_json.use_fast_decoder(False)\ndef decode(body):\n    return SalesPage.from_dict(_json.loads(body))",
    "default": "from pwc_default.models import SalesPage\n"
    "def decode(body):\n    return SalesPage.from_dict(json.loads(body))",
    "pydantic": "from benchmarks._pydantic_models import PydSalesPage\n"
    "def decode(body):\n    return PydSalesPage.model_validate_json(body)",
    "msgspec": "import msgspec\nfrom benchmarks._msgspec_structs import MsgSalesPage\n"
    "decode = msgspec.json.Decoder(MsgSalesPage).decode",
    "json": "decode = json.loads",
}


def _peak(name: str, document: Path, warmup: Path, default_folder: Path) -> float:
    setup = SETUPS[name]
    if name.startswith("ours") and not (ROOT / "generated/pwc_client/pwc_client/_json.py").exists():
        setup = SETUPS["default"].replace("pwc_default", "pwc_client")
        if name == "ours-stdlib":
            return float("nan")
    paths = [str(ROOT / "generated" / "pwc_client"), str(default_folder), str(ROOT)]
    script = CHILD.format(paths=paths, setup=setup, document=str(document), warmup=str(warmup))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"the {name} decoding process failed: {result.stderr[-2000:]}")
    numbers = json.loads(result.stdout)
    return float(numbers["peak"]) / float(numbers["size"])


def _peak_row(default_folder: Path, scratch: Path, quick: bool) -> Row:
    document = scratch / "page-100000.json"
    document.write_bytes(json.dumps(page(COUNT)).encode())
    warmup = scratch / "page-100.json"
    warmup.write_bytes(json.dumps(page(100)).encode())
    started = load()
    rounds = 1 if quick else 3
    peaks = {
        name: statistics.median(_peak(name, document, warmup, default_folder) for _ in range(rounds)) for name in SETUPS
    }
    section_load = Load(started, load())
    size_mb = document.stat().st_size / 1e6

    def cell(name: str) -> str:
        return f"{peaks[name]:.2f}x" if peaks[name] == peaks[name] else ""

    row = Row(
        f"decode a 100,000-item page ({size_mb:.0f} MB) from bytes: peak memory / document size",
        f"≤ {PEAK_TARGET:.1f}x",
        {
            "generated client": cell("ours"),
            "default openapi-python-client": cell("default"),
            "httpx + pydantic v2": cell("pydantic"),
            "httpx + msgspec": cell("msgspec"),
            "reference": f"json.loads alone: {cell('json')}",
        },
        round(peaks["ours"], 3),
        "x the document",
        peaks["ours"] <= PEAK_TARGET,
        section_load,
    )
    if peaks["ours-stdlib"] == peaks["ours-stdlib"]:
        row.notes.append(f"with standard-library JSON (msgspec not installed): {cell('ours-stdlib')}")
    return row


def _growth(call: Callable[[], object], calls: int) -> float:
    """Bytes still held per call after ``calls`` more calls, once settled (see the module's docstring)."""
    for _ in range(200):
        call()
    tracemalloc.start()
    try:
        for _ in range(500):
            call()
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(calls):
            call()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return (after - before) / calls


def _growth_row(url: str, default: ModuleType, calls: int) -> Row:
    import pwc_client
    from pwc_client.api.sales import list_sales

    default_sales = __import__(f"{default.__name__}.api.sales.list_sales", fromlist=["sync"])
    ours = pwc_client.Client(url, api_key="pwc_bench")
    theirs = default.AuthenticatedClient(base_url=url, token="pwc_bench")
    raw = httpx.Client(base_url=url)
    started = load()
    growth = {
        "ours": _growth(lambda: list_sales.sync(client=ours), calls),
        "default": _growth(lambda: default_sales.sync(client=theirs), calls),
        "raw": _growth(lambda: json.loads(raw.get(PAGE_PATH).content), calls),
    }
    runner = asyncio.Runner()

    def async_call(factory: Callable[[], Awaitable[object]]) -> Callable[[], object]:
        return lambda: runner.run(factory())  # type: ignore[arg-type]

    with runner:
        growth["ours-async"] = _growth(async_call(lambda: list_sales.asyncio(client=ours)), calls)
        runner.run(ours.aclose())
    ours.close()
    theirs.get_httpx_client().close()
    raw.close()
    section_load = Load(started, load())
    return Row(
        f"state a client holds: memory still allocated after {calls:,} more calls, per call",
        "no growth (< 8 B/call)",
        {
            "generated client": f"{growth['ours']:.1f} B/call (async: {growth['ours-async']:.1f})",
            "default openapi-python-client": f"{growth['default']:.1f} B/call",
            "reference": f"raw httpx: {growth['raw']:.1f} B/call",
        },
        None,
        "B/call",
        max(growth["ours"], growth["ours-async"]) < 8,
        section_load,
    )


def run(url: str, default: ModuleType, default_folder: Path, scratch: Path, *, quick: bool) -> list[Row]:
    return [_peak_row(default_folder, scratch, quick), _growth_row(url, default, 500 if quick else 1000)]
