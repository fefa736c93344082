"""The seeds kept in openapi/seeds/ are the team's seeds, byte for byte (where ../shared/seeds is present)."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

KEPT = ROOT / "openapi" / "seeds"
SHARED = ROOT.parent / "shared" / "seeds"


def test_every_spec_names_a_kept_seed() -> None:
    for spec in sorted((ROOT / "openapi").glob("*.yaml")):
        line = next(line for line in spec.read_text().splitlines() if line.strip().startswith("x-seed:"))
        assert (spec.parent / line.split(":", 1)[1].strip()).is_file(), spec.name


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared/seeds beside this clone to compare with")
def test_kept_seeds_match_the_shared_ones() -> None:
    shared = {path.name: path.read_bytes() for path in SHARED.glob("*.txt")}
    kept = {path.name: path.read_bytes() for path in KEPT.glob("*.txt")}
    assert kept == shared, "a seed changed: copy it into openapi/seeds/ and run make lint to re-check the citations"
