"""Property tests: every response schema's bodies decode and round-trip however lean or new the server is.

For every JSON response of every operation (each status) and every event payload, schema-valid bodies are drawn
and sent through the generated parser three ways: with only the required properties, with a property the spec
does not list added to every object, and with every enum value replaced by one the spec does not list. None may
raise; each must give back what it read; an unlisted enum value must stay visible as an unknown member.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.contract._model import Operation, load_api
from generator.contract._surprises import only_required, with_unknown_properties, with_unlisted_values
from generator.families import FAMILIES
from tests.contract.contract_clients import dump, equivalent, model_class
from tests.contract.test_contract_generated_clients import (
    MAX_EXAMPLES,
    STATUS_FOR_RANGE,
    Family,
    _component_of,
    family_context,
)

CASES = [(name, op.operation_id) for name in FAMILIES for op in load_api(FAMILIES[name]).operations]
BASE = "http://client.test"


@pytest.mark.parametrize(("name", "operation_id"), CASES)
def test_lean_new_and_unknown_bodies_decode_and_round_trip(name: str, operation_id: str) -> None:
    context = family_context(name)
    operation = context.api.by_id[operation_id]
    targets = list(_targets(context, operation))
    if not targets:
        pytest.skip(f"{operation.label} documents no JSON body and no event payload")
    verify_tolerance(context, targets, MAX_EXAMPLES)


def verify_tolerance(context: Family, targets: list[tuple[str, str, Any]], max_examples: int) -> None:
    """Property-test the decoders of some response bodies (raises on the first body one of them mishandles)."""

    @settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        for key, at, decode in targets:
            body = data.draw(context.bodies[key], label=key)
            for variant in (
                only_required(context.schemas, at, body),
                with_unknown_properties(context.schemas, at, body),
            ):
                assert equivalent(dump(decode(variant)), variant), f"{key}: {variant!r}"
            unlisted, placed = with_unlisted_values(context.schemas, at, body, closed=True)
            decoded = decode(unlisted)
            assert equivalent(dump(decoded), unlisted), f"{key}: {unlisted!r}"
            enums = sorted(v for v in placed if v.startswith("unlisted-enum-"))
            assert sorted(str(v) for v in _unknown_members(decoded)) == enums, f"{key}: {unlisted!r}"

    check()


def test_a_closed_enum_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    context = family_context("cortex")
    types_module = __import__(f"{context.package.__name__}.types", fromlist=["OpenStrEnum"])
    monkeypatch.setattr(types_module.OpenStrEnum, "decode", classmethod(lambda cls, value: cls(value)))
    targets = list(_targets(context, context.api.by_id["create_data_source"]))
    with pytest.raises(ValueError, match="not a valid DataSourceType"):
        verify_tolerance(context, targets, 20)


def test_a_model_that_drops_unknown_properties_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    context = family_context("reviewpoint")
    model = model_class(context.package, "User")
    original = model.to_dict
    monkeypatch.setattr(
        model, "to_dict", lambda self: {k: v for k, v in original(self).items() if k.startswith("x_") is False}
    )
    targets = list(_targets(context, context.api.by_id["get_current_user"]))
    with pytest.raises(AssertionError, match="x_unlisted_field"):
        verify_tolerance(context, targets, 20)


def test_a_model_that_requires_an_optional_property_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    context = family_context("pwc")
    model = model_class(context.package, "SalesPage")
    original = model.from_dict.__func__

    def strict(cls: Any, src: Any) -> Any:
        if "meta" not in src:
            raise KeyError("meta")
        return original(cls, src)

    monkeypatch.setattr(model, "from_dict", classmethod(strict))
    targets = list(_targets(context, context.api.by_id["list_sales"]))
    with pytest.raises(Exception, match="meta"):
        verify_tolerance(context, targets, 20)


def _targets(context: Family, operation: Operation) -> Iterator[tuple[str, str, Any]]:
    """Yield (body strategy key, schema pointer, decoder) for the operation's JSON bodies and event payloads."""
    for response in operation.responses:
        for media_type, media in response.content.items():
            prefix = f"{operation.operation_id}_{response.status}_"
            keys = [key for key in context.bodies if key.startswith(prefix)]
            if "json" in media_type and media.schema:
                code = int(response.status) if response.status.isdigit() else STATUS_FOR_RANGE[response.status[0]]
                yield (
                    next(k for k in keys if "_event" not in k),
                    media.schema,
                    _endpoint_decoder(context, operation, code),
                )
            elif media_type == "text/event-stream":
                for key in (k for k in keys if "_event" in k):
                    component = _component_of(context, key)
                    yield key, f"/components/schemas/{component}", model_class(context.package, component).from_dict


def _endpoint_decoder(context: Family, operation: Operation, code: int) -> Any:
    """Decode a body the way the generated endpoint does for this status (``_parse_response``)."""
    module = context.modules[operation.operation_id]
    client = context.package.Client(BASE, max_retries=0)
    request = httpx.Request(operation.method.upper(), BASE + context.api.base_path + operation.path)

    def decode(body: Any) -> Any:
        response = httpx.Response(code, content=json.dumps(body).encode(), request=request)
        response.headers["content-type"] = "application/json"
        return module._parse_response(client=client, response=response)

    return decode


def _unknown_members(value: Any) -> Iterator[Any]:
    """Every enum member in a decoded result that the spec does not list."""
    if getattr(value, "is_known", True) is False:
        yield value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _unknown_members(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _unknown_members(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _unknown_members(item)
