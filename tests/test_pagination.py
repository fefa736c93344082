"""Page iterators generated from x-pagination: each family's style, sync and async (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

Pages = list[dict[str, Any]]


def serve(pages: Pages, requested: list[int]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        requested.append(number)
        return httpx.Response(200, json=pages[number - 1])

    return httpx.MockTransport(handler)


def reviewpoint_pages(sizes: list[int], has_next: list[bool]) -> Pages:
    user = {
        "email": "a@example.com",
        "name": "Ann",
        "is_active": True,
        "is_admin": False,
        "created_at": "2024-01-01T00:00:00Z",
    }
    counter = iter(range(1, 1000))
    return [
        {
            "users": [{"id": next(counter), **user} for _ in range(size)],
            "total": sum(sizes),
            "page": n + 1,
            "size": 2,
            "has_next": more,
        }
        for n, (size, more) in enumerate(zip(sizes, has_next, strict=True))
    ]


def cortex_pages(count: int) -> Pages:
    return [
        {
            "items": [{"id": f"study-{n}", "name": f"Study {n}"}],
            "pagination": {"page": n, "limit": 1, "total": count, "pages": count},
        }
        for n in range(1, count + 1)
    ]


def pwc_pages(has_next: list[bool]) -> Pages:
    sale = {"description": "MUG", "quantity": 2, "invoice_date": "2011-01-01T10:00:00Z", "unit_price": 2.5}
    return [
        {"items": [sale], "meta": {"total": len(has_next), "page": n + 1, "size": 1, "has_next": more}}
        for n, more in enumerate(has_next)
    ]


def test_reviewpoint_items_follow_has_next() -> None:
    from reviewpoint_client import Client
    from reviewpoint_client.api.users import list_users

    requested: list[int] = []
    client = Client("https://rp.test", transport=serve(reviewpoint_pages([2, 2, 1], [True, True, False]), requested))
    users = list(list_users.sync_items(client=client, size=2))
    assert [user.id for user in users] == [1, 2, 3, 4, 5] and requested == [1, 2, 3]


def test_iteration_starts_at_the_given_page_and_stops_on_an_empty_one() -> None:
    from reviewpoint_client import Client
    from reviewpoint_client.api.users import list_users

    requested: list[int] = []
    pages = reviewpoint_pages([2, 2, 0, 2], [True, True, True, False])  # the server claims more forever
    client = Client("https://rp.test", transport=serve(pages, requested))
    assert [len(page.users) for page in list_users.sync_pages(client=client, page=2)] == [2, 0]
    assert requested == [2, 3]


def test_cortex_pages_follow_page_and_pages() -> None:
    from cortex_client import Client
    from cortex_client.api.studies import list_studies

    requested: list[int] = []
    client = Client("https://cortex.test/v1", transport=serve(cortex_pages(3), requested))
    assert [study.id for study in list_studies.sync_items(client=client)] == ["study-1", "study-2", "study-3"]
    assert requested == [1, 2, 3]


def test_pwc_async_items_follow_meta_has_next() -> None:
    from pwc_client import Client
    from pwc_client.api.sales import list_sales

    requested: list[int] = []

    async def collect() -> list[Any]:
        transport = serve(pwc_pages([True, False]), requested)
        async with Client("https://pwc.test", async_transport=transport) as client:
            return [sale async for sale in list_sales.asyncio_items(client=client)]

    sales = asyncio.run(collect())
    assert [sale.description for sale in sales] == ["MUG", "MUG"] and requested == [1, 2]


def test_an_error_page_raises_the_typed_error() -> None:
    from reviewpoint_client import Client, ServerError
    from reviewpoint_client.api.users import list_users

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "1":
            return httpx.Response(200, json=reviewpoint_pages([1], [True])[0])
        return httpx.Response(500, json={"detail": "boom"})

    client = Client("https://rp.test", transport=httpx.MockTransport(handler), max_retries=0)
    iterator = list_users.sync_items(client=client)
    assert next(iterator).id == 1
    with pytest.raises(ServerError, match="boom"):
        next(iterator)
