"""The marker of a field that is absent: ``UNSET``, the one instance of ``Unset`` (re-exported by ``types``)."""

from __future__ import annotations

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of ``UNSET``: a field the server did not send, or an argument the caller did not give."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
