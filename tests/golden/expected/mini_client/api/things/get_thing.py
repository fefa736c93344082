from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.thing import Thing
from ...types import Response, http_status


def _get_kwargs(
    thing_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things/{thing_id}".format(
            thing_id=quote(str(thing_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | Thing | None:
    if response.status_code == 200:
        response_200 = Thing.from_dict(loads(response.content))

        return response_200

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


def _parse_success(*, response: httpx.Response) -> Thing:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if response.status_code == 200:
            response_200 = Thing.from_dict(loads(response.content))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | Thing]:
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
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Thing]:
    """Call get_thing.

    Args:
        thing_id: Not described by the spec.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | Thing]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        thing_id=thing_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Thing:
    """Call get_thing.

    Args:
        thing_id: Not described by the spec.

    Raises:
        errors.BadRequestError: 400: Bad input.
        errors.AuthenticationError: 401: Missing or bad credentials.
        errors.NotFoundError: 404: No such thing.
        errors.RateLimitError: 429: Slow down.
        errors.ServerError: 5xx: The server failed.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        Thing
    """

    kwargs = _get_kwargs(
        thing_id=thing_id,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Thing]:
    """Call get_thing.

    Args:
        thing_id: Not described by the spec.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | Thing]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        thing_id=thing_id,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Thing:
    """Call get_thing.

    Args:
        thing_id: Not described by the spec.

    Raises:
        errors.BadRequestError: 400: Bad input.
        errors.AuthenticationError: 401: Missing or bad credentials.
        errors.NotFoundError: 404: No such thing.
        errors.RateLimitError: 429: Slow down.
        errors.ServerError: 5xx: The server failed.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        Thing
    """

    kwargs = _get_kwargs(
        thing_id=thing_id,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
