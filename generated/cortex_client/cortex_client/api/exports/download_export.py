import os
from io import BytesIO
from typing import Any, BinaryIO
from urllib.parse import quote

import httpx

from ... import errors
from ..._download import DownloadedFile, Progress, adownload, download
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import File, Response, http_status


def _get_kwargs(
    export_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exports/{export_id}/download".format(
            export_id=quote(str(export_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | File | None:
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
        response_2xx = File(payload=BytesIO(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> File:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        if 200 <= response.status_code <= 299:
            response_2xx = File(payload=BytesIO(response.content))

            return response_2xx

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | File]:
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
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | File]:
    """Download an export's file

    Returns the produced file once the export is `completed`.

    Args:
        export_id: Identifier of the export job. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | File]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File:
    """Download an export's file

    Returns the produced file once the export is `completed`.

    Args:
        export_id: Identifier of the export job. At least 1 character.

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
        File
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | File]:
    """Download an export's file

    Returns the produced file once the export is `completed`.

    Args:
        export_id: Identifier of the export job. At least 1 character.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Error | File]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File:
    """Download an export's file

    Returns the produced file once the export is `completed`.

    Args:
        export_id: Identifier of the export job. At least 1 character.

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
        File
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)


def sync_download(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    destination: str | os.PathLike[str] | BinaryIO,
    progress: Progress | None = None,
) -> DownloadedFile:
    """Stream the answer of ``download_export`` into a file, chunk by chunk.

    Write the body to ``destination`` as it arrives: a path (into a temporary file renamed into place when complete;
    an existing directory gets the file name the server gives), or a binary file object. ``progress(done, total)``
    is called after each chunk. A dropped transfer resumes with ``Range`` where the server supports it; a failed one
    leaves no file at a path destination.

    Raises:
        errors.ApiStatusError: The server answered with an error status.
        errors.ApiConnectionError: The connection failed, or dropped more often than it could be resumed.
        OSError: The file could not be written.
    """
    kwargs = _get_kwargs(
        export_id=export_id,
    )
    return download(client, kwargs, destination, progress=progress, error_from_response=errors.error_from_response)


async def asyncio_download(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    destination: str | os.PathLike[str] | BinaryIO,
    progress: Progress | None = None,
) -> DownloadedFile:
    """The asynchronous twin of :func:`sync_download`."""
    kwargs = _get_kwargs(
        export_id=export_id,
    )
    return await adownload(
        client, kwargs, destination, progress=progress, error_from_response=errors.error_from_response
    )
