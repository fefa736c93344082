"""The auth flow as source, stepped by hand (``next(flow)``, ``flow.send(response)``) on an injected clock."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, Generator

import httpx
import pytest

from templates.runtime._auth import AuthScheme, ClientAuth, Tokens
from templates.runtime._errors import ANONYMOUS_EXTENSION, AuthenticationError, MalformedResponseError, ServerError
from templates.runtime._logging import redact_url
from templates.runtime._retry import REPLAYABLE_EXTENSION

BASE = "https://api.example.org/v1"
BODY_REFRESH = AuthScheme(
    api_key_header="X-API-Key", login_path="/auth/login", refresh_path="/auth/refresh", refresh_style="body"
)
BEARER_REFRESH = AuthScheme(
    api_key_header="Authorization",
    api_key_prefix="Bearer ",
    login_path="/auth/login",
    refresh_path="/auth/refresh",
    refresh_style="bearer",
)

Flow = Generator[httpx.Request, httpx.Response, None]


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def token_response(
    request: httpx.Request, access: str, *, refresh: str | None = None, expires_in: int = 60
) -> httpx.Response:
    body: dict[str, object] = {"access_token": access, "expires_in": expires_in}
    if refresh is not None:
        body["refresh_token"] = refresh
    return httpx.Response(200, json=body, request=request)


def get(url: str = "/things") -> httpx.Request:
    return httpx.Request("GET", BASE + url, headers={"User-Agent": "test/1"}, extensions={"timeout": {"read": 3.0}})


def start(auth: ClientAuth, request: httpx.Request) -> tuple[Flow, httpx.Request]:
    flow = auth.sync_auth_flow(request)
    return flow, next(flow)


def finish(flow: Flow, response: httpx.Response) -> None:
    with pytest.raises(StopIteration):
        flow.send(response)


def test_api_key_in_its_own_header_stays_next_to_the_bearer_token() -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, api_key="key-1", tokens=Tokens("access-1"))
    flow, sent = start(auth, get())

    assert sent.headers["X-API-Key"] == "key-1"
    assert sent.headers["Authorization"] == "Bearer access-1"
    finish(flow, httpx.Response(200, request=sent))


def test_api_key_as_bearer_is_replaced_by_a_session_token() -> None:
    auth = ClientAuth(BASE, BEARER_REFRESH, api_key="pwc_key")
    _, sent = start(auth, get())
    assert sent.headers["Authorization"] == "Bearer pwc_key"

    auth.set_tokens(Tokens("access-1"))
    _, sent = start(auth, get())
    assert sent.headers["Authorization"] == "Bearer access-1"


def test_api_key_in_a_query_parameter_is_sent_there_and_redacted_in_logs() -> None:
    auth = ClientAuth(BASE, AuthScheme(api_key_query="X-Notes-Key"), api_key="secret-key")
    flow, sent = start(auth, get("/things?page=2"))

    assert sent.url.params["X-Notes-Key"] == "secret-key" and sent.url.params["page"] == "2"
    assert "Authorization" not in sent.headers
    assert "secret-key" not in redact_url(sent.url) and "page=2" in redact_url(sent.url)
    finish(flow, httpx.Response(200, request=sent))


def test_an_api_without_login_or_refresh_sends_no_credentials_and_never_renews() -> None:
    auth = ClientAuth(BASE, AuthScheme(), tokens=Tokens("access-1", "refresh-1", expires_at=0.0), clock=Clock())
    flow, sent = start(auth, get())
    assert sent.headers["Authorization"] == "Bearer access-1"
    finish(flow, httpx.Response(401, request=sent))  # no refresh path: the 401 is the caller's


def test_a_token_is_renewed_before_it_expires_in_the_body_style() -> None:
    clock = Clock()
    auth = ClientAuth(
        BASE, BODY_REFRESH, tokens=Tokens("old", "refresh-1", expires_at=1100.0), max_margin=30.0, clock=clock
    )

    clock.now = 1069.0  # 31 s left: used as it is
    flow, sent = start(auth, get())
    assert sent.headers["Authorization"] == "Bearer old"
    finish(flow, httpx.Response(200, request=sent))

    clock.now = 1071.0  # 29 s left: renewed first
    flow, refresh = start(auth, get())
    assert (refresh.method, str(refresh.url)) == ("POST", BASE + "/auth/refresh")
    assert json.loads(refresh.content) == {"refresh_token": "refresh-1"}
    assert refresh.headers["User-Agent"] == "test/1" and refresh.extensions["timeout"] == {"read": 3.0}
    sent = flow.send(token_response(refresh, "new", expires_in=60))
    assert sent.headers["Authorization"] == "Bearer new"
    finish(flow, httpx.Response(200, request=sent))
    assert auth.tokens is not None and auth.tokens.refresh_token == "refresh-1"  # kept when not rotated
    assert auth.tokens.expires_at == pytest.approx(1071.0 + 60)


def test_the_bearer_style_sends_the_refresh_token_as_the_bearer() -> None:
    clock = Clock(2000.0)
    auth = ClientAuth(BASE, BEARER_REFRESH, tokens=Tokens("old", "refresh-1", expires_at=1990.0), clock=clock)

    flow, refresh = start(auth, get())

    assert refresh.headers["Authorization"] == "Bearer refresh-1" and refresh.content == b""
    sent = flow.send(token_response(refresh, "new", refresh="refresh-2"))
    assert sent.headers["Authorization"] == "Bearer new"
    assert auth.tokens is not None and auth.tokens.refresh_token == "refresh-2"


def test_a_401_renews_once_and_replays_once() -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("revoked", "refresh-1"))
    flow, sent = start(auth, get())

    refresh = flow.send(httpx.Response(401, request=sent))
    assert str(refresh.url).endswith("/auth/refresh")
    replay = flow.send(token_response(refresh, "fresh"))
    assert replay.headers["Authorization"] == "Bearer fresh"
    finish(flow, httpx.Response(401, request=replay))  # a second 401 is the caller's answer


def test_a_refused_refresh_forgets_the_session() -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("revoked", "refresh-1"))
    flow, sent = start(auth, get())
    refresh = flow.send(httpx.Response(401, request=sent))

    with pytest.raises(AuthenticationError, match="token refresh failed with status 401"):
        flow.send(httpx.Response(401, json={"message": "expired"}, request=refresh))
    assert auth.tokens is None


def test_a_failing_refresh_endpoint_keeps_the_session_and_uses_the_error_factory() -> None:
    built: list[int] = []

    def error_from_response(response: httpx.Response) -> ServerError:
        built.append(response.status_code)
        return ServerError("family error", request=response.request, response=response)

    auth = ClientAuth(
        BASE, BODY_REFRESH, tokens=Tokens("revoked", "refresh-1"), error_from_response=error_from_response
    )
    flow, sent = start(auth, get())
    refresh = flow.send(httpx.Response(401, request=sent))

    with pytest.raises(ServerError, match="family error"):
        flow.send(httpx.Response(503, request=refresh))
    assert built == [503] and auth.tokens is not None and auth.tokens.access_token == "revoked"


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b'{"token": "x"}', b'{"access_token": 5}', b'{"access_token": "a", "expires_in": "soon"}'],
)
def test_a_token_response_that_is_not_the_documented_shape_is_malformed(body: bytes) -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("revoked", "refresh-1"))
    flow, sent = start(auth, get())
    refresh = flow.send(httpx.Response(401, request=sent))

    with pytest.raises(MalformedResponseError) as raised:
        flow.send(httpx.Response(200, content=body, request=refresh))
    assert "refresh-1" not in str(raised.value)


def test_without_a_refresh_endpoint_tokens_are_never_renewed() -> None:
    scheme = AuthScheme(api_key_header="X-API-Key", login_path="/login")
    clock = Clock(5000.0)
    auth = ClientAuth(BASE, scheme, tokens=Tokens("old", "refresh-1", expires_at=1.0), clock=clock)

    flow, sent = start(auth, get())

    assert sent.headers["Authorization"] == "Bearer old"
    finish(flow, httpx.Response(401, request=sent))


def test_secrets_stay_out_of_the_repr() -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, api_key="key-secret", tokens=Tokens("access-secret", "refresh-secret"))

    assert "secret" not in repr(auth)


def renewal_due(auth: ClientAuth, clock: Clock, at: float) -> bool:
    """Whether a request sent at ``at`` starts with a renewal."""
    clock.now = at
    flow, first = start(auth, get())
    flow.close()
    return str(first.url).endswith("/auth/refresh")


@pytest.mark.parametrize(
    ("expires_in", "margin"), [(5, 0.5), (30, 3.0), (120, 12.0), (300, 30.0), (3600, 30.0)], ids=str
)
def test_the_renewal_margin_is_a_tenth_of_the_lifetime_up_to_30_s(expires_in: int, margin: float) -> None:
    clock = Clock(1000.0)
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("old", "refresh-1"), clock=clock)
    flow, sent = start(auth, get())
    refresh = flow.send(httpx.Response(401, request=sent))
    flow.send(token_response(refresh, "fresh", expires_in=expires_in))
    assert auth.tokens is not None and auth.tokens.expires_in == expires_in

    expires_at = 1000.0 + expires_in
    assert not renewal_due(auth, clock, expires_at - margin - 0.01)
    assert renewal_due(auth, clock, expires_at - margin + 0.01)


def test_tokens_without_a_known_lifetime_are_renewed_30_s_ahead() -> None:
    clock = Clock()
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("old", "refresh-1", expires_at=1100.0), clock=clock)

    assert not renewal_due(auth, clock, 1069.9)
    assert renewal_due(auth, clock, 1070.1)


def test_a_task_that_waited_for_a_renewal_uses_its_token_even_if_already_due() -> None:
    """Two tasks find the token due; the second waits for the first's renewal and must not renew again, even when
    the server hands out a token that is itself due at once (``expires_in`` 0)."""
    clock = Clock(2000.0)
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("old", "refresh-1", expires_at=1990.0), clock=clock)

    async def scenario() -> tuple[httpx.Request, httpx.Request]:
        first: AsyncGenerator[httpx.Request, httpx.Response] = auth.async_auth_flow(get())
        second: AsyncGenerator[httpx.Request, httpx.Response] = auth.async_auth_flow(get())
        refresh = await first.__anext__()  # holds the renewal lock
        waiting = asyncio.ensure_future(second.__anext__())
        await asyncio.sleep(0)  # the second task found the token due and now waits for the lock
        assert not waiting.done()
        sent_first = await first.asend(token_response(refresh, "fresh", expires_in=0))
        sent_second = await waiting
        return sent_first, sent_second

    sent_first, sent_second = asyncio.run(scenario())

    assert sent_first.headers["Authorization"] == sent_second.headers["Authorization"] == "Bearer fresh"


def test_the_refresh_request_carries_an_api_key_that_has_its_own_header() -> None:
    for scheme in (BODY_REFRESH, replace_scheme(BEARER_REFRESH, api_key_header="X-API-Key", api_key_prefix="")):
        auth = ClientAuth(BASE, scheme, api_key="key-1", tokens=Tokens("revoked", "refresh-1"))
        flow, sent = start(auth, get())
        refresh = flow.send(httpx.Response(401, request=sent))
        assert refresh.headers["X-API-Key"] == "key-1"


def test_an_api_key_sent_as_bearer_stays_off_token_requests() -> None:
    auth = ClientAuth(BASE, BEARER_REFRESH, api_key="pwc_key", tokens=Tokens("revoked", "refresh-1"))
    flow, sent = start(auth, get())
    refresh = flow.send(httpx.Response(401, request=sent))
    assert refresh.headers["Authorization"] == "Bearer refresh-1"

    login = httpx.Request("POST", BASE + "/auth/login")
    assert next(auth.token_request_auth().auth_flow(login)).headers.get("Authorization") is None


def test_login_requests_carry_the_api_key_and_no_session_token() -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, api_key="key-1", tokens=Tokens("access-1"))
    login = next(auth.token_request_auth().auth_flow(httpx.Request("POST", BASE + "/auth/login")))

    assert login.headers["X-API-Key"] == "key-1"
    assert "Authorization" not in login.headers


def test_a_request_whose_body_cannot_be_replayed_is_not_renewed_on_401() -> None:
    auth = ClientAuth(BASE, BODY_REFRESH, tokens=Tokens("revoked", "refresh-1"))
    upload = httpx.Request("POST", BASE + "/uploads", extensions={REPLAYABLE_EXTENSION: False})
    flow, sent = start(auth, upload)

    finish(flow, httpx.Response(401, request=sent))


def test_a_request_sent_without_any_credentials_is_marked_anonymous() -> None:
    _, anonymous = start(ClientAuth(BASE, BODY_REFRESH), get())
    _, keyed = start(ClientAuth(BASE, BODY_REFRESH, api_key="key-1"), get())

    assert anonymous.extensions.get(ANONYMOUS_EXTENSION) is True
    assert ANONYMOUS_EXTENSION not in keyed.extensions


def replace_scheme(scheme: AuthScheme, **changes: object) -> AuthScheme:
    from dataclasses import replace

    return replace(scheme, **changes)  # type: ignore[arg-type]
