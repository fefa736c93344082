"""The runtime's resource base, model reprs and token reprs, as source."""

from __future__ import annotations

import time
from typing import Any, Self

import attrs

from templates.runtime._auth import Tokens
from templates.runtime._repr import masked, model_repr
from templates.runtime._resource import Resource
from templates.runtime._unset import UNSET, Unset


class FakeClient:
    def __init__(self, **options: Any) -> None:
        self.options = options

    def with_options(self, **options: Any) -> Self:
        return type(self)(**options)


def test_a_call_without_options_uses_the_client_itself() -> None:
    client = FakeClient()
    resource = Resource(client)
    assert resource._view(None, None, None, None) is client
    assert resource._view(None, {}, {}, None) is client
    assert repr(resource).startswith("<Resource of <")


def test_a_call_with_options_uses_a_view_with_them() -> None:
    view = Resource(FakeClient())._view(3.0, {"X-A": "1"}, {"q": 1}, "k-1")
    assert view.options == {"timeout": 3.0, "headers": {"X-A": "1"}, "query": {"q": 1}, "idempotency_key": "k-1"}


@attrs.define
class Login:
    email: str
    password: str = attrs.field(repr=masked)
    nickname: str | Unset = UNSET
    note: str | None = None
    hidden: str = attrs.field(default="h", repr=False)
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)


def test_model_reprs_leave_out_unset_fields_and_mask_secrets() -> None:
    login = Login("ada@example.org", "hunter2")
    assert repr(login) == "Login(email='ada@example.org', password=***, note=None)"
    login.additional_properties["team"] = "core"
    login.nickname = "ada"
    shown = "Login(email='ada@example.org', password=***, nickname='ada', note=None,"
    assert repr(login) == shown + " additional_properties={'team': 'core'})"


def test_tokens_show_the_seconds_left_never_the_tokens_or_a_clock_value() -> None:
    expires_at = time.monotonic() + 120.04
    tokens = Tokens("access-secret", "refresh-secret", expires_at=expires_at, expires_in=300.0)
    shown = repr(tokens)
    assert shown == "Tokens(access_token=***, refresh_token=***, seconds_left=120.0, expires_in=300.0)"
    assert "secret" not in shown and f"{expires_at}" not in shown
    assert repr(Tokens("a")) == "Tokens(access_token=***, refresh_token=None)"
    assert Tokens("a", expires_at=time.monotonic() - 5).seconds_left == 0.0
