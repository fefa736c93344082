"""Generated-code validation: the generated clients agree with the specs, operation by operation.

Requests: schemathesis positive cases are mapped onto the generated endpoint function (path, query, headers,
body through the generated models); the request the client actually sends is captured and must be valid
against the spec and carry the same values (the client can express every valid request, and sends nothing
invalid). Responses: for every documented status, schema-valid bodies go through the generated parsers, which
must not raise and must give back what they read (``to_dict(from_dict(x)) == x``). Every operation of every
spec is a test of its own, so an operation without a generated function fails rather than being skipped.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from generator.contract._model import Api, Media, Operation, load_api
from generator.contract._schemas import Schemas
from generator.contract.mock import default_api_key
from generator.contract.mock._request import Incoming, Validated, validate_request
from generator.contract.mock._responses import Responder
from generator.families import FAMILIES
from tests.contract.contract_clients import (
    binary_as_bytes,
    call_arguments,
    case_values,
    client_for,
    dump,
    endpoint_modules,
    equivalent,
    import_package,
    model_class,
)

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES") or (8 if CI else 15))
BASE = "http://client.test"
STATUS_FOR_RANGE = {"1": 100, "2": 200, "3": 300, "4": 400, "5": 500}


@dataclass
class Family:
    api: Api
    package: Any
    modules: dict[str, Any]
    requests: Any  # the schemathesis schema of the spec
    bodies: dict[str, Any]  # synthetic operation id -> strategy of valid bodies
    schemas: Schemas


@functools.cache
def family_context(name: str) -> Family:
    family = FAMILIES[name]
    api = load_api(family)
    config = SchemathesisConfig.from_dict({"generation": {"with-security-parameters": False, "database": "none"}})
    requests = schemathesis.openapi.from_dict(api.document, config=config)
    targets = {key: schema for key, schema in _response_targets(api)}
    synthetic = schemathesis.openapi.from_dict(_synthetic_document(api, targets), config=config)
    bodies = {
        key: synthetic[f"/{key}"]["POST"].as_strategy(GenerationMode.POSITIVE).map(lambda case: case.body)
        for key in targets
    }
    package = import_package(family)
    return Family(api, package, endpoint_modules(package), requests, bodies, Schemas(api.document))


def _response_targets(api: Api) -> list[tuple[str, Any]]:
    """Yield (key, schema) for every JSON response body and every SSE event payload of the spec."""
    targets = []
    for operation in api.operations:
        for response in operation.responses:
            for media_type, media in response.content.items():
                if media.schema is None:
                    continue
                key = f"{operation.operation_id}_{response.status}_{len(targets)}"
                if "json" in media_type:
                    targets.append((key, api.spec.node(media.schema)))
                elif media_type == "text/event-stream":
                    for index, ref in enumerate(_content_schema_refs(api, media)):
                        targets.append((f"{key}_event{index}", {"$ref": ref}))
    return targets


def _content_schema_refs(api: Api, media: Media) -> list[str]:
    schemas = Schemas(api.document)
    node = schemas.node(media.schema or "")
    branches = node.get("oneOf") or node.get("anyOf") or [node] if isinstance(node, dict) else []
    refs = []
    for branch in branches:
        event = schemas.node(branch["$ref"][1:]) if "$ref" in branch else branch
        content = ((event.get("properties") or {}).get("data") or {}).get("contentSchema") or {}
        if "$ref" in content:
            refs.append(content["$ref"])
    return refs


def _synthetic_document(api: Api, targets: dict[str, Any]) -> dict[str, Any]:
    """A spec whose operations take each response schema as their request body: schemathesis draws valid bodies."""
    paths = {
        f"/{key}": {
            "post": {
                "operationId": key,
                "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
        for key, schema in targets.items()
    }
    info = {"title": "response bodies", "version": "1"}
    return {"openapi": "3.1.0", "info": info, "paths": paths, "components": api.document.get("components", {})}


CASES = [(name, op.operation_id) for name in FAMILIES for op in load_api(FAMILIES[name]).operations]


@pytest.mark.parametrize(("name", "operation_id"), CASES)
def test_generated_client_agrees_with_the_spec(name: str, operation_id: str) -> None:
    context = family_context(name)
    operation = context.api.by_id[operation_id]
    module = context.modules.get(operation_id)
    assert module is not None, f"{name}: no generated endpoint module for {operation_id} ({operation.label})"
    verify_operation(context, operation, module, MAX_EXAMPLES)


def verify_operation(
    context: Family, operation: Operation, module: Any, max_examples: int, shrink: bool = True
) -> None:
    """Property-test one generated endpoint module against its operation (raises on the first disagreement)."""
    requests = context.requests[operation.path][operation.method.upper()].as_strategy(GenerationMode.POSITIVE)
    keys = [key for key in context.bodies if key.startswith(f"{operation.operation_id}_")]
    statuses = [r for r in operation.responses if r.status != "DEFAULT"]
    name = context.api.family.name

    @settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=list(Phase) if shrink else [Phase.explicit, Phase.generate],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        case = data.draw(requests, label="request")
        arguments = call_arguments(module, operation, case, context.schemas)
        sent: list[httpx.Request] = []

        def reply(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return _success_reply(context, operation)

        client = client_for(context.package, BASE + context.api.base_path, httpx.MockTransport(reply), _key(name))
        module.sync_detailed(client=client, **arguments)
        assert sent, "the client sent nothing"
        _check_request(context, operation, case, sent[-1])
        for response in statuses:
            _check_response(context, operation, module, arguments, response, keys, data)

    check()


def _query_operation(context: Family) -> Operation:
    return next(op for op in context.api.operations if any(p.location == "query" for p in op.parameters))


def test_a_client_that_drops_a_parameter_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    context = family_context("reviewpoint")
    operation = _query_operation(context)
    module = context.modules[operation.operation_id]
    dropped = next(p.name for p in operation.parameters if p.location == "query" and not p.required)
    original = module._get_kwargs

    @functools.wraps(original)
    def dropping(**arguments: Any) -> dict[str, Any]:
        kwargs = dict(original(**arguments))
        kwargs["params"] = {k: v for k, v in (kwargs.get("params") or {}).items() if k != dropped}
        return kwargs

    monkeypatch.setattr(module, "_get_kwargs", dropping)
    with pytest.raises(AssertionError, match=f"query {dropped}"):
        verify_operation(context, operation, module, 50, shrink=False)


def test_a_model_that_loses_a_field_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    context = family_context("reviewpoint")
    operation = _query_operation(context)
    success = operation.success()
    assert success is not None and success.content["application/json"].schema
    pointer = context.schemas.resolved(success.content["application/json"].schema)
    model = model_class(context.package, pointer.rsplit("/", 1)[-1])
    lost = context.schemas.node(pointer)["required"][0]
    original = model.to_dict

    def lossy(self: Any) -> dict[str, Any]:
        return {k: v for k, v in original(self).items() if k != lost}

    monkeypatch.setattr(model, "to_dict", lossy)
    with pytest.raises(AssertionError, match="parsed"):
        verify_operation(context, operation, context.modules[operation.operation_id], 20, shrink=False)


def _key(name: str) -> str:
    return default_api_key(FAMILIES[name])


def _success_reply(context: Family, operation: Operation) -> httpx.Response:
    success = operation.success()
    assert success is not None, f"{operation.label} documents no success response"
    reply = Responder(context.schemas).success(operation, success, {})
    return httpx.Response(reply.status, content=reply.content, headers=_headers(reply.media_type, reply.headers))


def _headers(media_type: str | None, headers: dict[str, str]) -> dict[str, str]:
    return headers | ({"content-type": media_type} if media_type else {})


def _check_request(context: Family, operation: Operation, case: Any, request: httpx.Request) -> None:
    """The captured request routes to the operation, is valid, and carries exactly the case's values."""
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    found, path_params, _ = context.api.route(request.method, path)
    assert found is operation, f"{request.method} {path} does not route to {operation.label}"
    incoming = Incoming(
        path_params,
        parse_qsl(request.url.query.decode("latin-1"), keep_blank_values=True),
        {key.lower(): value for key, value in request.headers.items()},
        {},
        request.read(),
    )
    result = validate_request(context.schemas, operation, incoming)
    assert isinstance(result, Validated), f"the client sent an invalid request: {result}\n{_describe(request)}"
    expected = case_values(context.schemas, operation, case)
    for parameter in operation.parameters:
        got = result.params[parameter.location].get(parameter.name)
        if parameter.name in expected[parameter.location]:
            want = expected[parameter.location][parameter.name]
            assert equivalent(got, want), f"{parameter.location} {parameter.name}: sent {got!r}, case had {want!r}"
        elif got is not None and parameter.location != "header":  # runtimes may add headers (correlation ids)
            default = (context.schemas.node(parameter.schema) or {}).get("default")
            assert equivalent(got, default), f"{parameter.location} {parameter.name}={got!r} sent unasked"
    body = getattr(case, "body", None)
    if operation.body is not None and type(body).__name__ != "NotSet":
        body = binary_as_bytes(context.schemas, operation, body)
        assert _same_body(body, result), f"body sent {result.body!r} for case body {body!r}"


def _same_body(body: Any, result: Validated) -> bool:
    if not result.files:
        return equivalent(result.body, body)
    if not isinstance(body, dict):
        return False
    for name, value in body.items():
        if name in result.files:
            expected = value if isinstance(value, bytes) else str(value).encode()
            if result.files[name][1] != expected:
                return False
        elif not equivalent(result.body.get(name), value):
            return False
    return True


def _check_response(
    context: Family,
    operation: Operation,
    module: Any,
    arguments: dict[str, Any],
    response: Any,
    keys: list[str],
    data: Any,
) -> None:
    """Every documented body of a status parses without raising, and JSON bodies round-trip through the models."""
    code = int(response.status) if response.status.isdigit() else STATUS_FOR_RANGE[response.status[0]]
    prefix = f"{operation.operation_id}_{response.status}_"
    json_keys = [key for key in keys if key.startswith(prefix) and "_event" not in key]
    for media_type in list(response.content) or [None]:
        if media_type is not None and "json" in media_type:
            body = data.draw(context.bodies[json_keys[0]], label=f"{response.status} body")
            content = json.dumps(body).encode()
        else:
            body, content = None, Responder(context.schemas).success(operation, response, {}).content
        canned = httpx.Response(code, content=content, headers=_headers(media_type, {}))
        transport = httpx.MockTransport(lambda request, canned=canned: canned)
        client = client_for(context.package, BASE + context.api.base_path, transport, _key(context.api.family.name))
        result = module.sync_detailed(client=client, **arguments)
        assert result.status_code == code
        if body is not None:
            parsed = dump(result.parsed)
            assert equivalent(parsed, body), f"{operation.label} {code}: parsed {parsed!r} from {body!r}"
    for key in (k for k in keys if k.startswith(prefix) and "_event" in k):
        payload = data.draw(context.bodies[key], label="event payload")
        component = _component_of(context, key)
        model = model_class(context.package, component)
        assert equivalent(dump(model.from_dict(payload)), payload), f"{component} does not round-trip {payload!r}"


def _component_of(context: Family, key: str) -> str:
    operation_id, status, _, event = key.rsplit("_", 3)
    operation = context.api.by_id[operation_id]
    response = next(r for r in operation.responses if r.status == status)
    media = response.content["text/event-stream"]
    return _content_schema_refs(context.api, media)[int(event.removeprefix("event"))].rsplit("/", 1)[-1]


def _describe(request: httpx.Request) -> str:
    return f"{request.method} {request.url}\n{dict(request.headers)}\n{request.content[:500]!r}"
