"""``client.uploads``: File uploads.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._resource import QueryValue
    from .._upload import Progress as UploadProgress
    from ..models.file_upload_form import FileUploadForm
    from ..models.uploaded_file import UploadedFile

__all__ = ["UploadsResource"]


class UploadsResource(Resource[Client]):
    """File uploads.

    Every method has an asynchronous twin named with an ``a`` in front (``upload_file``,
    ``aupload_file``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def upload_file(
        self,
        *,
        body: FileUploadForm,
        progress: UploadProgress | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> UploadedFile:
        """Upload a file.

        Uploads one file as `multipart/form-data`, with an optional description.

        Args:
            body: Multipart form for a file upload. Closed on purpose: the parts of a multipart form are files
                and text, and the non-string values an open schema allows cannot be sent as parts. Sent as
                multipart/form-data.
            progress: Called as the files are sent, with the bytes sent so far and the total (None if unknown).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request was understood but cannot be processed (for example an empty or
                unsupported file).
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            UploadedFile
        """

        from ..api.uploads import upload_file

        return upload_file.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            progress=progress,
        )

    async def aupload_file(
        self,
        *,
        body: FileUploadForm,
        progress: UploadProgress | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> UploadedFile:
        """Upload a file.

        Uploads one file as `multipart/form-data`, with an optional description.

        Args:
            body: Multipart form for a file upload. Closed on purpose: the parts of a multipart form are files
                and text, and the non-string values an open schema allows cannot be sent as parts. Sent as
                multipart/form-data.
            progress: Called as the files are sent, with the bytes sent so far and the total (None if unknown).
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request was understood but cannot be processed (for example an empty or
                unsupported file).
            AuthenticationError: 401: Missing, invalid or expired credentials (access token, refresh token, API
                key, or email/password).
            UnprocessableEntityError: 422: The request failed validation; `detail` lists each invalid field.
            RateLimitError: 429: Rate limit exceeded; retry after the delay given in `Retry-After`.
            ServerError: 5xx: Unexpected server error; safe to retry with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            UploadedFile
        """

        from ..api.uploads import upload_file

        return await upload_file.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            progress=progress,
        )
