"""What our templates see beyond openapi-python-client's own context: the family and the raw spec.

openapi-python-client drops ``x-`` extensions and some raw details; templates look them up here instead,
so the logic stays in Python and the templates only lay it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.families import Family

FILTERS: dict[str, Callable[..., Any]] = {}


def globals_for(family: Family, document: dict[str, Any]) -> dict[str, Any]:
    """Return the extra Jinja globals for one family's templates."""
    return {
        "family": family,
        "spec": document,
        "spec_title": str(document.get("info", {}).get("title", family.name)),
        "default_base_url": _default_base_url(document),
    }


def _default_base_url(document: dict[str, Any]) -> str:
    servers = document.get("servers") or [{}]
    return str(servers[0].get("url", ""))
