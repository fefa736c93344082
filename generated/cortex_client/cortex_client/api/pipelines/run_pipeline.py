from collections.abc import Callable as _Callable
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._jobs import DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL, DEFAULT_TIMEOUT, job_id_of
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...jobs import async_wait_for_pipeline_execution, wait_for_pipeline_execution
from ...models.error import Error
from ...models.pipeline_execution import PipelineExecution
from ...models.pipeline_status import PipelineStatus
from ...models.run_options import RunOptions
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    pipeline_id: str,
    *,
    body: RunOptions | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipelines/{pipeline_id}/run".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | PipelineExecution | None:
    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = PipelineExecution.from_dict(loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> PipelineExecution:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = PipelineExecution.from_dict(loads(response.content))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | PipelineExecution]:
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
    pipeline_id: str,
    *,
    client: AuthenticatedClient,
    body: RunOptions | Unset = UNSET,
) -> Response[Error | PipelineExecution]:
    """Run a pipeline

    Starts an execution of the pipeline; the body is optional.

    Args:
        pipeline_id: Identifier of the pipeline. At least 1 character.
        body: How to run a pipeline (the seed names `RunOptions` without defining it).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | PipelineExecution]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    pipeline_id: str,
    *,
    client: AuthenticatedClient,
    body: RunOptions | Unset = UNSET,
) -> PipelineExecution:
    """Run a pipeline

    Starts an execution of the pipeline; the body is optional.

    Args:
        pipeline_id: Identifier of the pipeline. At least 1 character.
        body: How to run a pipeline (the seed names `RunOptions` without defining it).

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.NotFoundError: 404: The resource named in the path does not exist.
        errors.UnprocessableEntityError: 422: The body is well-formed but fails validation.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        PipelineExecution
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    pipeline_id: str,
    *,
    client: AuthenticatedClient,
    body: RunOptions | Unset = UNSET,
) -> Response[Error | PipelineExecution]:
    """Run a pipeline

    Starts an execution of the pipeline; the body is optional.

    Args:
        pipeline_id: Identifier of the pipeline. At least 1 character.
        body: How to run a pipeline (the seed names `RunOptions` without defining it).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | PipelineExecution]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: str,
    *,
    client: AuthenticatedClient,
    body: RunOptions | Unset = UNSET,
) -> PipelineExecution:
    """Run a pipeline

    Starts an execution of the pipeline; the body is optional.

    Args:
        pipeline_id: Identifier of the pipeline. At least 1 character.
        body: How to run a pipeline (the seed names `RunOptions` without defining it).

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.AuthenticationError: 401: Missing, invalid or expired credentials.
        errors.NotFoundError: 404: The resource named in the path does not exist.
        errors.UnprocessableEntityError: 422: The body is well-formed but fails validation.
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        PipelineExecution
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_and_wait(
    pipeline_id: str,
    *,
    client: AuthenticatedClient,
    body: RunOptions | Unset = UNSET,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: _Callable[[PipelineStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> PipelineStatus:
    """Start the pipeline execution, then wait until it is completed; return its last status.

    The waiting arguments and errors are those of :func:`cortex_client.jobs.wait_for_pipeline_execution`.
    """
    started = sync(
        pipeline_id=pipeline_id,
        client=client,
        body=body,
    )
    job_id = job_id_of(started, "id", "pipeline_execution")
    return wait_for_pipeline_execution(
        job_id,
        client=client,
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )


async def asyncio_and_wait(
    pipeline_id: str,
    *,
    client: AuthenticatedClient,
    body: RunOptions | Unset = UNSET,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: _Callable[[PipelineStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> PipelineStatus:
    """The asynchronous twin of :func:`sync_and_wait`."""
    started = await asyncio(
        pipeline_id=pipeline_id,
        client=client,
        body=body,
    )
    job_id = job_id_of(started, "id", "pipeline_execution")
    return await async_wait_for_pipeline_execution(
        job_id,
        client=client,
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )
