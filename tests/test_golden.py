"""Golden records: what our templates emit for a small fixture spec, file by file.

A template change shows its effect here. After a deliberate change, refresh the records with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import build
from tests.test_generate import mini

EXPECTED = Path(__file__).parent / "golden" / "expected"
RECORDED = (
    "mini_client/api/things/get_thing.py",
    "mini_client/api/things/list_things.py",
    "mini_client/api/things/stream_thing_events.py",
    "mini_client/models/login_request.py",
    "mini_client/channels.py",
    "mini_client/resources/things.py",
    "mini_client/__init__.py",
    "README.md",
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build.render(mini(), tmp_path_factory.mktemp("golden") / "mini_client")


@pytest.mark.parametrize("name", RECORDED)
def test_output_matches_the_golden_record(rendered: Path, name: str) -> None:
    actual = (rendered / name).read_text()
    expected_path = EXPECTED / name
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.parent.mkdir(parents=True, exist_ok=True)
        expected_path.write_text(actual)
    assert actual == expected_path.read_text()


def test_secret_fields_are_masked_in_model_reprs(rendered: Path) -> None:
    source = (rendered / "mini_client/models/login_request.py").read_text()
    assert "password: str = _attrs_field(repr=_repr.masked)" in source and "username: str\n" in source
