"""The resource layer's naming rule and docstring parts, on names and small specs (no generation)."""

from __future__ import annotations

import pytest

from generator import docstrings, resources
from generator.families import FAMILIES
from generator.spec import Bounds, Parameter, from_document, load


@pytest.mark.parametrize(
    ("operation", "tag", "expected"),
    [
        ("list_users", "users", "list"),
        ("get_user", "users", "get"),
        ("get_current_user", "users", "get_current"),
        ("upload_file", "uploads", "upload_file"),  # the verb stays
        ("search_vector", "search", "search_vector"),
        ("list_studies", "studies", "list"),
        ("test_data_source_connection", "data_sources", "test_connection"),
        ("stream_data_source_updates", "data_sources", "stream_updates"),
        ("get_pipeline_execution_status", "pipelines", "get_execution_status"),
        ("list_scheduled_pipelines", "pipelines", "list_scheduled"),
        ("export_dashboard", "dashboards", "export"),
        ("get_revenue_summary", "analytics", "get_revenue_summary"),
        ("run_advanced_analytics", "analytics", "run_advanced"),
        ("users", "users", "users"),
        ("list_accounts", "account", "list"),  # the tag in the singular, the id in the plural
        ("list_statuses", "statuses", "list"),
    ],
)
def test_a_method_is_the_operation_id_without_the_tags_words_after_the_first(
    operation: str, tag: str, expected: str
) -> None:
    assert resources.method_name(operation, tag) == expected


@pytest.mark.parametrize(
    ("operation", "path", "method", "expected"),
    [
        ("list_accounts_accounts_get", "/accounts/", "get", "list"),
        ("get_account_accounts_item_id_get", "/accounts/{item_id}", "get", "get"),
        ("search_accounts_accounts_search_get", "/accounts/search", "get", "search"),
        ("accounts_get", "/accounts", "get", "accounts_get"),  # nothing would be left: the id stays
    ],
)
def test_the_suffix_fastapi_appends_is_dropped(operation: str, path: str, method: str, expected: str) -> None:
    assert resources.method_name(operation, "account", path, method) == expected


def test_derived_names_and_async_twins() -> None:
    assert [resources.items_name(name) for name in ("list", "list_logs", "search")] == [
        "iter",
        "iter_logs",
        "iter_search",
    ]
    assert [resources.async_name(name) for name in ("get", "wait_for", "s", "import_")] == [
        "aget",
        "await_for",
        "as_",
        "aimport",
    ]
    assert resources.resource_attribute("auth") == "auth_api" and resources.resource_attribute("users") == "users"


def test_operations_whose_names_clash_keep_their_operation_ids() -> None:
    names = resources.base_names({"list_users": ("call", "pages"), "list": ("call",), "get_user": ("call",)}, "users")
    assert names == {"list_users": "list_users", "list": "list", "get_user": "get"}
    derived = resources.base_names({"list_items": ("call", "pages"), "iter": ("call",)}, "items")
    assert derived == {"list_items": "list_items", "iter": "iter"}  # list_items' iterator would have been "iter"
    assert resources.base_names({"import_things": ("call",)}, "things") == {"import_things": "import_"}
    routes = {"note_item_notes_id_get": ("/notes/{id}", "get"), "note_item_notes_id_put": ("/notes/{id}", "put")}
    both = resources.base_names(dict.fromkeys(routes, ("call",)), "notes", routes)  # one id for two methods
    assert both == {"note_item_notes_id_get": "note_item_get", "note_item_notes_id_put": "note_item_put"}


def test_a_parameter_is_described_with_its_default_bounds_and_values() -> None:
    spec = load(FAMILIES["cortex"].spec_path)

    def text(**fields: object) -> str:
        values = {"name": "p", "location": "query", "at": "", "required": False, "schema": None, "style": "form"}
        return docstrings.parameter_text(spec, Parameter(**{**values, "explode": True, **fields}))  # type: ignore[arg-type]

    assert text(description="the size") == "The size."
    assert text(bounds=Bounds(minimum=1, maximum=100), default=20, has_default=True) == (
        "At least 1, at most 100. Default: 20."
    )
    assert text(bounds=Bounds(enum=("a", "b"), min_length=1)) == "One of 'a', 'b'. At least 1 character."
    assert text(bounds=Bounds(exclusive_minimum=0, max_length=3, pattern="^x")) == (
        "Greater than 0. At most 3 characters. Matches ``^x``."
    )
    assert text(deprecated=True) == "Deprecated."
    assert text() == "Not described by the spec."


def test_statuses_raise_the_classes_of_the_runtimes_status_table() -> None:
    names = [docstrings.error_class_name(status) for status in ("400", "401", "404", "418", "503", "5XX", "4XX")]
    assert names == [
        "BadRequestError",
        "AuthenticationError",
        "NotFoundError",
        "UnexpectedStatus",
        "ServerError",
        "ServerError",
        "ApiStatusError",
    ]


def test_the_spec_model_reads_tag_descriptions() -> None:
    spec = from_document({"openapi": "3.1.0", "tags": [{"name": "users", "description": "People."}, {"name": "x"}]})
    assert spec.tags == {"users": "People.", "x": ""}
