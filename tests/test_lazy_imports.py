"""Importing a package is cheap: models, endpoint modules, attrs and asyncio load on first use (issue #13).

The models package resolves names on first access (a module ``__getattr__``), with ``TYPE_CHECKING`` imports so
that type checkers see every model; ``from pkg.models import Model`` works as with eager imports.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.families import FAMILIES
from tests.conftest import ROOT

HEAVY = ("attr", "attrs", "asyncio", "msgspec", "httpx_sse", "websockets", "dateutil")
PROBE = """
import json, sys
sys.path.insert(0, {path!r})
import httpx
before = set(sys.modules)
import {package}
print(json.dumps(sorted(set(sys.modules) - before)))
"""


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_importing_a_package_loads_no_model_no_endpoint_and_nothing_heavy(family: str) -> None:
    package = FAMILIES[family].package
    script = PROBE.format(path=str(ROOT / "generated" / f"{package}"), package=package)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)

    own = [name for name in loaded if name.startswith(package)]
    assert not [name for name in own if name.startswith((f"{package}.models.", f"{package}.api."))], own
    assert not [name for name in loaded if name.split(".")[0] in HEAVY], loaded
    assert set(loaded) - set(own) <= {"secrets", "hmac"}, loaded  # the OAuth state and download names


def test_models_resolve_on_first_use_as_with_eager_imports() -> None:
    models = importlib.import_module("pwc_client.models")
    from pwc_client.models import Sale, SalesPage
    from pwc_client.models.sale import Sale as SaleItself

    assert Sale is SaleItself and models.SalesPage is SalesPage
    assert set(models.__all__) <= set(dir(models)) and "Sale" in models.__all__
    everything: dict[str, object] = {}
    exec("from pwc_client.models import *", everything)
    assert set(models.__all__) <= set(everything)
    with pytest.raises(AttributeError, match="module 'pwc_client.models' has no attribute 'Nope'"):
        models.Nope  # noqa: B018


def test_type_checkers_see_the_lazy_models(tmp_path: Path) -> None:
    """mypy must know ``Sale.description`` is ``None | str``: the error below proves the import is not ``Any``."""
    lines = ["from pwc_client.models import Sale", "sale = Sale.from_dict({'description': None})"]
    (tmp_path / "use.py").write_text("\n".join([*lines, "number: int = sale.description", ""]))
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bin_dir / "mypy"), "--strict", "--cache-dir", str(tmp_path / "cache"), "use.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(ROOT / "generated" / "pwc_client"), "PATH": "/usr/bin:/bin"},
    )
    assert 'Incompatible types in assignment (expression has type "str | None", variable has type "int")' in (
        result.stdout
    ), result.stdout + result.stderr
    assert "Found 1 error" in result.stdout
