"""``python -m generator client``: any OpenAPI document in, a working client out, every problem named.

The documents are those FastAPI apps serve about themselves (``tests/realworld/``): the notes app is also run for
real on loopback, and the generated client logs in, creates, reads, replaces and deletes through it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.contract.mock import serving
from tests.conftest import ROOT, SPECS
from tests.realworld.apps import notes_app

REALWORLD = ROOT / "tests" / "realworld"
BIN = Path(sys.executable).parent


def client(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "client", *map(str, args)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    output = tmp_path_factory.mktemp("notes") / "notes"
    return output, client(REALWORLD / "notes.json", "--package", "notes_client", "--output", output, "--verbose")


def test_every_operation_of_the_notes_document_is_generated(
    notes: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    output, result = notes
    assert result.returncode == 0, result.stderr
    assert "18 of 18 operations" in result.stdout
    assert "Traceback" not in result.stderr
    modules = {path.stem for path in (output / "notes_client" / "api" / "notes").glob("*.py")}
    assert {"note_item_notes_note_id_get", "note_item_notes_note_id_put", "note_item_notes_note_id_delete"} <= modules


def test_collisions_are_named_with_pointers_and_positions(notes: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, result = notes
    lines = result.stderr.splitlines()

    def line_for(pointer: str) -> str:
        return next(line for line in lines if f"#{pointer}:" in line)

    assert "[note: schema-renamed]" in line_for("/components/schemas/Note-Input") and "'NoteInput'" in line_for(
        "/components/schemas/Note-Input"
    )
    assert "'NotesCatalogModelsItem'" in line_for("/components/schemas/notes__catalog__models__Item")
    put = line_for("/paths/~1notes~1{note_id}/put")
    assert put.startswith("tests/realworld/notes.json:") and "[note: operation-renamed]" in put
    default = line_for("/components/schemas/Settings/properties/version/default")
    assert "[warning: openapi-valid] 0.0 is not of type 'string'" in default


def test_the_package_passes_ruff_and_mypy_strict(
    notes: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    output, _ = notes
    for command in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "--strict", "--cache-dir", str(tmp_path), "notes_client"],
    ):
        result = subprocess.run(
            [str(BIN / command[0]), *command[1:]], cwd=output, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_client_works_against_the_real_app(notes: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    output, _ = notes
    script = textwrap.dedent(
        """
        import sys
        from notes_client import Client, NotFoundError, PermissionDeniedError
        from notes_client.api.notes import (
            create_note_notes_post, list_notes_notes_get, note_item_notes_note_id_delete,
            note_item_notes_note_id_get, note_item_notes_note_id_put,
        )
        from notes_client.api.settings import get_settings_settings_get
        from notes_client.models import NoteInput, Priority

        with Client(sys.argv[1], api_key="notes-key") as client:
            client.login("ada", "secret")
            tea = NoteInput(title="Tee ☕", priority=Priority.URGENT)
            created = create_note_notes_post.sync(client=client, body=tea)
            fetched = note_item_notes_note_id_get.sync(client=client, note_id=created.id)
            tea = NoteInput(title="Tea 🍵")
            replaced = note_item_notes_note_id_put.sync(client=client, note_id=created.id, body=tea)
            page = list_notes_notes_get.sync(client=client, size=10)
            note_item_notes_note_id_delete.sync(client=client, note_id=created.id)
            try:
                note_item_notes_note_id_get.sync(client=client, note_id=created.id)
            except NotFoundError as error:
                gone = error.status_code
            settings = get_settings_settings_get.sync(client=client)
        try:
            get_settings_settings_get.sync(client=Client(sys.argv[1], api_key="wrong"))
        except PermissionDeniedError as error:
            refused = error.status_code
        print(fetched.title, replaced.title, replaced.revision, page.total, gone, settings.version, refused)
        """
    )
    with serving(notes_app()) as url:
        result = subprocess.run(
            [sys.executable, "-c", script, url], cwd=output, capture_output=True, text=True, check=False
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Tee", "☕", "Tea", "🍵", "2", "1", "404", "1.0", "403"]


def test_emoji_escapes_and_utf8_give_the_same_package(
    notes: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    output, _ = notes
    result = client(REALWORLD / "notes-utf8.json", "--package", "notes_client", "--output", tmp_path / "utf8")
    assert result.returncode == 0, result.stderr

    def tree(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.py") if "__pycache__" not in p.parts
        }

    ours = tree(output / "notes_client")
    assert ours == tree(tmp_path / "utf8" / "notes_client")
    assert "Notes 📝 API" in (output / "notes_client" / "client.py").read_text(encoding="utf-8")
    assert 'Client("https://api.example.com")' in (output / "README.md").read_text()  # the document names no server


def test_strict_refuses_what_a_lenient_run_reports(tmp_path: Path) -> None:
    output = tmp_path / "strict"
    result = client(REALWORLD / "notes.json", "--package", "notes_client", "--output", output, "--strict")
    assert result.returncode == 1
    assert "#/components/schemas/Settings/properties/version/default: [openapi-valid]" in result.stderr
    assert "not generated" in result.stderr and not output.exists()


def test_a_large_document_is_generated_whole(tmp_path: Path) -> None:
    output = tmp_path / "platform"
    result = client(REALWORLD / "platform.json", "--package", "platform_client", "--output", output)
    assert result.returncode == 0, result.stderr
    assert "432 of 432 operations" in result.stdout and "warning" not in result.stderr
    assert "144 note(s)" in result.stderr and "--verbose" in result.stderr  # renames summarised, not listed
    check = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=output, capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout
    probe = "from platform_client.api.account import account_action_accounts_item_id_action_put as m, " + (
        "account_action_accounts_item_id_action_post as n"
    )
    assert subprocess.run([sys.executable, "-c", probe], cwd=output, capture_output=True, check=False).returncode == 0


def test_an_openapi_30_yaml_document_with_its_own_auth(tmp_path: Path) -> None:
    output = tmp_path / "shelf"
    result = client(SPECS / "valid" / "shelf-3.0.yaml", "--package", "shelf_client", "--output", output)
    assert result.returncode == 0, result.stderr
    assert "4 of 4 operations" in result.stdout
    family = (output / "shelf_client" / "_family.py").read_text()
    assert 'api_key_query="api_key"' in family and "login_path" not in family
    probe = textwrap.dedent(
        """
        import httpx
        from shelf_client import Client
        from shelf_client.api.books import list_books
        seen = []
        def answer(request):
            seen.append(request)
            return httpx.Response(200, json=[{"id": 1, "title": "Dune", "subtitle": None}])
        with Client("https://shelf.test/v2", api_key="k-1", transport=httpx.MockTransport(answer)) as client:
            books = list_books.sync(client=client)
        print(seen[0].url, books[0].title, books[0].subtitle)
        """
    )
    run = subprocess.run([sys.executable, "-c", probe], cwd=output, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["https://shelf.test/v2/books?api_key=k-1", "Dune", "None"]


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["--package", "Bad-Name"], 2, "not a lower-case Python identifier"),
        (["--package", "ok_client", "--env-prefix", "A B"], 2, "--env-prefix"),
        ([], 2, "--package"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str], code: int, needle: str) -> None:
    result = client(REALWORLD / "notes.json", "--output", tmp_path / "x", *args)
    assert result.returncode == code and needle in result.stderr and "Traceback" not in result.stderr


def test_unreadable_or_broken_documents_are_one_line_findings(tmp_path: Path) -> None:
    missing = client(tmp_path / "nope.json", "--package", "x_client", "--output", tmp_path / "x")
    assert missing.returncode == 1 and "[spec-unreadable]" in missing.stderr and "Traceback" not in missing.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x\n")
    syntax = client(broken, "--package", "x_client", "--output", tmp_path / "x")
    assert syntax.returncode == 1 and "broken.yaml:3:1: [yaml-syntax]" in syntax.stderr


def test_an_output_folder_that_is_not_ours_is_left_alone(tmp_path: Path) -> None:
    output = tmp_path / "mine"
    output.mkdir()
    (output / "notes.txt").write_text("keep me")
    result = client(REALWORLD / "notes.json", "--package", "notes_client", "--output", output)
    assert result.returncode == 1 and "[output-not-ours]" in result.stderr
    assert [p.name for p in output.iterdir()] == ["notes.txt"]


def test_the_fixture_documents_are_what_the_apps_serve() -> None:
    probe = "from tests.realworld.make_documents import documents; import json; print(json.dumps(documents()))"
    environment = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0, result.stderr
    for name, text in json.loads(result.stdout).items():
        assert (REALWORLD / name).read_text(encoding="utf-8") == text, f"{name} is stale: run make_documents"


def test_yaml_surrogate_escapes_decode_to_characters(tmp_path: Path) -> None:
    document = yaml.safe_load((SPECS / "valid" / "shelf-3.0.yaml").read_text())
    assert document["openapi"].startswith("3.0")
    escaped = tmp_path / "escaped.yaml"
    escaped.write_text('openapi: 3.1.0\ninfo: {title: "Shelf \\ud83d\\udcda", version: "1"}\npaths: {}\n')
    from generator.spec import load

    assert load(escaped).title == "Shelf 📚"
