import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import _decode, errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pipeline_log import PipelineLog
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    execution_id: str,
    *,
    level: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["level"] = level

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipeline-executions/{execution_id}/logs".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | list[PipelineLog] | None:
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
        response_2xx = []
        for response_2xx_index, response_2xx_item_data in enumerate(
            _decode.expect(loads(response.content, each=PipelineLog.from_dict), list)
        ):
            try:
                response_2xx_item = PipelineLog.from_dict(response_2xx_item_data)

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


def _parse_success(*, response: httpx.Response) -> list[PipelineLog]:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = []
            for response_2xx_index, response_2xx_item_data in enumerate(
                _decode.expect(loads(response.content, each=PipelineLog.from_dict), list)
            ):
                try:
                    response_2xx_item = PipelineLog.from_dict(response_2xx_item_data)

                except _decode.ERRORS as exc:
                    raise _decode.located(exc, response_2xx_index)
                response_2xx.append(response_2xx_item)

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | list[PipelineLog]]:
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
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Error | list[PipelineLog]]:
    """List a pipeline execution's log entries

    Args:
        execution_id: Identifier of the pipeline execution. At least 1 character.
        level: Only return entries of this level. At least 1 character.
        start_time: Only return entries logged at or after this instant.
        end_time: Only return entries logged at or before this instant.
        limit: Maximum number of entries to return. At least 1, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | list[PipelineLog]]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        level=level,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
) -> list[PipelineLog]:
    """List a pipeline execution's log entries

    Args:
        execution_id: Identifier of the pipeline execution. At least 1 character.
        level: Only return entries of this level. At least 1 character.
        start_time: Only return entries logged at or after this instant.
        end_time: Only return entries logged at or before this instant.
        limit: Maximum number of entries to return. At least 1, at most 1000. Default: 100.

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
        list[PipelineLog]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        level=level,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Error | list[PipelineLog]]:
    """List a pipeline execution's log entries

    Args:
        execution_id: Identifier of the pipeline execution. At least 1 character.
        level: Only return entries of this level. At least 1 character.
        start_time: Only return entries logged at or after this instant.
        end_time: Only return entries logged at or before this instant.
        limit: Maximum number of entries to return. At least 1, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | list[PipelineLog]]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        level=level,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
) -> list[PipelineLog]:
    """List a pipeline execution's log entries

    Args:
        execution_id: Identifier of the pipeline execution. At least 1 character.
        level: Only return entries of this level. At least 1 character.
        start_time: Only return entries logged at or after this instant.
        end_time: Only return entries logged at or before this instant.
        limit: Maximum number of entries to return. At least 1, at most 1000. Default: 100.

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
        list[PipelineLog]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        level=level,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
