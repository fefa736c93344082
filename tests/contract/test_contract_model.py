"""The spec model: operations, routing, base path, links, status lookup."""

from __future__ import annotations

import pytest

from generator.contract._model import Api, load_api
from generator.families import Family


def test_every_operation_of_every_family_is_loaded(family: Family) -> None:
    api = load_api(family)
    expected = {
        operation["operationId"]
        for item in api.document["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert {operation.operation_id for operation in api.operations} == expected


def test_every_operation_routes_to_itself(family: Family) -> None:
    api = load_api(family)
    for operation in api.operations:
        path = api.base_path + operation.path.replace("{", "").replace("}", "")
        found, params, _ = api.route(operation.method, path)
        assert found is operation, (operation.label, path)
        assert set(params) == set(operation.path_names)


def test_routing_prefers_literal_segments_and_reports_allowed_methods(toy_api: Api) -> None:
    found, params, allowed = toy_api.route("GET", "/api/items/abc")
    assert found is not None and found.operation_id == "get_item" and params == {"item_id": "abc"}
    assert toy_api.route("PUT", "/api/items/abc")[2] == ["DELETE", "GET", "PATCH"]
    assert toy_api.route("GET", "/items/abc") == (None, {}, [])  # outside the base path
    assert toy_api.route("GET", "/api/nothing") == (None, {}, [])


def test_links_and_path_level_parameters_are_read(toy_api: Api) -> None:
    create = toy_api.by_id["create_item"]
    success = create.success()
    assert success is not None and success.status == "201"
    assert {(link.operation_id, link.parameter, link.body_pointer) for link in success.links} == {
        ("get_item", "item_id", "/id"),
        ("delete_item", "item_id", "/id"),
    }
    assert [p.name for p in toy_api.by_id["update_item"].parameters] == ["item_id"]


@pytest.mark.parametrize(("code", "expected"), [(404, "404"), (401, "401"), (418, None), (204, "204")])
def test_response_for_status(toy_api: Api, code: int, expected: str | None) -> None:
    response = toy_api.by_id["delete_item"].response_for(code)
    assert (response.status if response else None) == expected


def test_security_requirements_default_to_the_document(toy_api: Api) -> None:
    assert toy_api.by_id["list_items"].security == ({"BearerAuth": ()}, {"ApiKeyAuth": ()})
    assert toy_api.by_id["login"].security == ()
    assert toy_api.base_path == "/api"


def test_public_names_are_exported() -> None:
    from generator.contract import fuzz, mock

    assert set(mock.__all__) == {
        "MockApp",
        "MockConfig",
        "MockState",
        "create_app",
        "default_api_key",
        "free_port",
        "serve",
        "serving",
    }
    assert {"fuzz", "FuzzOptions", "FuzzReport", "Finding", "write_junit", "credentials_from_env"} <= set(fuzz.__all__)
    for module in (fuzz, mock):
        assert all(hasattr(module, name) for name in module.__all__)
