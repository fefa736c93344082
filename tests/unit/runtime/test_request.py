"""The request builder as source: the request it builds is the request httpx's own ``build_request`` builds."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from templates.runtime._request import RequestBuilder, RequestOptions
from templates.runtime._retry import MAX_RETRIES_EXTENSION

OPTIONS = RequestOptions(httpx.Timeout(30.0, connect=5.0), 2, {})
BASES = (
    "https://api.example.org",
    "https://api.example.org/",
    "https://api.example.org/v1",
    "http://127.0.0.1:8000/api/base/",
    "http://[::1]:8080/v1",
    "https://bücher.example/v1",
    "https://api.example.org/with%20space/",
)


def expected(client: httpx.Client, options: RequestOptions, **kwargs: Any) -> httpx.Request:
    """What the client sent before the builder: httpx's build_request with the options merged in."""
    headers = {**options.headers, **kwargs.pop("headers", {})}
    extensions = {MAX_RETRIES_EXTENSION: options.max_retries, **kwargs.pop("extensions", {})}
    timeout = kwargs.pop("timeout", options.timeout)
    return client.build_request(headers=headers, extensions=extensions, timeout=timeout, **kwargs)


def same(built: httpx.Request, reference: httpx.Request) -> None:
    assert built.method == reference.method
    assert str(built.url) == str(reference.url) and built.url.raw_path == reference.url.raw_path
    assert built.headers.multi_items() == reference.headers.multi_items()
    assert built.extensions == reference.extensions
    assert built.read() == reference.read()


segments = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
values = st.one_of(
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.text(max_size=12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(0, 99) | st.text(max_size=6), max_size=3),
)
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)


@given(
    base=st.sampled_from(BASES),
    path=st.lists(segments, max_size=3),
    params=st.dictionaries(names, values, max_size=4),
    headers=st.dictionaries(st.sampled_from(["X-Correlation-ID", "Accept", "X-Extra"]), st.text("abc-1", max_size=8)),
)
def test_a_request_is_the_one_httpx_builds(
    base: str, path: list[str], params: dict[str, Any], headers: dict[str, str]
) -> None:
    client = httpx.Client(base_url=base, headers={"User-Agent": "bench/1"})
    url = "/things/" + "/".join(quote(segment, safe="") for segment in path)
    kwargs = {"method": "GET", "url": url, "params": params, "headers": headers}

    built = RequestBuilder().build(client, OPTIONS, **kwargs)

    same(built, expected(client, OPTIONS, **kwargs))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "POST", "url": "/things", "json": {"name": "Ada", "tags": ["x"]}},
        {"method": "POST", "url": "/form", "data": {"a": "1"}},
        {"method": "PUT", "url": "/raw", "content": b"bytes", "headers": {"Content-Type": "text/plain"}},
        {"method": "GET", "url": "/things", "timeout": 3.0},
        {"method": "GET", "url": "/things", "extensions": {"stream_response": True, MAX_RETRIES_EXTENSION: 0}},
        {"method": "GET", "url": "/things?already=1", "params": {"page": 2}},
        {"method": "GET", "url": "https://elsewhere.example/file", "params": {"x": "y"}},
        {"method": "GET", "url": "relative/path"},
        {"method": "GET", "url": "/things", "cookies": {"session": "abc"}},
        {"method": "GET", "url": "/things", "params": {}},
    ],
    ids=["json", "form", "content", "timeout", "extensions", "own-query", "absolute", "no-slash", "cookies", "empty"],
)
def test_bodies_timeouts_and_the_cases_httpx_builds_itself(kwargs: dict[str, Any]) -> None:
    options = RequestOptions(httpx.Timeout(10.0), 1, {"X-View": "on", "Accept": "application/json"})
    client = httpx.Client(base_url="https://api.example.org/v1", headers={"User-Agent": "bench/1"})

    same(RequestBuilder().build(client, options, **dict(kwargs)), expected(client, options, **dict(kwargs)))


@pytest.mark.parametrize(
    "client",
    [
        httpx.Client(base_url="https://user:secret@api.example.org/v1"),
        httpx.Client(base_url="https://api.example.org/v1", params={"api_key": "k"}),
        httpx.Client(base_url="https://api.example.org/v1", cookies={"session": "abc"}),
    ],
    ids=["user-info", "client-params", "client-cookies"],
)
def test_what_the_client_itself_adds_is_kept(client: httpx.Client) -> None:
    kwargs = {"method": "GET", "url": "/things", "params": {"page": 1}}

    same(RequestBuilder().build(client, OPTIONS, **dict(kwargs)), expected(client, OPTIONS, **dict(kwargs)))


def test_headers_given_win_over_the_options_which_win_over_the_client() -> None:
    client = httpx.Client(base_url="https://api.example.org", headers={"X-A": "client", "X-B": "client"})
    options = RequestOptions(httpx.Timeout(5.0), 0, {"X-B": "options", "X-C": "options"})

    request = RequestBuilder().build(client, options, method="GET", url="/x", headers={"X-C": "call"})

    assert (request.headers["X-A"], request.headers["X-B"], request.headers["X-C"]) == ("client", "options", "call")


def test_a_new_base_url_is_noticed() -> None:
    client = httpx.Client(base_url="https://one.example/v1")
    builder = RequestBuilder()
    assert str(builder.build(client, OPTIONS, method="GET", url="/x").url) == "https://one.example/v1/x"

    client.base_url = httpx.URL("https://two.example/v2")

    assert str(builder.build(client, OPTIONS, method="GET", url="/x").url) == "https://two.example/v2/x"


def test_the_options_extensions_are_computed_once_and_not_shared_per_request() -> None:
    client = httpx.Client(base_url="https://api.example.org")
    builder = RequestBuilder()
    first = builder.build(client, OPTIONS, method="GET", url="/x")
    first.extensions["anonymous"] = True

    second = builder.build(client, OPTIONS, method="GET", url="/x")

    assert "anonymous" not in second.extensions and OPTIONS.extensions is OPTIONS.extensions


@pytest.mark.parametrize("params", [{"a": []}, {"": ""}, {"a": None}, {"a": [], "b": "1"}, {"a": [None, ""]}])
def test_odd_query_parameters_come_out_as_httpx_writes_them(params: dict[str, Any]) -> None:
    client = httpx.Client(base_url="https://api.example.org")
    kwargs = {"method": "GET", "url": "/things", "params": params}

    same(RequestBuilder().build(client, OPTIONS, **dict(kwargs)), expected(client, OPTIONS, **dict(kwargs)))
