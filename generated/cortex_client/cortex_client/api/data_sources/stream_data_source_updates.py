from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ..._sse import DEFAULT_MAX_RECONNECTS, AsyncEventStream, EventStream, OpeningEventStream, StreamOptions
from ...client import AuthenticatedClient, Client
from ...models.data_update import DataUpdate
from ...models.data_update_event import DataUpdateEvent
from ...models.error import Error
from ...types import Response, http_status

EVENT_DECODERS: dict[str, Callable[[Mapping[str, Any]], DataUpdate]] = {
    "message": DataUpdate.from_dict,
}


def _get_kwargs(
    source_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-sources/{source_id}/stream".format(
            source_id=quote(str(source_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> DataUpdateEvent | Error | None:
    if response.status_code == 200:
        return None  # an event stream: iterate it with sync() or asyncio()
    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[DataUpdateEvent | Error]:
    parse_error: errors.MalformedResponseError | None = None
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        parsed, parse_error = None, errors.malformed(response, exc)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataUpdateEvent | Error]:
    """Stream a data source's updates (server-sent events)

    Server-sent event stream. Every event uses the default event name `message` and carries a
    JSON-encoded `DataUpdate`.

    Args:
        source_id: Identifier of the data source. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[DataUpdateEvent | Error]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    source_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    raise_on_malformed: bool = False,
) -> EventStream[DataUpdate]:
    """Stream a data source's updates (server-sent events)

    Send the request now and return the open stream of events as they arrive,
    their data decoded into the documented models (message). An event whose
    data does not decode comes as a ``MalformedEvent`` (or raises, with ``raise_on_malformed``). A dropped connection
    is resumed with ``Last-Event-ID``, at most ``max_reconnects`` times in a row. Use the stream with
    ``with`` (or close it); it ends when the server ends it.

    Raises:
        errors.ApiStatusError: The server answered with an error status.
        errors.ApiConnectionError: No response arrived.
        errors.MalformedResponseError: The response is not an event stream.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )
    options = StreamOptions(max_reconnects=max_reconnects, raise_on_malformed=raise_on_malformed)
    return EventStream(client, kwargs, EVENT_DECODERS, errors.error_from_response, options)


async def asyncio_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataUpdateEvent | Error]:
    """Stream a data source's updates (server-sent events)

    Server-sent event stream. Every event uses the default event name `message` and carries a
    JSON-encoded `DataUpdate`.

    Args:
        source_id: Identifier of the data source. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[DataUpdateEvent | Error]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


def asyncio(
    source_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    raise_on_malformed: bool = False,
) -> OpeningEventStream[DataUpdate]:
    """Stream a data source's updates (server-sent events)

    Send the request when awaited or entered with ``async with``; return the open stream of events as they arrive,
    their data decoded into the documented models (message). An event whose
    data does not decode comes as a ``MalformedEvent`` (or raises, with ``raise_on_malformed``). A dropped connection
    is resumed with ``Last-Event-ID``, at most ``max_reconnects`` times in a row. Use the stream with
    ``async with`` (or close it); it ends when the server ends it.

    Raises:
        errors.ApiStatusError: The server answered with an error status.
        errors.ApiConnectionError: No response arrived.
        errors.MalformedResponseError: The response is not an event stream.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )
    options = StreamOptions(max_reconnects=max_reconnects, raise_on_malformed=raise_on_malformed)
    return OpeningEventStream(
        lambda: AsyncEventStream.open(client, kwargs, EVENT_DECODERS, errors.error_from_response, options)
    )
