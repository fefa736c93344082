"""Generated clients against servers that answer exactly as the seeds show (issue #8).

The fixtures in ``fixtures/`` are written from the seeds, not from ``openapi/``: requests as the seeds' clients
send them, response bodies built only with the fields the seeds show. A loopback uvicorn server answers each
request with its fixture; every operation of every generated client must decode its answer and give it back
unchanged from ``to_dict()``. A spec that invents a required field, closes a schema, lists an enum the seed does
not attest, or guesses a status or path the seed contradicts fails here, although the mock (built from the same
spec) would agree with it.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.contract.mock import serving
from generator.families import FAMILIES
from tests.contract.contract_clients import dump, endpoint_modules, equivalent, import_package, to_python
from tests.seed_shaped.server import Exchange, SeedFixtures, SeedShapedApp

FIXTURES = {name: SeedFixtures.load(name) for name in FAMILIES}
PACKAGES = {name: import_package(family) for name, family in FAMILIES.items()}
MODULES = {name: endpoint_modules(package) for name, package in PACKAGES.items()}
CASES = [(family, operation) for family in FAMILIES for operation in sorted(MODULES[family])]
ERRORS = [(family, index) for family, fixtures in FIXTURES.items() for index in range(len(fixtures.errors))]
UPLOAD = b"%PDF-1.7 research paper"


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, tuple[str, SeedShapedApp]]]:
    """One seed-shaped server per family, on 127.0.0.1 and a free port; yields base URL and app by family."""
    started: dict[str, tuple[str, SeedShapedApp]] = {}
    contexts = []
    for name, fixtures in FIXTURES.items():
        app = SeedShapedApp.serving(list(fixtures.exchanges.values()))
        context = serving(app)
        started[name] = (context.__enter__() + fixtures.base_path, app)
        contexts.append(context)
    try:
        yield started
    finally:
        for context in contexts:
            context.__exit__(None, None, None)


def client(family: str, base_url: str, **options: Any) -> Any:
    options.setdefault("access_token", "seed-access-token")
    options.setdefault("api_key", f"{family}-api-key")
    return PACKAGES[family].Client(base_url, max_retries=0, **options)


def arguments(module: types.ModuleType, call: dict[str, Any], files: Path) -> dict[str, Any]:
    """Turn a fixture's JSON-like call into the endpoint's keyword arguments (models, enums, dates, files)."""
    hints = typing.get_type_hints(module._get_kwargs, globalns=vars(module))
    return {name: argument(value, hints[name], files) for name, value in call.items()}


def argument(value: Any, hint: Any, files: Path) -> Any:
    """Multipart bodies are built through the model's constructor: a ``@name`` file field is passed as a path."""
    model = next((arm for arm in typing.get_args(hint) or (hint,) if hasattr(arm, "to_multipart")), None)
    if model is None or not isinstance(value, dict):
        return to_python(value, hint)
    for key, item in value.items():
        if isinstance(item, str) and item.startswith("@"):
            (files / item[1:]).write_bytes(UPLOAD)
            value = {**value, key: files / item[1:]}
    return model(**value)


def call(module: types.ModuleType, api: Any, kwargs: dict[str, Any]) -> Any:
    """Call the raising style; event streams are drained, a redirect-only operation is called detailed."""
    if inspect.isgeneratorfunction(module.sync):
        return list(module.sync(client=api, **kwargs))
    if not any(name.startswith("2") for name in _documented(module)):
        return module.sync_detailed(client=api, **kwargs)
    return module.sync(client=api, **kwargs)


def _documented(module: types.ModuleType) -> list[str]:
    source = inspect.getsource(module._parse_response)
    return [line.split("==")[1].strip(" :") for line in source.splitlines() if "response.status_code ==" in line] + [
        "2xx" for line in source.splitlines() if "200 <= response.status_code" in line
    ]


def test_every_operation_has_a_seed_shaped_fixture_and_every_fixture_an_operation() -> None:
    for family, fixtures in FIXTURES.items():
        assert sorted(fixtures.exchanges) == sorted(MODULES[family]), family


@pytest.mark.parametrize(("family", "operation"), CASES, ids=[f"{f}-{o}" for f, o in CASES])
def test_operation_decodes_the_seed_shaped_answer(
    servers: dict[str, tuple[str, SeedShapedApp]], family: str, operation: str, tmp_path: Path
) -> None:
    url, app = servers[family]
    exchange: Exchange = FIXTURES[family].exchanges[operation]
    module = MODULES[family][operation]
    before = len(app.requests)

    result = call(module, client(family, url), arguments(module, exchange.call, tmp_path))

    seen = app.requests[before:]
    assert [(r.method, r.path) for r in seen] == [(exchange.method, exchange.path)], exchange.seed
    assert {key: [value] for key, value in exchange.query.items()}.items() <= seen[0].query.items()
    answer = exchange.response
    if "json" in answer:
        assert equivalent(dump(result), answer["json"]), (dump(result), answer["json"])
    elif "events" in answer:
        assert [(event.event, dump(event.data)) for event in result] == [
            (item.get("event", "message"), item["data"]) for item in answer["events"]
        ]
    elif "text" in answer:
        assert result.payload.read() == answer["text"].encode()
    elif answer["status"] == 302:
        assert result.status_code == 302 and result.headers["Location"] == answer["headers"]["Location"]
    else:
        assert result is None


def test_the_upload_sends_the_file_the_path_names(
    servers: dict[str, tuple[str, SeedShapedApp]], tmp_path: Path
) -> None:
    url, app = servers["reviewpoint"]
    exchange = FIXTURES["reviewpoint"].exchanges["upload_file"]
    module = MODULES["reviewpoint"]["upload_file"]

    module.sync(client=client("reviewpoint", url), **arguments(module, exchange.call, tmp_path))

    body = app.requests[-1].body
    assert UPLOAD in body and b'filename="research_paper.pdf"' in body and b"Content-Type: application/pdf" in body


@pytest.mark.parametrize("family", FAMILIES)
def test_login_with_the_seed_shaped_answer_authenticates_later_calls(
    servers: dict[str, tuple[str, SeedShapedApp]], family: str
) -> None:
    url, app = servers[family]
    login = FIXTURES[family].exchanges["login"]
    api = PACKAGES[family].Client(url, max_retries=0)

    api.login(**login.call["body"])
    module = MODULES[family][_a_secured_get(family)]
    call(module, api, arguments(module, FIXTURES[family].exchanges[module.__name__.rsplit(".", 1)[1]].call, Path()))

    assert app.requests[-1].headers["authorization"] == f"Bearer {login.response['json']['access_token']}"


def _a_secured_get(family: str) -> str:
    return {"pwc": "list_sales", "cortex": "get_dashboard", "reviewpoint": "get_current_user"}[family]


@pytest.mark.parametrize(("family", "index"), ERRORS, ids=[f"{f}-{i}" for f, i in ERRORS])
def test_seed_shaped_errors_raise_their_typed_error(family: str, index: int, tmp_path: Path) -> None:
    error = FIXTURES[family].errors[index]
    module = MODULES[family][error["operation"]]
    app = SeedShapedApp({}, fallback=error["response"])

    with serving(app) as url, pytest.raises(getattr(PACKAGES[family].errors, error["raises"])) as raised:
        call(module, client(family, url + FIXTURES[family].base_path), arguments(module, error["call"], tmp_path))

    assert raised.value.status_code == error["response"]["status"]
    assert (raised.value.body is not None) == ("json" in error["response"]), error["seed"]
    assert "\n" not in str(raised.value)
