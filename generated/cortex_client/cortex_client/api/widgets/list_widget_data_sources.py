from typing import Any

import httpx

from ... import _decode, errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.data_source import DataSource
from ...models.error import Error
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    study_id: str,
    widget_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["study_id"] = study_id

    params["widget_type"] = widget_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/widgets/data-sources",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | list[DataSource] | None:
    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = []
        for response_2xx_index, response_2xx_item_data in enumerate(
            _decode.expect(loads(response.content, each=DataSource.from_dict), list)
        ):
            try:
                response_2xx_item = DataSource.from_dict(response_2xx_item_data)

            except _decode.ERRORS as exc:
                raise _decode.located(exc, response_2xx_index)
            response_2xx.append(response_2xx_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> list[DataSource]:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = []
            for response_2xx_index, response_2xx_item_data in enumerate(
                _decode.expect(loads(response.content, each=DataSource.from_dict), list)
            ):
                try:
                    response_2xx_item = DataSource.from_dict(response_2xx_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, response_2xx_index)
                response_2xx.append(response_2xx_item)

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | list[DataSource]]:
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
    *,
    client: AuthenticatedClient | Client,
    study_id: str,
    widget_type: str | Unset = UNSET,
) -> Response[Error | list[DataSource]]:
    """List the data sources a widget can use

    Args:
        study_id: Study whose data sources are listed. At least 1 character.
        widget_type: Only return data sources compatible with this widget type. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | list[DataSource]]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        widget_type=widget_type,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    study_id: str,
    widget_type: str | Unset = UNSET,
) -> list[DataSource]:
    """List the data sources a widget can use

    Args:
        study_id: Study whose data sources are listed. At least 1 character.
        widget_type: Only return data sources compatible with this widget type. At least 1 character.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        list[DataSource]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        widget_type=widget_type,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    study_id: str,
    widget_type: str | Unset = UNSET,
) -> Response[Error | list[DataSource]]:
    """List the data sources a widget can use

    Args:
        study_id: Study whose data sources are listed. At least 1 character.
        widget_type: Only return data sources compatible with this widget type. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | list[DataSource]]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        widget_type=widget_type,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    study_id: str,
    widget_type: str | Unset = UNSET,
) -> list[DataSource]:
    """List the data sources a widget can use

    Args:
        study_id: Study whose data sources are listed. At least 1 character.
        widget_type: Only return data sources compatible with this widget type. At least 1 character.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        list[DataSource]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        widget_type=widget_type,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
