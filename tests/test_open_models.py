"""Generated code is liberal in what it accepts and precise in what it sends (issue #8).

A small spec (``tests/specs/valid/tolerant.yaml``) is generated into a temporary package; its models and
endpoints are exercised on every tolerance feature: open enums, unknown ``oneOf`` variants, unknown properties,
nulls for optional fields, errors located by JSON pointer, and inputs given as plain strings, mappings and files.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import build
from generator.families import Family
from tests.conftest import SPECS

TEAM = {"id": "t-1", "status": "active", "members": [{"name": "Ada", "email": "ada@example.com", "role": "owner"}]}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    family = Family(name="tolerant", spec=str(SPECS / "valid" / "tolerant.yaml"), package="tolerant_client", auth=None)
    return build.render(family, tmp_path_factory.mktemp("tolerant") / "tolerant_client")


@pytest.fixture(scope="module")
def package(rendered: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(rendered))
    try:
        yield importlib.import_module("tolerant_client")
    finally:
        sys.path.remove(str(rendered))
        for name in [name for name in sys.modules if name.startswith("tolerant_client")]:
            del sys.modules[name]


def test_the_converters_and_decoders_pass_ruff_and_mypy_strict(rendered: Path, tmp_path: Path) -> None:
    """The spec has every shape of converted field (list and nullable enums, free-form objects, files)."""
    bin_dir = Path(sys.executable).parent
    for command in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "--strict", "--cache-dir", str(tmp_path), "tolerant_client"],
    ):
        result = subprocess.run(
            [str(bin_dir / command[0]), *command[1:]], cwd=rendered, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def models(package: ModuleType) -> Any:
    return importlib.import_module("tolerant_client.models")


def endpoint(package: ModuleType, name: str) -> Any:
    return importlib.import_module(f"tolerant_client.api.teams.{name}")


def answering(package: ModuleType, status: int, body: Any, sent: list[httpx.Request] | None = None) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        (sent if sent is not None else []).append(request)
        return httpx.Response(status, json=body)

    return package.Client("http://api.test", transport=httpx.MockTransport(reply), max_retries=0)


def test_an_unlisted_enum_value_decodes_visibly_and_round_trips(package: ModuleType) -> None:
    team = models(package).Team.from_dict({**TEAM, "status": "frozen", "tags": ["active", "hidden"]})

    assert team.status.is_known is False and team.status.value == "frozen" and team.status == "frozen"
    assert isinstance(team.status, models(package).Status)
    assert [tag.is_known for tag in team.tags] == [True, False]
    assert "not in the spec" in repr(team.status) and str(team.status) == "frozen"
    assert team.to_dict()["status"] == "frozen" and team.to_dict()["tags"] == ["active", "hidden"]


def test_a_listed_enum_value_is_the_member(package: ModuleType) -> None:
    team = models(package).Team.from_dict(TEAM)

    assert team.status is models(package).Status.ACTIVE and team.status.is_known


def test_an_unknown_variant_is_kept_as_it_came(package: ModuleType) -> None:
    types = importlib.import_module("tolerant_client.types")
    body = {"event": {"kind": "renamed", "name": "Ada L."}}

    event = models(package).Event.from_dict(body)

    assert event.event == types.UnknownVariant({"kind": "renamed", "name": "Ada L."})
    assert event.to_dict() == body
    known = models(package).Event.from_dict({"event": {"kind": "left", "name": "Ada"}})
    assert type(known.event).__name__ == "Left"


def test_an_unknown_variant_in_a_body_is_kept_as_it_came(package: ModuleType) -> None:
    types = importlib.import_module("tolerant_client.types")
    body = [{"kind": "left", "name": "Ada"}, {"kind": "renamed", "name": "Ada L."}]

    events = endpoint(package, "list_events").sync(client=answering(package, 200, body))

    assert type(events[0]).__name__ == "Left" and events[1] == types.UnknownVariant(body[1])


def test_unknown_properties_are_kept_at_every_depth(package: ModuleType) -> None:
    body = {**TEAM, "region": "eu", "members": [{**TEAM["members"][0], "pronouns": "she/her"}]}

    team = models(package).Team.from_dict(body)

    assert team["region"] == "eu" and team.members[0]["pronouns"] == "she/her"
    assert team.to_dict() == body


def test_null_for_an_optional_field_counts_as_absent_and_a_nullable_one_stays_null(package: ModuleType) -> None:
    member = models(package).Member.from_dict({"name": "Ada", "email": "a@x", "role": None, "previous_role": None})

    assert repr(member.role) == "UNSET" and member.previous_role is None
    assert member.to_dict() == {"name": "Ada", "email": "a@x", "previous_role": None}


def test_an_integer_written_with_a_fraction_is_an_integer(package: ModuleType) -> None:
    member = models(package).Member.from_dict({"name": "Ada", "email": "a@x", "age": 36.0})

    assert member.age == 36 and isinstance(member.age, int)


@pytest.mark.parametrize(
    ("body", "pointer", "reason"),
    [
        (
            {"id": "t", "status": "active", "members": [{"name": "A", "email": "e"}, {"name": "B"}]},
            "/members/1/email",
            "missing",
        ),
        ({"id": "t", "members": []}, "/status", "missing"),
        ({"id": 7, "status": "active", "members": []}, "/id", "expected a string, got an integer 7"),
        ({"id": "t", "status": 3, "members": []}, "/status", "expected a string, got int 3"),
        ({"id": "t", "status": "active", "members": {"a": 1}}, "/members", "expected an array, got an object"),
        (
            {"id": "t", "status": "active", "members": [{"name": "A", "email": "e", "joined_at": "monday"}]},
            "/members/0/joined_at",
            "expected a date-time, got a string 'monday'",
        ),
        ({"id": "t", "status": "active", "members": [None]}, "/members/0", "expected an object, got null"),
        ("a page", "", "expected an object, got a string 'a page'"),
    ],
)
def test_a_body_that_breaks_the_spec_names_the_value_by_json_pointer(
    package: ModuleType, body: Any, pointer: str, reason: str
) -> None:
    errors = importlib.import_module("tolerant_client.errors")

    with pytest.raises(errors.MalformedResponseError) as raised:
        endpoint(package, "create_team").sync(
            client=answering(package, 201, body), body=models(package).Team.from_dict(TEAM)
        )

    assert (raised.value.pointer, raised.value.reason) == (pointer, reason)
    assert f"{pointer or '(the body)'}: {reason}" in raised.value.message
    assert json.loads(raised.value.raw_body) == body


def test_a_list_answer_locates_the_failing_item(package: ModuleType) -> None:
    errors = importlib.import_module("tolerant_client.errors")

    with pytest.raises(errors.MalformedResponseError) as raised:
        endpoint(package, "list_teams").sync(client=answering(package, 200, [TEAM, {"id": "t-2", "members": []}]))

    assert raised.value.pointer == "/1/status"


def test_any_2xx_is_a_success_where_the_spec_says_2xx(package: ModuleType) -> None:
    for status in (200, 201, 202):
        team = endpoint(package, "create_team").sync(
            client=answering(package, status, TEAM), body=models(package).Team.from_dict(TEAM)
        )
        assert team.id == "t-1"


def test_enum_fields_take_the_plain_string_and_refuse_unlisted_ones(package: ModuleType) -> None:
    member = models(package).Member(name="Ada", email="a@x", role="owner", previous_role=None)
    team = models(package).Team(id="t", status="archived", members=[member], tags=["active"])

    assert team.status is models(package).Status.ARCHIVED and member.role is models(package).Role.OWNER
    assert team.to_dict()["tags"] == ["active"] and member.to_dict()["role"] == "owner"
    with pytest.raises(ValueError, match=r"'deleted' is not a valid Status; expected one of 'active', 'archived'"):
        models(package).Team(id="t", status="deleted", members=[])
    with pytest.raises(ValueError, match="'admin' is not a valid Role"):
        models(package).Member(name="Ada", email="a@x", role="admin")


def test_enum_arguments_take_the_plain_string_and_refuse_unlisted_ones_before_sending(package: ModuleType) -> None:
    sent: list[httpx.Request] = []
    client = answering(package, 200, [], sent)

    endpoint(package, "list_teams").sync(client=client, status="archived")
    with pytest.raises(ValueError, match="expected one of 'active', 'archived'"):
        endpoint(package, "list_teams").sync(client=client, status="gone")

    assert [request.url.params.get("status") for request in sent] == ["archived"]


def test_free_form_object_fields_take_a_plain_mapping(package: ModuleType) -> None:
    team = models(package).Team(id="t", status="active", members=[], settings={"theme": "dark"})

    assert team.settings["theme"] == "dark" and team.to_dict()["settings"] == {"theme": "dark"}


def test_file_fields_take_a_path_bytes_or_a_binary_file(package: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "badge.png"
    path.write_bytes(b"\x89PNG")
    form = models(package).BadgeForm

    from_path = form(badge=path).badge
    from_bytes = form(badge=b"\x89PNG").badge
    with path.open("rb") as opened:
        from_file = form(badge=opened).badge
        assert from_file.payload.read() == b"\x89PNG"

    assert (from_path.file_name, from_path.mime_type, from_path.payload) == ("badge.png", "image/png", path)  # streamed
    assert from_bytes.to_tuple()[0] == "upload" and from_bytes.payload.read() == b"\x89PNG"
    assert (from_file.file_name, from_file.mime_type) == ("badge.png", "image/png")
    with path.open() as text, pytest.raises(TypeError, match="binary mode"):
        form(badge=text)
    with pytest.raises(TypeError, match="a File, a path, bytes or a binary file object, not int"):
        form(badge=3)


def test_a_file_given_as_a_path_is_uploaded_with_its_name(package: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "badge.png"
    path.write_bytes(b"\x89PNG")
    sent: list[httpx.Request] = []
    client = answering(package, 200, {"event": {"kind": "left", "name": "Ada"}}, sent)

    endpoint(package, "upload_badge").sync(client=client, body=models(package).BadgeForm(badge=path, caption="Ada"))

    body = sent[0].read()
    assert b'filename="badge.png"' in body and b"Content-Type: image/png" in body and b"\x89PNG" in body


def test_open_enum_members_behave_like_strings(package: ModuleType) -> None:
    status = models(package).Status
    unknown = status.decode("frozen")

    assert unknown == "frozen" and hash(unknown) == hash("frozen") and {unknown: 1}["frozen"] == 1
    assert json.dumps({"s": unknown}) == '{"s": "frozen"}' and f"{unknown}" == "frozen"
    assert list(status) == [status.ACTIVE, status.ARCHIVED]  # unknown members never join the listed ones
    assert status(unknown) is unknown  # an unknown member received can be sent back
    with pytest.raises(TypeError, match="expected a string, got int 3"):
        status.decode(3)
