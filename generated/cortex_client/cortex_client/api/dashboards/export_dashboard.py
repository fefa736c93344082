import os as _os
from collections.abc import Callable as _Callable
from typing import Any
from typing import BinaryIO as _BinaryIO
from urllib.parse import quote

import httpx

from ... import errors
from ..._download import DownloadedFile as _DownloadedFile
from ..._download import Progress as _DownloadProgress
from ..._jobs import DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL, DEFAULT_TIMEOUT, job_id_of
from ..._json import loads
from ...api.exports import download_export
from ...client import AuthenticatedClient, Client
from ...jobs import async_wait_for_export, wait_for_export
from ...models.error import Error
from ...models.export_options import ExportOptions
from ...models.export_response import ExportResponse
from ...models.export_status import ExportStatus
from ...types import Response, http_status


def _get_kwargs(
    dashboard_id: str,
    *,
    body: ExportOptions,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dashboards/{dashboard_id}/export".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | ExportResponse | None:
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
        response_2xx = ExportResponse.from_dict(loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> ExportResponse:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = ExportResponse.from_dict(loads(response.content))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | ExportResponse]:
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
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
) -> Response[Error | ExportResponse]:
    """Export a dashboard

    Starts an asynchronous export of the dashboard; poll `GET /exports/{export_id}/status`.

    Args:
        dashboard_id: Identifier of the dashboard. At least 1 character.
        body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
            names the type without defining it; its fields are the export options the seed uses elsewhere (the
            format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | ExportResponse]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
) -> ExportResponse:
    """Export a dashboard

    Starts an asynchronous export of the dashboard; poll `GET /exports/{export_id}/status`.

    Args:
        dashboard_id: Identifier of the dashboard. At least 1 character.
        body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
            names the type without defining it; its fields are the export options the seed uses elsewhere (the
            format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.

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
        ExportResponse
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        body=body,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
) -> Response[Error | ExportResponse]:
    """Export a dashboard

    Starts an asynchronous export of the dashboard; poll `GET /exports/{export_id}/status`.

    Args:
        dashboard_id: Identifier of the dashboard. At least 1 character.
        body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
            names the type without defining it; its fields are the export options the seed uses elsewhere (the
            format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | ExportResponse]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
) -> ExportResponse:
    """Export a dashboard

    Starts an asynchronous export of the dashboard; poll `GET /exports/{export_id}/status`.

    Args:
        dashboard_id: Identifier of the dashboard. At least 1 character.
        body: The seed's `ExportOptions`, the body of `POST /dashboards/{dashboard_id}/export`. The seed
            names the type without defining it; its fields are the export options the seed uses elsewhere (the
            format of `exportDashboard(format)` and the rendering options of `createExport`), all optional.

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
        ExportResponse
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_and_wait(
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: _Callable[[ExportStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> ExportStatus:
    """Start the export, then wait until it is completed; return its last status.

    The waiting arguments and errors are those of :func:`cortex_client.jobs.wait_for_export`.
    """
    started = sync(
        dashboard_id=dashboard_id,
        client=client,
        body=body,
    )
    job_id = job_id_of(started, "export_id", "export")
    return wait_for_export(
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
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: _Callable[[ExportStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> ExportStatus:
    """The asynchronous twin of :func:`sync_and_wait`."""
    started = await asyncio(
        dashboard_id=dashboard_id,
        client=client,
        body=body,
    )
    job_id = job_id_of(started, "export_id", "export")
    return await async_wait_for_export(
        job_id,
        client=client,
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )


def sync_and_download(
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
    destination: str | _os.PathLike[str] | _BinaryIO,
    download_progress: _DownloadProgress | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: _Callable[[ExportStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> _DownloadedFile:
    """Start the export, wait until it is completed, then download its result to ``destination``.

    See :func:`sync_and_wait` for the waiting, and ``download_export.sync_download`` for the download
    (``download_progress`` is its progress callback).
    """
    started = sync(
        dashboard_id=dashboard_id,
        client=client,
        body=body,
    )
    job_id = job_id_of(started, "export_id", "export")
    wait_for_export(
        job_id,
        client=client,
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )
    return download_export.sync_download(job_id, client=client, destination=destination, progress=download_progress)


async def asyncio_and_download(
    dashboard_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportOptions,
    destination: str | _os.PathLike[str] | _BinaryIO,
    download_progress: _DownloadProgress | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    progress: _Callable[[ExportStatus], object] | None = None,
    cancel_on_timeout: bool = False,
    cancel_on_interrupt: bool = False,
) -> _DownloadedFile:
    """The asynchronous twin of :func:`sync_and_download`."""
    started = await asyncio(
        dashboard_id=dashboard_id,
        client=client,
        body=body,
    )
    job_id = job_id_of(started, "export_id", "export")
    await async_wait_for_export(
        job_id,
        client=client,
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        progress=progress,
        cancel_on_timeout=cancel_on_timeout,
        cancel_on_interrupt=cancel_on_interrupt,
    )
    return await download_export.asyncio_download(
        job_id, client=client, destination=destination, progress=download_progress
    )
