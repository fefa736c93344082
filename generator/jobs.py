"""Long-running jobs as a spec declares them: the ``x-job`` extension of a status operation, read in one place.

A job is started by some operations, polled through its status operation until its state is final, and may be
cancelled or have a result to fetch::

    /exports/{export_id}/status:
      get:
        operationId: get_export_status
        x-job:
          name: export                      # the helpers are wait_for_export / async_wait_for_export
          started_by: {create_export: export_id, export_dashboard: export_id}   # operation: property with the id
          state: status                     # property of the status holding the job's state
          succeeded: [completed]
          failed: [failed]
          cancelled: [cancelled]            # optional
          message: error_message            # optional: property saying why the job failed
          cancel: cancel_export             # optional: operation cancelling the job
          result: download_export           # optional: operation fetching what the job produced

Every operation named here but the starters takes the job id as its only path parameter. :func:`problems` says
what is wrong with an extension (lint's ``job-invalid``); :func:`jobs` reads the extensions of a sound document
(generator and mock).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.spec import operations, resolve

__all__ = ["EXTENSION", "Job", "jobs", "problems"]

EXTENSION = "x-job"
NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
STATE_LISTS = ("succeeded", "failed", "cancelled")
KEYS = frozenset({"name", "started_by", "state", "message", "cancel", "result", *STATE_LISTS})


@dataclass(frozen=True)
class Job:
    """One job, by operationIds and dotted property paths of the spec."""

    name: str
    status: str
    state: str
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    cancelled: tuple[str, ...] = ()
    message: str | None = None
    cancel: str | None = None
    result: str | None = None
    started_by: tuple[tuple[str, str], ...] = ()


def jobs(document: dict[str, Any]) -> list[Job]:
    """Return the jobs a document declares, in document order (the document is assumed to pass lint)."""
    found = []
    for _, _, operation, _ in operations(document):
        raw = operation.get(EXTENSION)
        if isinstance(raw, dict):
            found.append(
                Job(
                    name=raw["name"],
                    status=operation["operationId"],
                    state=raw["state"],
                    succeeded=tuple(raw["succeeded"]),
                    failed=tuple(raw["failed"]),
                    cancelled=tuple(raw.get("cancelled", ())),
                    message=raw.get("message"),
                    cancel=raw.get("cancel"),
                    result=raw.get("result"),
                    started_by=tuple((raw.get("started_by") or {}).items()),
                )
            )
    return found


def problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (JSON pointer, message) for every ``x-job`` that names what does not exist or is not well formed."""
    by_id = {operation.get("operationId"): (path, operation) for path, _, operation, _ in operations(document)}
    names: set[str] = set()
    for path, _, operation, at in operations(document):
        if EXTENSION not in operation:
            continue
        where = at + "/" + EXTENSION
        raw = operation[EXTENSION]
        if not isinstance(raw, dict):
            yield where, f"{EXTENSION} must be a mapping"
            continue
        for message in _shape_problems(raw, names):
            yield where, message
        if not isinstance(raw.get("state"), str):
            continue
        yield from ((where, message) for message in _status_problems(document, path, operation, raw))
        for key in ("cancel", "result"):
            if key in raw:
                yield from ((where, message) for message in _follow_up_problems(document, by_id, key, raw[key]))
        for starter, id_path in (raw.get("started_by") or {}).items():
            yield from ((where, message) for message in _starter_problems(document, by_id, starter, id_path))


def _shape_problems(raw: dict[str, Any], names: set[str]) -> Iterator[str]:
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        yield f"unknown keys {', '.join(unknown)} (known: {', '.join(sorted(KEYS))})"
    name = raw.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        yield f"name {name!r} must be a snake_case name (it names the helpers, e.g. wait_for_<name>)"
    elif name in names:
        yield f"name {name!r} is used by another job"
    else:
        names.add(name)
    for key in ("state", "succeeded", "failed"):
        if key not in raw:
            yield f"{key} is required"
    for key in STATE_LISTS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(state, str) for state in value):
            yield f"{key} must be a list of state names"
    if not isinstance(raw.get("started_by", {}), dict):
        yield "started_by must map operationIds to the property holding the job id"


def _status_problems(
    document: dict[str, Any], path: str, operation: dict[str, Any], raw: dict[str, Any]
) -> Iterator[str]:
    operation_id = operation.get("operationId")
    if len(_path_parameters(path)) != 1:
        yield f"the status operation {operation_id} must take the job id as its only path parameter"
    schema = _success_schema(document, operation)
    if schema is None:
        yield f"the status operation {operation_id} has no 2xx JSON response"
        return
    if not str(_success_ref(document, operation)).startswith("#/components/schemas/"):
        yield f"the 2xx response of the status operation {operation_id} must be a $ref to a component schema"
    state = _property(document, schema, raw["state"])
    if state is None:
        yield f"state {raw['state']!r} is not a property of the 2xx response of {operation_id}"
    if "message" in raw and _property(document, schema, str(raw["message"])) is None:
        yield f"message {raw['message']!r} is not a property of the 2xx response of {operation_id}"
    listed = [state_name for key in STATE_LISTS for state_name in raw.get(key, []) if isinstance(raw.get(key), list)]
    known = (state or {}).get("enum") or (state or {}).get("examples")  # a closed set, or an open one's known values
    for state_name in listed:
        if isinstance(known, list) and state_name not in known:
            yield f"state {state_name!r} is not one of {raw['state']}'s values ({', '.join(map(str, known))})"
    if len(set(listed)) != len(listed):
        yield "succeeded, failed and cancelled must not share a state"


def _follow_up_problems(
    document: dict[str, Any], by_id: dict[Any, tuple[str, dict[str, Any]]], key: str, operation_id: Any
) -> Iterator[str]:
    if operation_id not in by_id:
        yield f"{key} names unknown operation {operation_id!r}"
        return
    path, operation = by_id[operation_id]
    if len(_path_parameters(path)) != 1:
        yield f"{key} operation {operation_id} must take the job id as its only path parameter"
    required = [
        p.get("name") for p in _parameters(document, path, operation) if p.get("required") and p.get("in") != "path"
    ]
    body = resolve(document, operation.get("requestBody")) or {}
    if required or body.get("required"):
        yield f"{key} operation {operation_id} must need nothing but the job id"


def _starter_problems(
    document: dict[str, Any], by_id: dict[Any, tuple[str, dict[str, Any]]], operation_id: Any, id_path: Any
) -> Iterator[str]:
    if operation_id not in by_id:
        yield f"started_by names unknown operation {operation_id!r}"
        return
    schema = _success_schema(document, by_id[operation_id][1])
    if not isinstance(id_path, str) or schema is None or _property(document, schema, id_path) is None:
        yield f"started_by: {id_path!r} is not a property of the 2xx response of {operation_id}"


def _path_parameters(path: str) -> list[str]:
    return re.findall(r"\{([^{}]+)\}", path)


def _parameters(document: dict[str, Any], path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    item = (document.get("paths") or {}).get(path) or {}
    raw = list(operation.get("parameters") or []) + list(item.get("parameters") or [])
    return [resolved for resolved in (resolve(document, p) for p in raw) if isinstance(resolved, dict)]


def _success_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    for status, response in (operation.get("responses") or {}).items():
        media = ((resolve(document, response) or {}).get("content") or {}).get("application/json")
        if str(status).startswith("2") and media is not None:
            return resolve(document, media.get("schema"))
    return None


def _success_ref(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    for status, response in (operation.get("responses") or {}).items():
        media = ((resolve(document, response) or {}).get("content") or {}).get("application/json")
        if str(status).startswith("2") and isinstance(media, dict):
            return (media.get("schema") or {}).get("$ref")
    return None


def _property(document: dict[str, Any], schema: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        schema = resolve(document, ((schema or {}).get("properties") or {}).get(name))
        if not isinstance(schema, dict):
            return None
    return schema
