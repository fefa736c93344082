"""Dump the OpenAPI documents of the fixture apps (``apps.py``) to JSON, as users get them from a deployment.

Run ``.venv/bin/python -m tests.realworld.make_documents`` after changing ``apps.py``; the documents are committed.

- ``notes.json``: ``json.dumps(app.openapi())`` with its default ASCII escapes, so emoji arrive as surrogate pairs
  (``"\\ud83d\\ude80"``), which a YAML parser decodes into unencodable lone surrogates;
- ``notes-utf8.json``: the same document as FastAPI serves it (UTF-8, no escapes);
- ``platform.json``: a large API (384 operations), as FastAPI serves it.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def documents() -> dict[str, str]:
    """Return file name -> text of every fixture document."""
    from tests.realworld.apps import notes_app, platform_app

    notes = notes_app().openapi()
    return {
        "notes.json": _dump(notes, ascii_only=True),
        "notes-utf8.json": _dump(notes, ascii_only=False),
        "platform.json": _dump(platform_app().openapi(), ascii_only=False),
    }


def _dump(document: dict[str, Any], *, ascii_only: bool) -> str:
    return json.dumps(document, ensure_ascii=ascii_only, indent=1) + "\n"


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # FastAPI names a multi-method route after one method of a set
        command = [sys.executable, "-m", "tests.realworld.make_documents"]
        os.execve(sys.executable, command, {**os.environ, "PYTHONHASHSEED": "0"})
    warnings.simplefilter("ignore")  # FastAPI warns about the duplicate operationIds the fixtures carry on purpose
    for name, text in documents().items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
