"""Reading documents: YAML and JSON into data, pointers back to lines and columns, syntax errors as findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.spec import SpecError, pointer, read, split, value_at

YAML = """\
openapi: 3.1.0
info:
  title: "Emoji \\ud83d\\ude80 in an escape"
  version: '1'
paths:
  /things/{thing-id}:
    get:
      responses:
        '200': {description: ok}
"""


def test_pointers_escape_and_unescape_once() -> None:
    at = pointer("paths", "/things/{id}", "get", "a~b")
    assert at == "/paths/~1things~1{id}/get/a~0b"
    assert split(at) == ["paths", "/things/{id}", "get", "a~b"]
    assert value_at({"a/b": [{"c~": 1}]}, "/a~1b/0/c~0") == 1
    assert value_at({"a": 1}, "/b") is None


def test_yaml_positions_point_at_keys_and_fall_back_to_the_nearest_ancestor(tmp_path: Path) -> None:
    path = tmp_path / "api.yaml"
    path.write_text(YAML)
    source, document = read(path)
    assert source.position("/paths/~1things~1{thing-id}/get") == (7, 5)
    assert source.position("/paths/~1things~1{thing-id}/get/responses/200/description") == (9, 17)
    assert source.position("/paths/~1things~1{thing-id}/get/nothing/below") == (7, 5)
    assert document["paths"]["/things/{thing-id}"]["get"]["responses"]["200"]["description"] == "ok"


def test_yaml_surrogate_escapes_become_one_character(tmp_path: Path) -> None:
    path = tmp_path / "api.yaml"
    path.write_text(YAML)
    _, document = read(path)
    assert document["info"]["title"] == "Emoji 🚀 in an escape"
    document["info"]["title"].encode("utf-8")


def test_json_is_read_with_json_and_located_too(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(
        '{\n  "openapi": "3.1.0",\n  "info": {"title": "Rocket \\ud83d\\ude80", "version": "1"},\n  "paths": {}\n}\n'
    )
    source, document = read(path)
    assert document["info"]["title"] == "Rocket 🚀"
    assert source.position("/info/title") == (3, 12)
    assert source.position("/paths") == (4, 3)


@pytest.mark.parametrize(
    ("name", "text", "rule", "where"),
    [
        ("api.yaml", "openapi: 3.1.0\ninfo: [unclosed\n", "yaml-syntax", (3, 1)),
        ("api.json", '{"openapi": "3.1.0",\n "info": }\n', "json-syntax", (2, 10)),
        ("api.yaml", "- just\n- a list\n", "spec-not-a-mapping", (0, 0)),
    ],
)
def test_unreadable_documents_are_findings_with_file_and_line(
    tmp_path: Path, name: str, text: str, rule: str, where: tuple[int, int]
) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(SpecError) as raised:
        read(path)
    (finding,) = raised.value.findings
    assert finding.rule == rule and (finding.line, finding.column) == where and name in finding.file


def test_a_missing_file_is_a_finding(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        read(tmp_path / "nope.yaml")
    assert raised.value.findings[0].rule == "spec-unreadable"


def test_json_positions_survive_nesting_and_escapes(tmp_path: Path) -> None:
    document = {"a": [{'b"c': {"d/e": [1, 2, {"f": None}]}}], "g": True}
    path = tmp_path / "nested.json"
    path.write_text(json.dumps(document, indent=2))
    source, _ = read(path)
    lines = path.read_text().splitlines()
    line, column = source.position(pointer("a", 0, 'b"c', "d/e", 2, "f"))
    assert lines[line - 1][column - 1 :].startswith('"f"')
