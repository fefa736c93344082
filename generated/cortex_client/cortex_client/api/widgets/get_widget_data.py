from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.widget_data import WidgetData
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    widget_id: str,
    *,
    dashboard_id: str,
    refresh: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dashboard_id"] = dashboard_id

    params["refresh"] = refresh

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/widgets/{widget_id}/data".format(
            widget_id=quote(str(widget_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | WidgetData | None:
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

    if 200 <= response.status_code <= 299:
        response_2xx = WidgetData.from_dict(loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> WidgetData:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = WidgetData.from_dict(loads(response.content))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | WidgetData]:
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
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
    dashboard_id: str,
    refresh: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> Response[Error | WidgetData]:
    """Get a widget's data

    Args:
        widget_id: Identifier of the widget. At least 1 character.
        dashboard_id: Dashboard the widget belongs to. At least 1 character.
        refresh: Bypass the server-side cache and recompute the data. Default: False.
        filters: JSON-encoded object of filters to apply, for example `{"site_id":"site-01"}`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | WidgetData]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        dashboard_id=dashboard_id,
        refresh=refresh,
        filters=filters,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
    dashboard_id: str,
    refresh: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> WidgetData:
    """Get a widget's data

    Args:
        widget_id: Identifier of the widget. At least 1 character.
        dashboard_id: Dashboard the widget belongs to. At least 1 character.
        refresh: Bypass the server-side cache and recompute the data. Default: False.
        filters: JSON-encoded object of filters to apply, for example `{"site_id":"site-01"}`.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.NotFoundError: 404: The resource named in the path does not exist.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        WidgetData
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        dashboard_id=dashboard_id,
        refresh=refresh,
        filters=filters,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
    dashboard_id: str,
    refresh: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> Response[Error | WidgetData]:
    """Get a widget's data

    Args:
        widget_id: Identifier of the widget. At least 1 character.
        dashboard_id: Dashboard the widget belongs to. At least 1 character.
        refresh: Bypass the server-side cache and recompute the data. Default: False.
        filters: JSON-encoded object of filters to apply, for example `{"site_id":"site-01"}`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | WidgetData]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        dashboard_id=dashboard_id,
        refresh=refresh,
        filters=filters,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    widget_id: str,
    *,
    client: AuthenticatedClient | Client,
    dashboard_id: str,
    refresh: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> WidgetData:
    """Get a widget's data

    Args:
        widget_id: Identifier of the widget. At least 1 character.
        dashboard_id: Dashboard the widget belongs to. At least 1 character.
        refresh: Bypass the server-side cache and recompute the data. Default: False.
        filters: JSON-encoded object of filters to apply, for example `{"site_id":"site-01"}`.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.NotFoundError: 404: The resource named in the path does not exist.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        WidgetData
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        dashboard_id=dashboard_id,
        refresh=refresh,
        filters=filters,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
