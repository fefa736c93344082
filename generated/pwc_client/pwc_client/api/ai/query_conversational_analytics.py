from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.natural_language_query_request import NaturalLanguageQueryRequest
from ...models.natural_language_query_response import NaturalLanguageQueryResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: NaturalLanguageQueryRequest,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-ID"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ai-conversational-analytics/query",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | NaturalLanguageQueryResponse | None:
    if response.status_code == 200:
        response_200 = NaturalLanguageQueryResponse.from_dict(
            loads(response.content, NaturalLanguageQueryResponse._item_decoders)
        )

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> NaturalLanguageQueryResponse:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if response.status_code == 200:
            response_200 = NaturalLanguageQueryResponse.from_dict(
                loads(response.content, NaturalLanguageQueryResponse._item_decoders)
            )

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | NaturalLanguageQueryResponse]:
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
    body: NaturalLanguageQueryRequest,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Error | NaturalLanguageQueryResponse]:
    """Ask a natural-language analytics question

    Interprets a natural-language question about the data and answers it with data rows.

    Args:
        body: A natural-language analytics question.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | NaturalLanguageQueryResponse]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
        x_correlation_id=x_correlation_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NaturalLanguageQueryRequest,
    x_correlation_id: str | Unset = UNSET,
) -> NaturalLanguageQueryResponse:
    """Ask a natural-language analytics question

    Interprets a natural-language question about the data and answers it with data rows.

    Args:
        body: A natural-language analytics question.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.BadRequestError: 400: The request is malformed.
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
        errors.ServerError: 5xx: The server failed; the request may be retried with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        NaturalLanguageQueryResponse
    """

    kwargs = _get_kwargs(
        body=body,
        x_correlation_id=x_correlation_id,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NaturalLanguageQueryRequest,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Error | NaturalLanguageQueryResponse]:
    """Ask a natural-language analytics question

    Interprets a natural-language question about the data and answers it with data rows.

    Args:
        body: A natural-language analytics question.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | NaturalLanguageQueryResponse]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
        x_correlation_id=x_correlation_id,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NaturalLanguageQueryRequest,
    x_correlation_id: str | Unset = UNSET,
) -> NaturalLanguageQueryResponse:
    """Ask a natural-language analytics question

    Interprets a natural-language question about the data and answers it with data rows.

    Args:
        body: A natural-language analytics question.
        x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
            UUID); echoed as `correlation_id` in error bodies. At least 1 character.

    Raises:
        errors.BadRequestError: 400: The request is malformed.
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
        errors.ServerError: 5xx: The server failed; the request may be retried with backoff.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        NaturalLanguageQueryResponse
    """

    kwargs = _get_kwargs(
        body=body,
        x_correlation_id=x_correlation_id,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
