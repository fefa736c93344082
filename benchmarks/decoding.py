"""Decoding 10,000 sales records into models: from dicts (pydantic's ``validate_python``) and from JSON bytes.

Every library decodes the same page of records (``_data.page``) into its own models: the generated ``SalesPage``,
the default openapi-python-client's, pydantic v2 models (unknown properties kept) and msgspec structs (unknown
properties ignored). Figures are speeds relative to pydantic v2 on the same input: higher is faster.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import msgspec

from benchmarks._data import page
from benchmarks._measure import Load, Sample, interleave, load
from benchmarks._msgspec_structs import MsgSalesPage
from benchmarks._pydantic_models import PydSalesPage
from benchmarks._report import Row

__all__ = ["run"]

COUNT = 10_000


def _loads(package: ModuleType, fast: bool) -> Callable[[bytes], Any]:
    module = getattr(package, "_json", None)
    if module is None:
        return json.loads
    if fast:
        return module.loads  # type: ignore[no-any-return]

    def stdlib(data: bytes) -> Any:
        module.use_fast_decoder(False)
        try:
            return module.loads(data)
        finally:
            module.use_fast_decoder(True)

    return stdlib


def _cases(default: ModuleType) -> dict[str, Callable[[], object]]:
    import pwc_client
    from pwc_client.models import SalesPage

    theirs = __import__(f"{default.__name__}.models", fromlist=["SalesPage"]).SalesPage
    data = page(COUNT)
    extra = {**data, "items": [{**item, "loyalty_tier": "gold"} for item in data["items"]]}
    sparse = {**data, "items": [{key: item[key] for key in ("description", "quantity")} for item in data["items"]]}
    body = json.dumps(data).encode()
    decoder = msgspec.json.Decoder(MsgSalesPage)
    fast, stdlib = _loads(pwc_client, True), _loads(pwc_client, False)
    return {
        "dicts/ours": lambda: SalesPage.from_dict(data),
        "dicts/default": lambda: theirs.from_dict(data),
        "dicts/pydantic": lambda: PydSalesPage.model_validate(data),
        "dicts/msgspec": lambda: msgspec.convert(data, MsgSalesPage),
        "extra/ours": lambda: SalesPage.from_dict(extra),
        "extra/default": lambda: theirs.from_dict(extra),
        "extra/pydantic": lambda: PydSalesPage.model_validate(extra),
        "extra/msgspec": lambda: msgspec.convert(extra, MsgSalesPage),
        "sparse/ours": lambda: SalesPage.from_dict(sparse),
        "sparse/default": lambda: theirs.from_dict(sparse),
        "sparse/pydantic": lambda: PydSalesPage.model_validate(sparse),
        "sparse/msgspec": lambda: msgspec.convert(sparse, MsgSalesPage),
        "bytes/ours": lambda: SalesPage.from_dict(fast(body)),
        "bytes/ours-stdlib": lambda: SalesPage.from_dict(stdlib(body)),
        "bytes/default": lambda: theirs.from_dict(json.loads(body)),
        "bytes/pydantic": lambda: PydSalesPage.model_validate_json(body),
        "bytes/msgspec": lambda: decoder.decode(body),
        "bytes/json": lambda: json.loads(body),
    }


def _speed(sample: Sample | None, reference: Sample) -> str:
    if sample is None:
        return ""
    return f"{reference.median / sample.median:.2f}x ({sample.median * 1e3:.1f} ms)"


def _row(label: str, kind: str, results: dict[str, Sample], section_load: Load, target: float | None) -> Row:
    reference = results[f"{kind}/pydantic"]
    speed = reference.median / results[f"{kind}/ours"].median
    cells = {
        "generated client": _speed(results[f"{kind}/ours"], reference),
        "default openapi-python-client": _speed(results[f"{kind}/default"], reference),
        "httpx + pydantic v2": _speed(reference, reference),
        "httpx + msgspec": _speed(results[f"{kind}/msgspec"], reference),
    }
    met = None if target is None else speed >= target
    shown = f"≥ {target:.1f}x" if target is not None else ""
    return Row(label, shown, cells, round(speed, 4), "x pydantic's speed", met, section_load, lower_is_better=False)


def run(default: ModuleType, *, quick: bool) -> list[Row]:
    cases = _cases(default)
    started = load()
    results = interleave(cases, rounds=5 if quick else 15, calls=2 if quick else 3, warmup=1)
    section_load = Load(started, load())
    figures = {
        "dicts": ("decode 10,000 sales from dicts: speed vs pydantic v2 `validate_python`", 1.5),
        "extra": ("the same with an unknown property in every record (kept; msgspec drops it)", None),
        "sparse": ("the same with two of the eight properties in every record", None),
        "bytes": ("decode 10,000 sales from JSON bytes: speed vs pydantic v2 `validate_json`", None),
    }
    rows = [_row(label, kind, results, section_load, target) for kind, (label, target) in figures.items()]
    reference = results["bytes/pydantic"]
    rows[-1].cells["reference"] = f"json.loads alone: {_speed(results['bytes/json'], reference)}"
    rows[-1].notes.append(
        "the generated client parses with msgspec when it is installed (`pip install <package>[fast]`); with the"
        f" standard library: {_speed(results['bytes/ours-stdlib'], reference)}"
    )
    return rows
