"""Page iteration for the list operations the spec marks with ``x-pagination``.

Each paginated endpoint module gets ``sync_pages`` / ``asyncio_pages`` (every page, as the parsed model) and
``sync_items`` / ``asyncio_items`` (every item of every page). Iteration stops when the page says there is no next
one, or when a page comes back empty, so a server that keeps saying "more" cannot loop it forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["Pagination", "aiter_pages", "iter_pages"]

T = TypeVar("T")


@dataclass(frozen=True)
class Pagination:
    """Where a page model keeps its items and how it tells whether another page follows (attribute paths)."""

    items: str
    has_next: str | None = None
    current_page: str | None = None
    total_pages: str | None = None

    def items_of(self, page: Any) -> list[Any]:
        items = _attribute(page, self.items)
        return list(items) if isinstance(items, list) else []

    def has_next_page(self, page: Any) -> bool:
        if self.has_next is not None:
            return _attribute(page, self.has_next) is True
        current, total = _attribute(page, self.current_page), _attribute(page, self.total_pages)
        return isinstance(current, int) and isinstance(total, int) and current < total


def iter_pages(fetch: Callable[[int], T], pagination: Pagination, start: int) -> Iterator[T]:
    """Fetch page ``start``, then the following ones while there are more."""
    number = start
    while True:
        page = fetch(number)
        yield page
        if not pagination.items_of(page) or not pagination.has_next_page(page):
            return
        number += 1


async def aiter_pages(fetch: Callable[[int], Awaitable[T]], pagination: Pagination, start: int) -> AsyncIterator[T]:
    """The asynchronous twin of :func:`iter_pages`."""
    number = start
    while True:
        page = await fetch(number)
        yield page
        if not pagination.items_of(page) or not pagination.has_next_page(page):
            return
        number += 1


def _attribute(obj: Any, path: str | None) -> Any:
    if path is None:
        return None
    for name in path.split("."):
        obj = getattr(obj, name, None)
    return obj
