"""The template context: plain data computed from the spec model and upstream's parsed endpoints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator import template_context
from generator.families import FAMILIES, Auth
from generator.spec import Spec, from_document, load
from tests.conftest import SPECS

MINI = SPECS / "valid" / "mini.yaml"


def context(spec: Spec, auth: Auth | None = None, error_schemas: tuple[str, ...] = ("Error",)) -> Any:
    config = Config.from_sources(ConfigFile(), MetaType.UV, Path(spec.file), "utf-8", overwrite=True, output_path=None)
    data = GeneratorData.from_dict(spec.document, config=config)
    assert isinstance(data, GeneratorData)
    package, findings = template_context.build(
        spec, data, config, auth=auth, env_prefix="MINI", spec_file="mini.yaml", error_schemas=error_schemas
    )
    assert findings == []
    return package


def test_endpoint_extras_are_plain_data_keyed_by_upstream_method_and_path() -> None:
    package = context(load(MINI))
    paging = package.endpoints["get"]["/things"].paging
    assert (paging.page_param, paging.items, paging.has_next, paging.item_type) == (
        "page",
        "items",
        "meta.has_next",
        "Thing",
    )
    assert paging.item_imports == ("from ...models.thing import Thing",)
    (event,) = package.endpoints["get"]["/things/{thing_id}/events"].events
    assert (event.name, event.class_name, event.module) == ("message", "Thing", "thing")
    assert "/things/{thing_id}" not in package.endpoints["get"]  # nothing extra to say about it
    assert package.has_pagination and package.has_event_streams


def test_dotted_pagination_paths_lead_through_nested_models() -> None:
    document = yaml.safe_load(MINI.read_text())
    page = document["components"]["schemas"]["ThingPage"]
    page["properties"] = {"data": {"type": "object", "properties": page["properties"]}}
    document["paths"]["/things"]["get"]["x-pagination"].update(items="data.items", has_next="data.meta.has_next")
    paging = context(from_document(document, "mini.yaml")).endpoints["get"]["/things"].paging
    assert (paging.items, paging.has_next, paging.item_type) == ("data.items", "data.meta.has_next", "Thing")


def test_auth_comes_from_the_registry_and_the_api_key_from_the_security_schemes() -> None:
    cortex = load(FAMILIES["cortex"].spec_path)
    auth = context(cortex, FAMILIES["cortex"].auth).auth
    assert auth.login.fields == ("email", "password") and auth.login.arguments == ("email", "password")
    assert (auth.api_key.style, auth.api_key.name) == ("header", "X-API-Key")
    assert (auth.refresh_path, auth.refresh_style) == ("/auth/refresh", "bearer")
    pwc = context(load(FAMILIES["pwc"].spec_path), FAMILIES["pwc"].auth).auth
    assert pwc.api_key.style == "bearer" and pwc.login.example_identity == "data_engineer"


def test_an_api_without_login_gets_no_login() -> None:
    auth = context(load(MINI), None).auth
    assert auth.login is None and auth.refresh_path is None and auth.api_key is None and auth.bearer


@pytest.mark.parametrize(
    ("family", "expected"),
    [("reviewpoint", {"default": "Error", "422": "HTTPValidationError"}), ("pwc", {"default": "Error"})],
)
def test_error_models_per_status(family: str, expected: dict[str, str]) -> None:
    spec = load(FAMILIES[family].spec_path)
    assert context(spec, FAMILIES[family].auth, FAMILIES[family].error_schemas).error_models == expected


def test_the_readme_calls_a_get_without_arguments_its_pages_and_a_missing_resource() -> None:
    readme = context(load(MINI)).readme
    assert readme.call.sync == "client.things.list()" and readme.call.asynchronous == "await client.things.alist()"
    assert readme.call.operation == "api.things.list_things" and readme.items.sync == "client.things.iter()"
    assert readme.missing.sync == 'client.things.get("no-such-thing")'
    assert readme.method_of["things.stream_thing_events"]["asyncio"] == "client.things.astream_events"


def test_the_readme_asks_for_a_missing_resource_with_an_id_of_its_type() -> None:
    readme = context(load(FAMILIES["reviewpoint"].spec_path), FAMILIES["reviewpoint"].auth).readme
    assert readme.missing.sync == "client.users.get(999999)"  # user ids are integers


def test_docstrings_describe_each_argument_and_the_errors_an_operation_documents() -> None:
    docs = context(load(FAMILIES["reviewpoint"].spec_path), FAMILIES["reviewpoint"].auth).operation_docs
    listed = dict(docs["get"]["/api/v1/users"].args)
    assert listed["page"] == "1-based page number. At least 1. Default: 1."
    assert listed["size"] == "Number of users per page. At least 1, at most 100. Default: 20."
    raised = dict(docs["get"]["/api/v1/users/{user_id}"].raises)
    assert raised["NotFoundError"].startswith("404: ") and raised["ServerError"].startswith("5xx: ")
    assert {"AuthenticationError", "ApiStatusError", "ApiConnectionError", "MalformedResponseError"} <= set(raised)
