"""``python -m generator diff``: every class of change, each case a folder of tests/specs/diff with its levels."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import diff
from generator.diff._surface import read_surface
from tests.conftest import ROOT, SPECS

CASES = SPECS / "diff"
BASE = CASES / "base.yaml"


@functools.cache
def snapshot(path: Path) -> diff.Snapshot:
    old, _ = diff.between_files(path, path, "users_client")
    return old


def changes_of(case: Path) -> list[diff.Change]:
    old = case / "old.yaml" if (case / "old.yaml").is_file() else BASE
    return diff.compare(snapshot(old), snapshot(case / "new.yaml"))


@pytest.mark.parametrize("case", sorted(path.name for path in CASES.iterdir() if path.is_dir()))
def test_each_change_is_found_at_its_level(case: str) -> None:
    expected = set((CASES / case / "expected.txt").read_text(encoding="utf-8").splitlines())
    found = {f"{change.level} {change.kind} {change.operation or '-'}" for change in changes_of(CASES / case)}
    assert found == expected


def test_a_new_enum_value_in_a_response_says_why_it_does_not_break() -> None:
    messages = [c.message for c in changes_of(CASES / "enum-value-added") if c.message.startswith("response")]
    assert messages and all("forward-compatible clients accept values they do not know" in m for m in messages)


def test_a_lazy_package_exports_what_its_type_checking_imports_name() -> None:
    surface = read_surface(ROOT / "generated" / "pwc_client" / "pwc_client")
    assert surface["models"]["Sale"] == "-> models.sale.Sale"
    assert "Sale" in surface["models.sale"] and "def " in surface["api.sales.list_sales"]["sync"]


def test_the_surface_read_from_the_cache_is_the_one_parsed_and_an_edit_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("generator.diff._surface.CACHE_DIR", tmp_path / "cache")
    package = tmp_path / "demo"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("from .models.user import User\n\n__all__ = ['User']\n", encoding="utf-8")
    (package / "models" / "__init__.py").write_text("", encoding="utf-8")
    user = package / "models" / "user.py"
    user.write_text("class User:\n    def rename(self, name: str) -> None: ...\n", encoding="utf-8")
    parsed = read_surface(package)
    assert len(list((tmp_path / "cache").iterdir())) == 3, "one entry per module"
    assert read_surface(package) == parsed and parsed[""]["User"] == "-> models.user.User"
    user.write_text("class User:\n    def rename(self, name: int) -> None: ...\n", encoding="utf-8")
    assert read_surface(package)["models.user"]["User"]["members"]["rename"] == "def (name: int) -> None"


def test_a_python_change_carries_a_migration_hint() -> None:
    module, method = [c for c in changes_of(CASES / "parameter-type-changed") if c.kind.startswith("python-")]
    assert module.hint == "`get_user.sync(user_id: str)` -> `get_user.sync(user_id: int)`"
    assert module.python == "users_client.api.users.get_user"
    assert method.hint == "`UsersResource.get(user_id: str)` -> `UsersResource.get(user_id: int)`"
    assert method.operation == module.operation == "GET /users/{user_id}", "the resource method is its operation's"


def run(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "diff", *arguments]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, timeout=300)


def test_the_command_prints_markdown_breaking_first_and_exits_1_on_a_breaking_change() -> None:
    result = run(str(BASE), str(CASES / "request-field-added-required" / "new.yaml"))
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert out.index("## Breaking changes") < out.index("### `POST /users`")
    assert "request body field `password` added, required" in out
    assert "migrate: `NewUser(...)` -> `NewUser(..., password: str)`" in out


def test_json_output_lists_every_change_and_a_non_breaking_change_exits_0() -> None:
    result = run(str(BASE), str(CASES / "response-field-added" / "new.yaml"), "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert {change["level"] for change in document["changes"]} == {"non-breaking"}
    assert all({"level", "kind", "operation", "pointer", "message"} <= set(change) for change in document["changes"])
    pointers = {change["pointer"] for change in document["changes"] if change["kind"] == "property-added"}
    assert pointers == {"/components/schemas/User/properties/created_at"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("no-such.yaml", str(BASE)), "no-such.yaml: [spec-unreadable] no such file"),
        (("reviewpoint", "--base", "no-such-revision"), "cannot read it at no-such-revision"),
        (("nosuchfamily", "--base", "HEAD"), "diff --base REV takes one family"),
        ((str(BASE),), "diff takes two spec files"),
        ((str(BASE), str(SPECS / "invalid" / "yaml-syntax.yaml")), "[yaml-syntax]"),
    ],
    ids=["missing-file", "unknown-revision", "unknown-family", "one-file", "broken-yaml"],
)
def test_bad_input_exits_2_with_one_line(arguments: tuple[str, ...], message: str) -> None:
    result = run(*arguments)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_a_family_against_a_git_revision() -> None:
    result = run("reviewpoint", "--base", "HEAD", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []
