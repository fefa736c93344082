"""``client.ml``: Machine-learning model predictions and model metadata.

Each method calls its operation module (named in the package README), imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._resource import QueryValue
    from ..models.batch_prediction_request import BatchPredictionRequest
    from ..models.batch_prediction_response import BatchPredictionResponse
    from ..models.model_info import ModelInfo
    from ..models.prediction_request import PredictionRequest
    from ..models.prediction_response import PredictionResponse

__all__ = ["MlResource"]


class MlResource(Resource[Client]):
    """Machine-learning model predictions and model metadata.

    Every method has an asynchronous twin named with an ``a`` in front (``predict``,
    ``apredict``) and takes the per-call options ``timeout``, ``extra_headers``,
    ``extra_query`` and ``idempotency_key``.
    """

    __slots__ = ()

    def predict(
        self,
        *,
        body: PredictionRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PredictionResponse:
        """Predict with a model.

        Runs one prediction with the given model on one feature set.

        Args:
            body: One prediction request.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            PredictionResponse
        """

        from ..api.ml import predict

        return predict.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def apredict(
        self,
        *,
        body: PredictionRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> PredictionResponse:
        """Predict with a model.

        Runs one prediction with the given model on one feature set.

        Args:
            body: One prediction request.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            PredictionResponse
        """

        from ..api.ml import predict

        return await predict.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    def predict_batch(
        self,
        *,
        body: BatchPredictionRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> BatchPredictionResponse:
        """Predict with a model for many records.

        Runs the model once per feature set; `predictions` is in the order of `batch_features`.

        Args:
            body: A batch prediction request.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            BatchPredictionResponse
        """

        from ..api.ml import predict_batch

        return predict_batch.sync(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    async def apredict_batch(
        self,
        *,
        body: BatchPredictionRequest,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> BatchPredictionResponse:
        """Predict with a model for many records.

        Runs the model once per feature set; `predictions` is in the order of `batch_features`.

        Args:
            body: A batch prediction request.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            BatchPredictionResponse
        """

        from ..api.ml import predict_batch

        return await predict_batch.asyncio(
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            body=body,
            x_correlation_id=x_correlation_id,
        )

    def get_model(
        self,
        model_id: str,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ModelInfo:
        """Get model information.

        Metadata about one machine-learning model.

        Args:
            model_id: Model identifier, e.g. `customer_churn_v2`. At least 1 character.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource does not exist.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ModelInfo
        """

        from ..api.ml import get_model

        return get_model.sync(
            model_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )

    async def aget_model(
        self,
        model_id: str,
        *,
        x_correlation_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        idempotency_key: str | None = None,
    ) -> ModelInfo:
        """Get model information.

        Metadata about one machine-learning model.

        Args:
            model_id: Model identifier, e.g. `customer_churn_v2`. At least 1 character.
            x_correlation_id: Client-chosen id for tracing a request through the logs (the seed sends a random
                UUID); echoed as `correlation_id` in error bodies. At least 1 character.
            timeout: Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.
            extra_headers: Headers sent with this call besides the client's; the operation's own headers win.
            extra_query: Query parameters sent with this call besides the operation's, which win.
            idempotency_key: Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST
                becomes safe to retry.

        Raises:
            BadRequestError: 400: The request is malformed.
            AuthenticationError: 401: Missing, invalid or expired credentials.
            NotFoundError: 404: The resource does not exist.
            UnprocessableEntityError: 422: The request is well-formed but its values are invalid.
            RateLimitError: 429: Rate limit exceeded; retry after the `Retry-After` delay.
            ServerError: 5xx: The server failed; the request may be retried with backoff.
            ApiStatusError: Any other error status (a subclass per status).
            ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
            MalformedResponseError: The response body is not what the spec documents.

        Returns:
            ModelInfo
        """

        from ..api.ml import get_model

        return await get_model.asyncio(
            model_id,
            client=self._view(timeout, extra_headers, extra_query, idempotency_key),
            x_correlation_id=x_correlation_id,
        )
