"""Names openapi-python-client would clash on get names of their own, each reported as a note."""

from __future__ import annotations

from typing import Any

from generator import normalize
from generator.spec import from_document


def document(**schemas: Any) -> dict[str, Any]:
    ok = {"200": {"description": "ok"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/notes/{id}": {
                "get": {"operationId": "note_item_notes__id__get", "tags": ["notes"], "responses": ok},
                "put": {"operationId": "note_item_notes__id__get", "tags": ["notes"], "responses": ok},
                "delete": {"operationId": "note_item_notes__id__get", "tags": ["notes"], "responses": ok},
            },
            "/other": {"get": {"operationId": "note_item_notes__id__get", "tags": ["other"], "responses": ok}},
        },
        "components": {"schemas": schemas},
    }


def test_shared_operation_ids_are_named_after_each_method() -> None:
    spec = from_document(document())
    prepared, notes = normalize.prepare(spec)
    ids = {method: op["operationId"] for method, op in prepared["paths"]["/notes/{id}"].items()}
    assert ids == {
        "get": "note_item_notes__id__get",
        "put": "note_item_notes__id__put",
        "delete": "note_item_notes__id__delete",
    }
    assert (
        prepared["paths"]["/other"]["get"]["operationId"] == "note_item_notes__id__get"
    )  # another tag, another module
    assert {(n.rule, n.severity, n.pointer) for n in notes} == {
        ("operation-renamed", "note", "/paths/~1notes~1{id}/put"),
        ("operation-renamed", "note", "/paths/~1notes~1{id}/delete"),
    }
    assert spec.document["paths"]["/notes/{id}"]["put"]["operationId"] == "note_item_notes__id__get"  # not modified


def test_schemas_sharing_a_class_name_are_titled_after_their_keys() -> None:
    schemas = {
        "Note-Input": {"title": "Note", "type": "object"},
        "Note-Output": {"title": "Note", "type": "object"},
        "a__Item": {"title": "Item", "type": "object"},
        "b__Item": {"title": "Item", "type": "object"},
        "Unique": {"title": "Unique", "type": "object"},
    }
    prepared, notes = normalize.prepare(from_document(document(**schemas)))
    titles = {name: schema["title"] for name, schema in prepared["components"]["schemas"].items()}
    assert titles == {
        "Note-Input": "NoteInput",
        "Note-Output": "NoteOutput",
        "a__Item": "AItem",
        "b__Item": "BItem",
        "Unique": "Unique",
    }
    assert sum(note.rule == "schema-renamed" for note in notes) == 4


def test_a_document_without_clashes_is_handed_over_as_it_is() -> None:
    clean = document(Note={"type": "object"})
    clean["paths"]["/notes/{id}"] = {"get": clean["paths"]["/notes/{id}"]["get"]}
    spec = from_document(clean)
    prepared, notes = normalize.prepare(spec)
    assert prepared is spec.document and notes == []
