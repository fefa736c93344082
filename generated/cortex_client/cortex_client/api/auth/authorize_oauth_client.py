from typing import Any, cast

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.authorize_oauth_client_response_type import AuthorizeOauthClientResponseType
from ...models.error import Error
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    response_type: AuthorizeOauthClientResponseType | str,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    json_response_type = AuthorizeOauthClientResponseType(response_type).value
    params["response_type"] = json_response_type

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = Error.from_dict(loads(response.content))

        return response_400

    if response.status_code == 429:
        response_429 = Error.from_dict(loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return None


def _parse_success(*, response: httpx.Response) -> None:
    if not response.is_success:
        raise errors.error_from_response(response)
    try:
        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.malformed(response, exc) from exc
    raise errors.error_from_response(response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any | Error]:
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
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    response_type: AuthorizeOauthClientResponseType | str,
    state: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Start the OAuth 2.0 authorization-code flow

    Browser entry point of the authorization-code flow. After the user consents, the server
    redirects to `redirect_uri` with `code` and `state` query parameters.

    Args:
        client_id: Identifier of the registered OAuth client. At least 1 character.
        redirect_uri: Where to send the user back; must match a URI registered for the client.
        scope: Space-separated list of requested scopes (`read`, `write`).
        response_type: Always `code` (authorization-code flow). One of 'code'.
        state: Opaque value echoed back on the redirect, to protect against CSRF.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Any | Error]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        response_type=response_type,
        state=state,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    response_type: AuthorizeOauthClientResponseType | str,
    state: str | Unset = UNSET,
) -> None:
    """Start the OAuth 2.0 authorization-code flow

    Browser entry point of the authorization-code flow. After the user consents, the server
    redirects to `redirect_uri` with `code` and `state` query parameters.

    Args:
        client_id: Identifier of the registered OAuth client. At least 1 character.
        redirect_uri: Where to send the user back; must match a URI registered for the client.
        scope: Space-separated list of requested scopes (`read`, `write`).
        response_type: Always `code` (authorization-code flow). One of 'code'.
        state: Opaque value echoed back on the redirect, to protect against CSRF.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        response_type=response_type,
        state=state,
    )
    response = client.request(**kwargs)
    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    response_type: AuthorizeOauthClientResponseType | str,
    state: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Start the OAuth 2.0 authorization-code flow

    Browser entry point of the authorization-code flow. After the user consents, the server
    redirects to `redirect_uri` with `code` and `state` query parameters.

    Args:
        client_id: Identifier of the registered OAuth client. At least 1 character.
        redirect_uri: Where to send the user back; must match a URI registered for the client.
        scope: Space-separated list of requested scopes (`read`, `write`).
        response_type: Always `code` (authorization-code flow). One of 'code'.
        state: Opaque value echoed back on the redirect, to protect against CSRF.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when Client.raise_on_unexpected_status is set.
        errors.ApiConnectionError: No response arrived (errors.ApiTimeoutError when it timed out).

    Returns:
        Response[Any | Error]: the status, headers, raw content and parsed body; for a
        body that is not what the spec documents, ``parsed`` is None and ``parse_error`` says why.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        response_type=response_type,
        state=state,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    response_type: AuthorizeOauthClientResponseType | str,
    state: str | Unset = UNSET,
) -> None:
    """Start the OAuth 2.0 authorization-code flow

    Browser entry point of the authorization-code flow. After the user consents, the server
    redirects to `redirect_uri` with `code` and `state` query parameters.

    Args:
        client_id: Identifier of the registered OAuth client. At least 1 character.
        redirect_uri: Where to send the user back; must match a URI registered for the client.
        scope: Space-separated list of requested scopes (`read`, `write`).
        response_type: Always `code` (authorization-code flow). One of 'code'.
        state: Opaque value echoed back on the redirect, to protect against CSRF.

    Raises:
        errors.BadRequestError: 400: The request is malformed (bad parameter, unparsable body or filters).
        errors.RateLimitError: 429: Rate limit exceeded; retry after the delay in `Retry-After`.
        errors.ServerError: 5xx: Unexpected server error or upstream unavailability; safe to retry with
            back-off.
        errors.ApiStatusError: Any other error status (a subclass per status).
        errors.ApiConnectionError: No response arrived (``ApiTimeoutError`` when it timed out).
        errors.MalformedResponseError: The response body is not what the spec documents.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        response_type=response_type,
        state=state,
    )
    response = await client.arequest(**kwargs)
    return _parse_success(response=response)
