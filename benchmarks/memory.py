"""Memory: the peak of decoding a 100,000-item page, and whether a client's state grows with its calls.

The peak is the rise of the resident set's high-water mark (``VmHWM``, reset through ``/proc/self/clear_refs``)
over the resident set just before decoding, in a fresh process that has read the document from a file and warmed
its decoder on a small page first: from the body's bytes to the models, as a client does (the generated client
through ``list_sales``'s own parsing of a response), relative to the size of the document. The growth is the
number of memory blocks Python still has allocated (``sys.getallocatedblocks``) after 1,000 more calls through one
client, once 1,000 calls have filled what caches there are.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import subprocess
import sys
import textwrap
from collections.abc import Callable
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
QUICK_COUNT = 20_000  # a quick run's page: the ratio hardly depends on the size
GROWTH_CALLS = 1000
GROWTH_LIMIT = 100  # caches filling up (raw httpx shows as much); a leak of one object per call shows 1,000 and more
PEAK_TARGET = 3.0
CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    sys.path[:0] = {paths!r}
    from benchmarks._rss import reset_peak, status

    {setup}
    decode(Path({warmup!r}).read_bytes())
    body = Path({document!r}).read_bytes()
    if not reset_peak():
        sys.exit("cannot reset the resident set's peak (/proc/self/clear_refs): no peak to measure")
    baseline = status("VmRSS")
    result = decode(body)
    print(json.dumps({{"peak": status("VmHWM") - baseline, "size": len(body)}}))
    """
)
SETUPS = {
    "ours": "import httpx\nfrom pwc_client.api.sales import list_sales\n"
    "def decode(body):\n    return list_sales._parse_success(response=httpx.Response(200, content=body))",
    "ours-stdlib": "import httpx\nfrom pwc_client.api.sales import list_sales\nfrom pwc_client import _json\n"
    "_json.use_fast_decoder(False)\n"
    "def decode(body):\n    return list_sales._parse_success(response=httpx.Response(200, content=body))",
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
    count = QUICK_COUNT if quick else COUNT
    document = scratch / f"page-{count}.json"
    document.write_bytes(json.dumps(page(count)).encode())
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
        f"decode a {count:,}-item page ({size_mb:.0f} MB) from bytes: peak memory / document size",
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


def _growth(call: Callable[[], object], settle: int, calls: int = GROWTH_CALLS) -> int:
    """Memory blocks still allocated after ``calls`` more calls, once ``settle`` calls have filled the caches."""
    for _ in range(settle):
        call()
    gc.collect()
    before = sys.getallocatedblocks()
    for _ in range(calls):
        call()
    gc.collect()
    return sys.getallocatedblocks() - before


def _growth_row(url: str, default: ModuleType, settle: int) -> Row:
    import pwc_client
    from pwc_client.api.sales import list_sales

    default_sales = __import__(f"{default.__name__}.api.sales.list_sales", fromlist=["sync"])
    ours = pwc_client.Client(url, api_key="pwc_bench")
    theirs = default.AuthenticatedClient(base_url=url, token="pwc_bench")
    raw = httpx.Client(base_url=url)
    started = load()
    growth = {
        "ours": _growth(lambda: list_sales.sync(client=ours), settle),
        "default": _growth(lambda: default_sales.sync(client=theirs), settle),
        "raw": _growth(lambda: json.loads(raw.get(PAGE_PATH).content), settle),
    }
    with asyncio.Runner() as runner:
        growth["ours-async"] = _growth(lambda: runner.run(list_sales.asyncio(client=ours)), settle)
        runner.run(ours.aclose())
    ours.close()
    theirs.get_httpx_client().close()
    raw.close()
    worst = max(growth["ours"], growth["ours-async"])
    return Row(
        f"state a client holds: memory blocks still allocated after {GROWTH_CALLS:,} more calls",
        f"< {GROWTH_LIMIT} (a leak of one object per call: ≥ {GROWTH_CALLS:,})",
        {
            "generated client": f"{growth['ours']:+d} (async: {growth['ours-async']:+d})",
            "default openapi-python-client": f"{growth['default']:+d}",
            "reference": f"raw httpx: {growth['raw']:+d}",
        },
        float(worst),
        "blocks",
        worst < GROWTH_LIMIT,
        Load(started, load()),
        noise=GROWTH_LIMIT / 2,
    )


def run(url: str, default: ModuleType, default_folder: Path, scratch: Path, *, quick: bool) -> list[Row]:
    return [_peak_row(default_folder, scratch, quick), _growth_row(url, default, settle=1000)]
