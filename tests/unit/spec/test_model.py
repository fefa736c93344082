"""The typed model: what every tool reads about a document, computed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.families import FAMILIES
from generator.spec import Spec, from_document, load
from tests.conftest import SPECS

MINI = SPECS / "valid" / "mini.yaml"


@pytest.fixture(scope="module")
def mini() -> Spec:
    return load(MINI)


def test_operations_parameters_and_their_facts(mini: Spec) -> None:
    list_things = mini.by_id["list_things"]
    assert list_things.label == "GET /things" and list_things.tags == ("things",)
    page, size = list_things.parameters
    assert (page.name, page.location, page.style, page.explode, page.required) == ("page", "query", "form", True, False)
    assert page.has_default and page.default == 1 and page.bounds.minimum == 1
    assert size.bounds.maximum == 100 and size.schema == "/paths/~1things/get/parameters/1/schema"
    assert mini.by_id["get_thing"].parameters[0].required  # path parameters are required


def test_responses_carry_media_headers_and_the_shared_components_they_come_from(mini: Spec) -> None:
    get_thing = mini.by_id["get_thing"]
    too_many = get_thing.response_for(429)
    assert too_many is not None and too_many.at == "/components/responses/TooManyRequests"
    assert too_many.headers["Retry-After"].at == "/components/headers/RetryAfter"
    ok = get_thing.success()
    assert ok is not None and ok.json is not None and ok.json.component == "Thing" and ok.json.has_example
    assert get_thing.response_for(503) is not None and get_thing.response_for(503).status == "5XX"  # type: ignore[union-attr]
    assert get_thing.statuses == {"200", "400", "401", "404", "429", "5XX"}


def test_security_requirements_and_schemes(mini: Spec) -> None:
    assert mini.by_id["login"].security == () and not mini.by_id["login"].is_secured
    assert mini.by_id["get_thing"].security == ({"BearerAuth": ()},) and mini.by_id["get_thing"].is_secured
    scheme = mini.security_schemes["BearerAuth"]
    assert scheme.is_bearer and scheme.bearer_format == "JWT" and mini.api_key_schemes() == []
    assert mini.by_id["login"].issues_tokens and not mini.by_id["get_thing"].issues_tokens


def test_pagination_and_event_streams(mini: Spec) -> None:
    paging = mini.by_id["list_things"].pagination
    assert paging is not None and paging.items == ("items",) and paging.has_next == ("meta", "has_next")
    assert paging.items_schema == "/components/schemas/ThingPage/properties/items"
    (event,) = mini.by_id["stream_thing_events"].events
    assert (event.name, event.component) == ("message", "Thing")


def test_jobs_channels_and_examples_of_the_real_specs() -> None:
    cortex = load(FAMILIES["cortex"].spec_path)
    (export, *_) = cortex.jobs
    assert export.status == "get_export_status" and "export_dashboard" in dict(export.started_by)
    (channel,) = cortex.channels
    assert (channel.auth_scheme, channel.auth_in, channel.auth_name) == ("BearerAuth", "query", "token")
    oauth = cortex.security_schemes["OAuth2"].flow("authorizationCode")
    assert oauth is not None and oauth.scopes == ("read", "write")
    assert all(example.schema is not None for example in cortex.examples)


def test_routing_with_hyphenated_parameters_and_a_base_path() -> None:
    spec = from_document(
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://x.test/v1/"}],
            "paths": {
                "/things/{thing-id}": {"get": {"responses": {}}, "delete": {"responses": {}}},
                "/things/mine": {"get": {"responses": {}}},
            },
        }
    )
    operation, params, _ = spec.route("GET", "/v1/things/a%20b")
    assert operation is not None and operation.path == "/things/{thing-id}" and params == {"thing-id": "a%20b"}
    assert spec.route("GET", "/v1/things/mine")[0].path == "/things/mine"  # type: ignore[union-attr]
    assert spec.route("PUT", "/v1/things/x") == (None, {}, ["DELETE", "GET"])
    assert spec.route("GET", "/things/x") == (None, {}, [])
    assert spec.operations[0].operation_id is None and spec.operations[0].name == "get_/things/{thing-id}"


def test_what_cannot_be_modelled_is_a_finding_not_an_exception(tmp_path: Path) -> None:
    text = MINI.read_text().replace("items: items, has_next", "items: nope.items, has_next")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text)
    spec = load(broken)
    assert spec.by_id["list_things"].pagination is None
    assert {(f.rule, f.pointer) for f in spec.findings} == {("pagination-invalid", "/paths/~1things/get/x-pagination")}
    assert all(f.line > 0 for f in spec.findings)


def test_examples_and_references_are_collected_once(mini: Spec) -> None:
    at = {example.at for example in mini.examples}
    assert "/paths/~1auth~1login/post/requestBody/content/application~1json/example" in at
    assert len(at) == len(mini.examples)
    targets = {ref.target for ref in mini.refs}
    assert "#/components/schemas/Thing" in targets and "#/components/headers/RetryAfter" in targets
