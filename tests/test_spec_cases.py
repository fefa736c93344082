"""Specs that one tool used to accept and another mishandled: every tool now reads them the same way.

Each case is a small variation of the mini fixture spec (tests/specs/valid/mini.yaml):
- a dotted ``x-pagination.items`` (lint accepted it, the generator silently emitted no page iterators);
- a path parameter with a hyphen (lint accepted it, the mock and the fuzzer crashed with ``re.error``);
- a missing operationId (lint refused it, ``generate`` renamed modules and exited 0).
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build, lint
from generator.families import Family
from tests.conftest import SPECS
from tests.test_generate import mini

MINI = yaml.safe_load((SPECS / "valid" / "mini.yaml").read_text(encoding="utf-8"))


def variant(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Family:
    """Write a changed copy of the mini spec; return a family generating from it."""
    document = copy.deepcopy(MINI)
    change(document)
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    shutil.copyfile(SPECS / "valid" / "mini.seed.txt", tmp_path / "mini.seed.txt")  # info.x-seed, for lint
    return mini(path)


def nest_page_items(document: dict[str, Any]) -> None:
    page = document["components"]["schemas"]["ThingPage"]
    nested = {"type": "object", "required": ["items"], "x-required-by": {"items": 5}, "properties": page["properties"]}
    page["properties"] = {"data": nested}
    page["required"], page["x-required-by"] = ["data"], {"data": "the page wraps its items in data (this variant)"}
    list_things = document["paths"]["/things"]["get"]
    list_things["x-pagination"] = {"page_param": "page", "size_param": "size", "items": "data.items",
                                   "has_next": "data.meta.has_next"}  # fmt: skip
    list_things["responses"]["200"]["content"]["application/json"]["example"] = {
        "data": {"items": [{"id": "thing-1", "name": "Widget"}], "meta": {"has_next": False}}
    }


def hyphenate_thing_id(document: dict[str, Any]) -> None:
    paths = document["paths"]
    for old in ("/things/{thing_id}", "/things/{thing_id}/events"):
        item = paths.pop(old)
        item["get"]["parameters"][0]["name"] = "thing-id"
        paths[old.replace("thing_id", "thing-id")] = item


def drop_login_operation_id(document: dict[str, Any]) -> None:
    del document["paths"]["/auth/login"]["post"]["operationId"]


def test_dotted_pagination_items_get_page_iterators(tmp_path: Path) -> None:
    family = variant(tmp_path, nest_page_items)
    assert lint.lint_family(family) == []
    package = build.render(family, tmp_path / "out")
    module = (package / "mini_client" / "api" / "things" / "list_things.py").read_text()
    assert 'items="data.items"' in module and 'has_next="data.meta.has_next"' in module
    assert "def sync_items(" in module and "-> Iterator[Thing]:" in module


def test_dotted_pagination_items_that_do_not_exist_are_a_lint_finding(tmp_path: Path) -> None:
    def wrong_path(document: dict[str, Any]) -> None:
        nest_page_items(document)
        document["paths"]["/things"]["get"]["x-pagination"]["items"] = "data.nope"

    findings = lint.lint_family(variant(tmp_path, wrong_path))
    assert [f.rule for f in findings] == ["pagination-invalid"]
    assert "'data.nope'" in findings[0].message


def test_hyphenated_path_parameters_route_in_the_mock(tmp_path: Path) -> None:
    from generator.contract._model import load_api
    from generator.contract.mock import create_app

    family = variant(tmp_path, hyphenate_thing_id)
    assert lint.lint_family(family) == []
    api = load_api(family)
    operation, params, _ = api.route("GET", "/things/abc")
    assert operation is not None and operation.operation_id == "get_thing" and params == {"thing-id": "abc"}
    with warnings.catch_warnings():  # starlette asks for httpx2, which nothing here uses
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    with TestClient(create_app(family)) as client:
        assert client.get("/things/abc").status_code == 401  # routed, then refused for lack of a token


def test_hyphenated_path_parameters_reach_the_generated_client(tmp_path: Path) -> None:
    family = variant(tmp_path, hyphenate_thing_id)
    package = build.render(family, tmp_path / "out")
    probe = "from mini_client.api.things import get_thing; print(get_thing._get_kwargs(thing_id='a b/c')['url'])"
    result = subprocess.run([sys.executable, "-c", probe], cwd=package, capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "/things/a%20b%2Fc", result.stderr


def test_a_missing_operation_id_is_refused_by_generate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.families.GENERATED_DIR", tmp_path / "generated")
    family = variant(tmp_path, drop_login_operation_id)
    assert "operation-id-missing" in {f.rule for f in lint.lint_family(family)}
    with pytest.raises(build.GenerationError) as raised:
        build.generate(family)
    assert "operation-id-missing" in {f.rule for f in raised.value.findings}
    assert not (tmp_path / "generated" / "mini_client").exists()
