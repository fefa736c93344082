"""Spec lint: the shipped specs are clean, and every rule fires on a spec broken on purpose for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import lint
from generator.families import FAMILIES
from generator.spec import SpecError, load, read
from tests.conftest import ROOT, SPECS

INVALID = sorted((SPECS / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("family", FAMILIES.values(), ids=FAMILIES)
def test_shipped_specs_are_clean(family: object) -> None:
    assert lint.lint_family(family) == []  # type: ignore[arg-type]


def test_valid_fixture_is_clean() -> None:
    assert lint.lint_path(SPECS / "valid" / "mini.yaml") == []


@pytest.mark.parametrize("path", [p for p in INVALID if p.stem != "yaml-syntax"], ids=lambda p: p.stem)
def test_each_rule_fires(path: Path) -> None:
    findings = lint.lint_path(path)
    assert path.stem in {finding.rule for finding in findings}, findings
    fired = [finding for finding in findings if finding.rule == path.stem]
    assert all(Path(finding.file).name == path.name and finding.message for finding in fired)
    assert all(finding.pointer.startswith("/") and finding.line > 1 and finding.column >= 1 for finding in fired)


def test_every_documented_rule_has_a_broken_spec() -> None:
    documented = {line.split()[0] for line in lint.__doc__.split("Rules:")[1].strip().splitlines()}
    assert documented == {p.stem for p in INVALID} - {"yaml-syntax"}


def test_yaml_syntax_error_names_the_file_and_line() -> None:
    with pytest.raises(SpecError) as raised:
        load(SPECS / "invalid" / "yaml-syntax.yaml")
    (finding,) = raised.value.findings
    assert finding.rule == "yaml-syntax" and (finding.line, finding.column) == (3, 10)
    assert str(finding).startswith("tests/specs/invalid/yaml-syntax.yaml:3:10: [yaml-syntax] ")


def test_json_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "api.json"
    broken.write_text('{"openapi": "3.1.0",\n "info": {"title": "x" "version": "1"}}\n')
    with pytest.raises(SpecError) as raised:
        load(broken)
    (finding,) = raised.value.findings
    assert finding.rule == "json-syntax" and (finding.line, finding.column) == (2, 24)


def test_pointer_locates_the_problem() -> None:
    findings = lint.lint_path(SPECS / "invalid" / "example-invalid.yaml")
    (finding,) = [f for f in findings if f.rule == "example-invalid"]
    assert finding.pointer == "/paths/~1things~1{thing_id}/get/responses/200/content/application~1json/example"
    assert "42 is not of type 'string'" in finding.message
    node_line = (SPECS / "invalid" / "example-invalid.yaml").read_text().splitlines()[finding.line - 1]
    assert node_line.strip().startswith("example:")


def test_an_invalid_schema_is_reported_where_it_is_written(tmp_path: Path) -> None:
    text = (SPECS / "valid" / "mini.yaml").read_text()
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("name: {type: string}", "name: {type: strng}"))
    (finding,) = lint.lint_path(broken)
    assert finding.rule == "openapi-valid" and finding.pointer == "/components/schemas/Thing/properties/name/type"
    assert "'strng' is not one of" in finding.message
    line = broken.read_text().splitlines()[finding.line - 1]
    assert "strng" in line and line.index("type") == finding.column - 1


def test_json_documents_are_located_too(tmp_path: Path) -> None:
    source, document = read(SPECS / "valid" / "mini.yaml")
    document["components"]["schemas"]["Thing"]["properties"]["name"]["type"] = "strng"
    as_json = tmp_path / "mini.json"
    as_json.write_text(json.dumps(document, indent=2))
    (finding,) = lint.lint_path(as_json)
    line = as_json.read_text().splitlines()[finding.line - 1]
    assert finding.pointer.endswith("/name/type") and '"type": "strng"' in line
    assert finding.column == line.index('"') + 1


def test_cli_prints_file_pointer_rule_and_fails(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("lint: no findings")


def test_cli_reports_findings_with_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli
    from generator.families import Family

    broken = Family(name="pwc", spec=str(SPECS / "invalid" / "missing-429.yaml"), package="pwc_client")
    monkeypatch.setitem(cli.FAMILIES, "pwc", broken)
    monkeypatch.setattr(cli, "select", lambda names: [broken])
    assert cli.main(["lint", "pwc"]) == 1
    err = capsys.readouterr().err
    assert "missing-429.yaml:54:7#/paths/~1things~1{thing_id}/get/responses: [missing-429]" in err


def test_required_response_fields_are_justified_by_seed_lines_that_name_them() -> None:
    path = SPECS / "invalid" / "response-required-undecided.yaml"
    findings = [f for f in lint.lint_path(path) if f.rule == "response-required-undecided"]
    assert [(f.pointer, f.message.split(": ", 1)[1][:40]) for f in findings] == [
        ("/components/schemas/Thing/required", "seed line 3 does not name it: 'headers ="),
        ("/components/schemas/Thing/required", "no x-required-by entry; cite the seed li"),
        ("/components/schemas/ThingPage/required", "no x-required-by entry; cite the seed li"),
    ]
    assert "GET /things/{thing_id} 200" in findings[0].message


def _mini_with(tmp_path: Path, change: Any, seed: str | None = None) -> Path:
    """A copy of the mini spec changed by ``change(document)``, beside a seed file when one is given."""
    document = yaml.safe_load((SPECS / "valid" / "mini.yaml").read_text())
    change(document)
    path = tmp_path / "mini.yaml"
    path.write_text(json.dumps(document))
    if seed is not None:
        (tmp_path / "mini.seed.txt").write_text(seed)
    return path


def test_required_response_fields_without_a_readable_seed_are_reported(tmp_path: Path) -> None:
    def justify(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Thing"]["x-required-by"] = {"id": 6, "name": 99, "extra": "a reason"}

    messages = {f.message for f in lint.lint_path(_mini_with(tmp_path, justify, "only one line\n"))}
    assert "seed line 6 does not exist (the seed has 1 lines)" in " ".join(messages)
    assert "x-required-by justifies 'extra', which is not required" in messages
    (tmp_path / "mini.seed.txt").unlink()
    missing = lint.lint_path(tmp_path / "mini.yaml")
    assert [f.pointer for f in missing if "cannot be read" in f.message] == ["/info/x-seed"]


def test_written_reasons_justify_required_fields_without_a_seed_line(tmp_path: Path) -> None:
    def justify(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Thing"]["x-required-by"] = {"id": "the path names it", "name": " "}

    findings = lint.lint_path(_mini_with(tmp_path, justify, (SPECS / "valid" / "mini.seed.txt").read_text()))
    assert [f.message.split(": ", 1)[1] for f in findings] == [
        "x-required-by must be a seed line number or a reason, not ' '"
    ]


def test_schemas_reached_only_by_requests_may_be_closed_and_strict(tmp_path: Path) -> None:
    def close(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["LoginRequest"]["additionalProperties"] = False

    assert lint.lint_path(_mini_with(tmp_path, close, (SPECS / "valid" / "mini.seed.txt").read_text())) == []
