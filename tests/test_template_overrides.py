"""Our overrides of openapi-python-client's templates track the pinned upstream files.

``templates/upstream.sha256`` records the hash of every upstream template we override (same file name) or
import macros from. When the pinned version changes any of them, this test names the files to review: compare
our override with the new upstream file, carry over what upstream fixed, then refresh the record with
``UPDATE_UPSTREAM=1 .venv/bin/python -m pytest tests/test_template_overrides.py``.
"""

from __future__ import annotations

import hashlib
import os
import re
from importlib.metadata import version
from pathlib import Path

import openapi_python_client

from tests.conftest import ROOT

TEMPLATES = ROOT / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
RECORD = TEMPLATES / "upstream.sha256"
IMPORT = re.compile(r"""\{%-?\s*(?:from|import)\s+"([^"]+)\"""")
HEADER = (
    "# sha256 of the openapi-python-client {version} templates that templates/ overrides (same file name) or imports\n"
    "# macros from. tests/test_template_overrides.py fails when the pinned upstream files change: review each\n"
    "# override against the new upstream file, then refresh this record with\n"
    "# UPDATE_UPSTREAM=1 .venv/bin/python -m pytest tests/test_template_overrides.py\n"
)


def tracked() -> list[str]:
    """Upstream templates our templates replace or import from (a folder imported from: all its files)."""
    names = {path.name for path in TEMPLATES.glob("*.jinja") if (UPSTREAM / path.name).is_file()}
    for path in TEMPLATES.rglob("*.jinja"):
        for name in IMPORT.findall(path.read_text()):
            if (TEMPLATES / name).is_file():
                continue
            folder = UPSTREAM / name
            found = sorted(folder.rglob("*.jinja")) if name.endswith("/") else [folder]
            names.update(found.relative_to(UPSTREAM).as_posix() for found in found if found.is_file())
    return sorted(names)


def digest(name: str) -> str:
    return hashlib.sha256((UPSTREAM / name).read_bytes()).hexdigest()


def recorded() -> dict[str, str]:
    lines = [line.split() for line in RECORD.read_text().splitlines() if line and not line.startswith("#")]
    return {name: value for value, name in lines}


def stale(record: dict[str, str], current: dict[str, str]) -> list[str]:
    """Templates whose upstream file changed, appeared or went away since the record was written."""
    return sorted(name for name in record.keys() | current.keys() if record.get(name) != current.get(name))


def test_every_tracked_upstream_template_is_as_recorded() -> None:
    current = {name: digest(name) for name in tracked()}
    if os.environ.get("UPDATE_UPSTREAM"):
        body = "".join(f"{value}  {name}\n" for name, value in current.items())
        RECORD.write_text(HEADER.format(version=version("openapi-python-client")) + body)
    changed = stale(recorded(), current)
    assert not changed, f"upstream templates changed since they were reviewed: {changed} (see this module's docstring)"


def test_the_record_names_the_pinned_version() -> None:
    assert f"openapi-python-client {version('openapi-python-client')} " in RECORD.read_text()


def test_an_upstream_edit_is_noticed() -> None:
    current = {name: digest(name) for name in tracked()}
    edited = dict(current, **{"model.py.jinja": hashlib.sha256(b"changed upstream").hexdigest()})
    assert stale(current, edited) == ["model.py.jinja"]
    assert "model.py.jinja" in current and "endpoint_macros.py.jinja" in current
