"""The mock server on the toy spec: routing, security, validation, state along links, synthesis."""

from __future__ import annotations

import base64
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from generator.contract._model import Api
from generator.contract._schemas import Schemas
from tests.contract.toy import TOY_KEY, login

KEY = {"X-API-Key": TOY_KEY}


def assert_error(api: Api, response: object, status: int) -> dict[str, object]:
    """The response has the status and a body valid against the error schema the spec documents for it."""
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    schema = "/components/schemas/Invalid" if "detail" in body else "/components/schemas/Error"
    assert Schemas(api.document).is_valid(schema, body), body
    return dict(body)


def test_unknown_path_is_404_and_unknown_method_405(toy_client: TestClient, toy_api: Api) -> None:
    assert_error(toy_api, toy_client.get("/api/nowhere"), 404)
    response = toy_client.put("/api/items", headers=KEY)
    assert_error(toy_api, response, 405)
    assert response.headers["allow"] == "GET, POST"


def test_secured_operations_need_an_issued_token_or_a_configured_key(toy_client: TestClient, toy_api: Api) -> None:
    assert_error(toy_api, toy_client.get("/api/items"), 401)
    assert_error(toy_api, toy_client.get("/api/items", headers={"X-API-Key": "wrong"}), 401)
    assert_error(toy_api, toy_client.get("/api/items", headers={"Authorization": "Bearer made-up"}), 401)
    tokens = login(toy_client)
    assert toy_client.get("/api/items", headers={"Authorization": f"Bearer {tokens['access_token']}"}).is_success
    assert toy_client.get("/api/items", headers=KEY).is_success
    refresh_as_bearer = {"Authorization": f"Bearer {tokens['refresh_token']}"}
    assert_error(toy_api, toy_client.get("/api/items", headers=refresh_as_bearer), 401)


def test_basic_auth_checks_configured_users(toy_client: TestClient, toy_api: Api) -> None:
    good = base64.b64encode(b"admin:pw").decode()
    bad = base64.b64encode(b"admin:nope").decode()
    assert toy_client.get("/api/admin", headers={"Authorization": f"Basic {good}"}).status_code == 204
    assert_error(toy_api, toy_client.get("/api/admin", headers={"Authorization": f"Basic {bad}"}), 401)
    assert_error(toy_api, toy_client.get("/api/admin", headers={"Authorization": "Basic !!"}), 401)


def test_refresh_accepts_only_refresh_tokens_it_issued(toy_client: TestClient, toy_api: Api) -> None:
    tokens = login(toy_client)
    refreshed = toy_client.post("/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 200
    new_token = refreshed.json()["access_token"]
    assert new_token != tokens["access_token"]
    assert toy_client.get("/api/items", headers={"Authorization": f"Bearer {new_token}"}).is_success
    for wrong in ("never-issued", tokens["access_token"]):
        assert_error(toy_api, toy_client.post("/api/auth/refresh", json={"refresh_token": wrong}), 401)
    form = {"grant_type": "refresh_token", "refresh_token": "never-issued"}
    assert_error(toy_api, toy_client.post("/api/oauth/token", data=form), 401)


def test_invalid_parameters_get_a_documented_4xx_with_their_location(toy_client: TestClient, toy_api: Api) -> None:
    body = assert_error(toy_api, toy_client.get("/api/items?page=0&tags=z&flag=yes", headers=KEY), 400)
    details = body["error"]["details"]  # type: ignore[index]
    assert {"query.page", "query.tags.0", "query.flag"} <= set(details)  # type: ignore[arg-type]
    assert_error(toy_api, toy_client.get("/api/items?page=1&page=2", headers=KEY), 400)
    assert_error(toy_api, toy_client.get("/api/items", headers=KEY | {"X-Request-ID": ""}), 400)
    invalid = assert_error(toy_api, toy_client.get("/api/models/abc", headers=KEY), 422)
    assert invalid["detail"][0]["loc"] == ["path", "model_id"]  # type: ignore[index]


def test_valid_parameters_are_decoded_and_echoed(toy_client: TestClient) -> None:
    response = toy_client.get("/api/items?page=3&tags=a&tags=b&flag=false", headers=KEY | {"X-Request-ID": "r1"})
    assert response.status_code == 200 and response.json()["page"] == 3
    model = toy_client.get("/api/models/12", headers=KEY)
    assert model.status_code == 200 and model.json()["model_id"] == 12  # untracked ids always exist


def test_bodies_are_validated_by_media_type(toy_client: TestClient, toy_api: Api) -> None:
    assert_error(toy_api, toy_client.post("/api/items", json={"name": ""}, headers=KEY), 422)
    assert_error(toy_api, toy_client.post("/api/items", json={"name": "a", "extra": 1}, headers=KEY), 422)
    assert_error(toy_api, toy_client.post("/api/items", headers=KEY), 422)
    malformed = KEY | {"Content-Type": "application/json"}
    assert_error(toy_api, toy_client.post("/api/items", content=b"{nope", headers=malformed), 422)
    assert_error(toy_api, toy_client.post("/api/items", content=b"NaN", headers=malformed), 422)
    assert_error(toy_api, toy_client.post("/api/files", data={"note": "hello"}, headers=KEY), 415)
    assert_error(toy_api, toy_client.post("/api/oauth/token", data={"grant_type": "password"}), 400)
    assert toy_client.post(
        "/api/oauth/token", data={"grant_type": "client_credentials", "scope": ["a", "b"]}
    ).is_success


def test_multipart_upload_echoes_the_file(toy_client: TestClient, toy_api: Api) -> None:
    files = {"file": ("notes.txt", b"hello", "text/plain")}
    response = toy_client.post("/api/files", files=files, data={"note": "hi"}, headers=KEY)
    assert response.status_code == 201
    assert response.json() == {"filename": "notes.txt", "size": 5}
    assert_error(toy_api, toy_client.post("/api/files", files=files, data={"note": "x"}, headers=KEY), 422)
    assert_error(toy_api, toy_client.post("/api/files", data={"note": "hi"}, files={"other": b"x"}, headers=KEY), 422)


def test_resources_follow_the_links_create_get_update_delete(toy_client: TestClient, toy_api: Api) -> None:
    created = toy_client.post("/api/items", json={"name": "Lamp", "count": 2}, headers=KEY)
    assert created.status_code == 201
    item = created.json()
    assert item["name"] == "Lamp" and item["count"] == 2
    other = toy_client.post("/api/items", json={"name": "Desk"}, headers=KEY).json()
    assert other["id"] != item["id"]
    url = f"/api/items/{item['id']}"
    assert toy_client.get(url, headers=KEY).json() == item
    assert toy_client.patch(url, json={"count": 7}, headers=KEY).json() == item | {"count": 7}
    assert toy_client.get(url, headers=KEY).json()["count"] == 7
    assert toy_client.delete(url, headers=KEY).status_code == 204
    assert_error(toy_api, toy_client.get(url, headers=KEY), 404)
    assert_error(toy_api, toy_client.delete(url, headers=KEY), 404)
    assert_error(toy_api, toy_client.get("/api/items/never-created", headers=KEY), 404)
    assert toy_client.get(f"/api/items/{other['id']}", headers=KEY).json()["name"] == "Desk"


def test_event_streams_are_finished_streams_of_valid_events(toy_client: TestClient, toy_api: Api) -> None:
    item = toy_client.post("/api/items", json={"name": "Lamp"}, headers=KEY).json()
    response = toy_client.get(f"/api/items/{item['id']}/events", headers=KEY)
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [dict(line.split(": ", 1) for line in block.splitlines()) for block in response.text.strip().split("\n\n")]
    assert {event["event"] for event in events} == {"change", "removed"}
    schemas = Schemas(toy_api.document)
    for event in events:
        assert schemas.is_valid("/components/schemas/ItemEvent", event), event
        if event["event"] == "change":
            assert isinstance(json.loads(event["data"])["count"], int)


def test_binary_download_with_documented_headers(toy_client: TestClient) -> None:
    response = toy_client.get("/api/files/f1/download")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"] == 'attachment; filename="a.txt"'
    assert response.content


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["GET", "POST", "PATCH", "DELETE", "PUT"]),
    path=st.sampled_from(["/api/items", "/api/items/x", "/api/files", "/api/oauth/token", "/api/models/1", "/api/x"]),
    content_type=st.sampled_from(["application/json", "multipart/form-data", "multipart/form-data; boundary=b", "x/y"]),
    body=st.binary(max_size=64),
    query=st.text(max_size=20),
)
def test_garbage_never_gets_a_server_error(
    toy_client: TestClient, toy_api: Api, method: str, path: str, content_type: str, body: bytes, query: str
) -> None:
    headers = KEY | {"Content-Type": content_type}
    response = toy_client.request(method, path, params={"page": query, "tags": query}, content=body, headers=headers)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert_error(toy_api, response, response.status_code)
