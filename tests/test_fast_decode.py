"""The fast path of ``from_dict`` decodes exactly as the checking path does: the same model, or the same error.

Every model with a fast path (``generator/fast_decode.py``) in the three families and in the tolerant spec is fed
bodies built from its schema (the spec's examples, only the required properties, unknown properties, unlisted enum
values) and then broken at random: a property removed, set to null or to a value of another kind, an unknown one
added, at the top or in a nested object. ``Model.from_dict`` (fast path, falling back) and
``Model._from_dict_checked`` must then agree on the decoded model (its ``repr``, every field with its type) or on
the error (its class, its message with the JSON pointer).
"""

from __future__ import annotations

import copy
import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import build
from generator.contract._schemas import Schemas
from generator.contract._surprises import only_required, with_unknown_properties, with_unlisted_values
from generator.contract._values import synthesize
from generator.families import FAMILIES, Family
from generator.spec import load
from tests.conftest import SPECS

ODD_VALUES = [None, 0, 3.0, 1.5, True, "", "text", "2024-05-14", "2024-05-14T10:15:42Z", "not a date", [], [1], {}]
ODD_VALUES += [{"a": 1}, [{"a": 1}], "unlisted-value"]


@pytest.fixture(scope="module")
def tolerant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Path]]:
    spec = SPECS / "valid" / "tolerant.yaml"
    family = Family(name="tolerant", spec=str(spec), package="tolerant_fast", auth=None)
    rendered = build.render(family, tmp_path_factory.mktemp("tolerant") / "tolerant_fast")
    sys.path.insert(0, str(rendered))
    try:
        yield importlib.import_module("tolerant_fast"), spec
    finally:
        sys.path.remove(str(rendered))
        for name in [name for name in sys.modules if name.startswith("tolerant_fast")]:
            del sys.modules[name]


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def targets(package: ModuleType, spec_path: Path) -> list[tuple[str, Any, Schemas, Any]]:
    """(pointer, model class, schemas, base bodies) for every component schema whose model has a fast path."""
    spec = load(spec_path)
    schemas = Schemas(spec)
    models = importlib.import_module(f"{package.__name__}.models")
    classes = {_squash(name): getattr(models, name) for name in models.__all__}
    found = []
    for name in sorted(spec.document.get("components", {}).get("schemas", {})):
        model = classes.get(_squash(name))
        if model is None or not hasattr(model, "_from_dict_checked"):
            continue
        at = f"/components/schemas/{name}"
        body = synthesize(spec, {"$ref": f"#{at}"})
        bodies = [body, only_required(schemas, at, body), with_unknown_properties(schemas, at, body)]
        bodies.append(with_unlisted_values(schemas, at, body, closed=True)[0])
        found.append((at, model, schemas, bodies))
    return found


def outcome(decode: Any, body: Any) -> tuple[Any, ...]:
    try:
        decoded = decode(body)
    except Exception as exc:  # the comparison is the point: any error, with its message
        return ("error", type(exc).__name__, str(exc))
    return ("ok", repr(decoded))


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


@st.composite
def broken(draw: st.DrawFn, body: Any) -> Any:
    """``body`` with one to three objects in it changed: a key removed, set to null or odd, an unknown one added."""
    body = copy.deepcopy(body)
    if draw(st.integers(0, 20)) == 0:
        return draw(st.sampled_from([None, [], "text", 5, [body]]))
    for _ in range(draw(st.integers(1, 3))):
        objects = list(_objects(body))
        if not objects:
            break
        target = draw(st.sampled_from(objects))
        keys = sorted(target)
        action = draw(st.sampled_from(["remove", "null", "odd", "unknown"] if keys else ["unknown"]))
        if action == "unknown":
            target[draw(st.sampled_from(["x_new", "extra", "zz"]))] = copy.deepcopy(draw(st.sampled_from(ODD_VALUES)))
            continue
        key = draw(st.sampled_from(keys))
        if action == "remove":
            del target[key]
        else:
            target[key] = None if action == "null" else copy.deepcopy(draw(st.sampled_from(ODD_VALUES)))
    return body


def check_agreement(found: list[tuple[str, Any, Schemas, Any]], data: st.DataObject) -> None:
    at, model, _, bodies = data.draw(st.sampled_from(found), label="model")
    body = data.draw(st.sampled_from(bodies), label="base")
    if data.draw(st.booleans(), label="break it"):
        body = data.draw(broken(body), label="body")
    assert outcome(model.from_dict, body) == outcome(model._from_dict_checked, body), (at, body)


def single_changes(body: Any) -> Iterator[Any]:
    """Every body that differs from ``body`` in one place: each key of each object removed, nulled, made odd."""
    for index, target in enumerate(_objects(body)):
        for key in [*sorted(target), "x_new"]:
            for value in ["remove", *ODD_VALUES]:
                changed = copy.deepcopy(body)
                place = list(_objects(changed))[index]
                if value == "remove":
                    if key not in place:
                        continue
                    del place[key]
                else:
                    place[key] = copy.deepcopy(value)
                yield changed
    yield from ([], "text", None, [body])


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_single_change_decodes_alike_on_both_paths(family: str) -> None:
    package = importlib.import_module(FAMILIES[family].package)
    disagreements = []
    for at, model, _, bodies in targets(package, FAMILIES[family].spec_path):
        for base in bodies:
            for body in single_changes(base):
                if outcome(model.from_dict, body) != outcome(model._from_dict_checked, body):
                    disagreements.append((at, body))
    assert not disagreements, disagreements[:5]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_fast_path_agrees_with_the_checking_path(family: str) -> None:
    package = importlib.import_module(FAMILIES[family].package)
    found = targets(package, FAMILIES[family].spec_path)
    assert len(found) >= 5, "too few models with a fast path: did fast_decode stop knowing a common kind?"

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        check_agreement(found, data)

    check()


def test_the_fast_path_agrees_on_the_tolerant_spec(tolerant: tuple[ModuleType, Path]) -> None:
    found = targets(*tolerant)
    assert found
    for at, model, _, bodies in found:
        for base in bodies:
            for body in single_changes(base):
                assert outcome(model.from_dict, body) == outcome(model._from_dict_checked, body), (at, body)

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        check_agreement(found, data)

    check()


def test_well_formed_bodies_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from pwc_client.models import Sale, SalesPage

    def refuse(cls: Any, src_dict: Any) -> Any:
        raise AssertionError(f"{cls.__name__} fell back to the checking path for {src_dict!r}")

    monkeypatch.setattr(Sale, "_from_dict_checked", classmethod(refuse))
    monkeypatch.setattr(SalesPage, "_from_dict_checked", classmethod(refuse))
    sale = {"description": "MUG", "quantity": 2, "invoice_date": "2011-01-01T10:00:00Z", "unit_price": 2.5}
    page = SalesPage.from_dict({"items": [sale, {**sale, "customer_id": None, "country": None, "new": 1}]})

    assert page.items[1].customer_id is None and page.items[1].additional_properties == {"new": 1}


def test_unknown_properties_are_a_copy_not_the_body() -> None:
    from pwc_client.models import Sale

    body = {"description": "MUG", "loyalty_tier": "gold"}
    sale = Sale.from_dict(body)
    sale.additional_properties["loyalty_tier"] = "silver"

    assert body["loyalty_tier"] == "gold" and sale.to_dict() == {"description": "MUG", "loyalty_tier": "silver"}


def test_an_error_deep_in_a_page_is_located_as_before() -> None:
    from pwc_client.errors import MalformedResponseError  # noqa: F401 (the public name of what the client raises)
    from pwc_client.models import SalesPage

    sale = {"description": "MUG", "quantity": 2}
    with pytest.raises(ValueError, match=r"^/items/2/quantity: expected an integer, got a string '2'$"):
        SalesPage.from_dict({"items": [sale, sale, {**sale, "quantity": "2"}]})
