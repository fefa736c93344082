from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_validation_error import HTTPValidationError
from ...models.user_list import UserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["q"] = q

    params["active"] = active

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | HTTPValidationError | UserList | None:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | HTTPValidationError | UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[Error | HTTPValidationError | UserList]:
    """List and search users

     Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        q (str | Unset):
        active (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HTTPValidationError | UserList]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Error | HTTPValidationError | UserList | None:
    """List and search users

     Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        q (str | Unset):
        active (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HTTPValidationError | UserList
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[Error | HTTPValidationError | UserList]:
    """List and search users

     Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        q (str | Unset):
        active (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HTTPValidationError | UserList]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        q=q,
        active=active,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 20,
    q: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Error | HTTPValidationError | UserList | None:
    """List and search users

     Returns one page of users, optionally filtered by a search query and by status flags.

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        q (str | Unset):
        active (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HTTPValidationError | UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            q=q,
            active=active,
            admin=admin,
        )
    ).parsed
