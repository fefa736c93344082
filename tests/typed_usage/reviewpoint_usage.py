"""ReViewPoint through the resource layer, as a type checker sees it: ``mypy --strict --warn-unused-ignores``.

Checked by ``tests/test_typed_usage.py``, never run. Each ``# type: ignore[...]`` line is a call mypy must reject:
if it ever accepts one, the ignore becomes unused and the check fails.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from reviewpoint_client import Client, Tokens
from reviewpoint_client.models import FileUploadForm, RegisterRequest, UploadedFile, User, UserList
from reviewpoint_client.resources.users import UsersResource


def correct(client: Client) -> None:
    tokens: Tokens = client.login("ada@example.org", "password")
    users: UsersResource = client.users
    page: UserList = client.users.list(page=2, size=50, q="ada", active=True, timeout=5.0)
    user: User = client.users.get(42, extra_headers={"X-Request-Source": "report"}, extra_query={"trace": 1})
    me: User = client.users.get_current(idempotency_key="k-1")
    every: Iterator[User] = client.users.iter(size=100)
    pages: Iterator[UserList] = client.users.iter_pages(page=3)
    stored: UploadedFile = client.uploads.upload_file(body=FileUploadForm(file=b"%PDF"), progress=print)
    created = client.auth_api.register_user(body=RegisterRequest(email="a@b.c", password="pw", name="Ada"))
    print(tokens, users, page, user, me, every, pages, stored, created.user.id)


async def correct_async(client: Client) -> None:
    page: UserList = await client.users.alist(page=2)
    user: User = await client.users.aget(42)
    every: AsyncIterator[User] = client.users.aiter(size=10)
    print(page, user, every)


def rejected(client: Client) -> None:
    client.users.get("42")  # type: ignore[arg-type]
    client.users.list(page="2")  # type: ignore[arg-type]
    client.users.list(pagesize=2)  # type: ignore[call-arg]
    client.users.list(timeout="5s")  # type: ignore[arg-type]
    client.users.list(extra_headers={"X-Count": 1})  # type: ignore[dict-item]
    client.users.get_current(1)  # type: ignore[call-arg]
    client.uploads.upload_file(body={"file": b"%PDF"})  # type: ignore[arg-type]
    client.users.delete(42)  # type: ignore[attr-defined]
    client.auth_api.register_user()  # type: ignore[call-arg]
    wrong: UserList = client.users.get(42)  # type: ignore[assignment]
    not_awaited: User = client.users.aget(42)  # type: ignore[assignment]
    print(wrong, not_awaited)
