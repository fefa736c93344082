"""The mock of every family, served by uvicorn on 127.0.0.1: every example request succeeds, state follows links."""

from __future__ import annotations

import httpx
import pytest

from generator.contract._model import load_api
from generator.contract._schemas import Schemas
from generator.contract.mock import create_app, serving
from generator.contract.mock._state import ResourceStore
from generator.families import FAMILIES, Family
from tests.contract.contract_examples import ExampleWalk
from tests.contract.toy import TOY


def test_every_example_request_gets_its_documented_success(family: Family) -> None:
    api = load_api(family)
    schemas = Schemas(api.document)
    with serving(create_app(family, api=api)) as url, httpx.Client(base_url=url + api.base_path, timeout=10) as client:
        assert url.startswith("http://127.0.0.1:")
        walk = ExampleWalk(api, client)
        walk.log_in()
        for operation in walk.order():
            response = walk.send(operation)
            success = operation.success()
            assert success is not None, operation.label
            assert success.matches(response.status_code), (operation.label, success.status, response.text)
            media_type = response.headers.get("content-type", "").split(";")[0]
            if success.content:
                assert media_type in success.content, (operation.label, media_type)
            media = success.content.get(media_type)
            if media is not None and media.schema and "json" in media_type:
                assert schemas.is_valid(media.schema, response.json()), (operation.label, response.text)
        deleted = [op for op in api.operations if op.method == "delete" and op.path_names]
        for operation in deleted:
            assert walk.send(operation).status_code == 404, f"{operation.label} twice"


WITH_DELETE = [
    family
    for family in [*FAMILIES.values(), TOY]
    if any(op.method == "delete" and op.path_names for op in load_api(family).operations)
]


@pytest.mark.parametrize("family", WITH_DELETE, ids=lambda family: family.name)
def test_deleted_resources_are_gone_for_every_operation_on_them(family: Family) -> None:
    api = load_api(family)
    store = ResourceStore.from_api(api)
    deletes = [op for op in api.operations if op.method == "delete" and op.path_names]
    app = create_app(family, api=api)
    with serving(app) as url, httpx.Client(base_url=url + api.base_path, timeout=10) as client:
        walk = ExampleWalk(api, client)
        walk.log_in()
        for operation in walk.order():
            if operation.method != "delete":
                walk.send(operation)
        for delete in deletes:
            assert walk.send(delete).is_success
            parameter = delete.path_names[-1]
            for operation in api.operations:
                if parameter in operation.path_names and parameter in store.tracked:
                    assert walk.send(operation).status_code == 404, operation.label
