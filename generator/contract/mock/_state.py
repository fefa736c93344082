"""The link-driven state store: what the spec's ``links`` say is created, fetched, changed and deleted.

A response link ``{operationId: get_user, parameters: {user_id: $response.body#/user/id}}`` makes the linking
operation a *creator* of ``user_id`` resources, stored as the object holding the id (here ``body.user``). Every
operation whose path has ``{user_id}`` then works on the stored resource: 404 for ids never created or already
deleted, the stored fields in its response, request fields merged on PUT/PATCH, removal on DELETE. Path parameters
no link creates (a model id the API only reads) are not tracked: every value exists.
"""

from __future__ import annotations

import copy
import itertools
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.contract._model import Api, Operation
from generator.jobs import jobs
from generator.spec import split, value_at

__all__ = ["Creation", "JobTransitions", "ResourceStore", "get_pointer", "set_pointer"]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_TRAILING_DIGITS = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True)
class Creation:
    """An operation creates ``parameter`` resources whose id is at ``pointer`` in its response body."""

    parameter: str
    pointer: str

    @property
    def parent(self) -> str:
        return self.pointer.rsplit("/", 1)[0]


@dataclass
class ResourceStore:
    """Resources created through the API, keyed by (path parameter name, id as text); thread-safe."""

    creators: dict[str, tuple[Creation, ...]]
    resources: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    deleted: set[tuple[str, str]] = field(default_factory=set)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1001))
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_api(cls, api: Api) -> ResourceStore:
        creators: dict[str, dict[str, Creation]] = {}
        for operation in api.operations:
            for response in operation.responses:
                if not response.status.startswith("2"):
                    continue
                for link in response.links:
                    target = api.by_id.get(link.operation_id)
                    if link.body_pointer is not None and target and link.parameter in target.path_names:
                        by_parameter = creators.setdefault(operation.name, {})
                        by_parameter.setdefault(link.parameter, Creation(link.parameter, link.body_pointer))
        return cls({key: tuple(value.values()) for key, value in creators.items()})

    @property
    def tracked(self) -> frozenset[str]:
        return frozenset(c.parameter for creations in self.creators.values() for c in creations)

    def missing(self, operation: Operation, path_params: dict[str, Any]) -> str | None:
        """Return the first tracked path parameter whose resource does not exist (never created, or deleted)."""
        with self._lock:
            for name in operation.path_names:
                key = (name, str(path_params.get(name)))
                if name in self.tracked and key not in self.resources:
                    return name
        return None

    def current(self, operation: Operation, path_params: dict[str, Any]) -> dict[str, Any] | None:
        """Return a copy of the resource named by the operation's last tracked path parameter."""
        names = [name for name in operation.path_names if name in self.tracked]
        with self._lock:
            found = self.resources.get((names[-1], str(path_params.get(names[-1])))) if names else None
            return copy.deepcopy(found)

    def new_ids(self, operation: Operation, template: Any) -> dict[str, Any]:
        """Return fresh ids for the resources an operation creates, as {body pointer: id}, shaped like the template."""
        with self._lock:
            return {
                creation.pointer: _next_id(get_pointer(template, creation.pointer), next(self._ids))
                for creation in self.creators.get(operation.name, ())
            }

    def record(self, operation: Operation, body: Any) -> None:
        """Store the resources a creator's response body describes."""
        with self._lock:
            for creation in self.creators.get(operation.name, ()):
                resource = get_pointer(body, creation.parent)
                identifier = get_pointer(body, creation.pointer)
                if isinstance(resource, dict) and identifier is not None:
                    key = (creation.parameter, str(identifier))
                    self.resources[key] = copy.deepcopy(resource)
                    self.deleted.discard(key)

    def update(self, operation: Operation, path_params: dict[str, Any], changes: Any) -> None:
        """Merge a PUT/PATCH body into the resource the path names."""
        names = [name for name in operation.path_names if name in self.tracked]
        if not names or not isinstance(changes, dict):
            return
        with self._lock:
            resource = self.resources.get((names[-1], str(path_params.get(names[-1]))))
            if resource is not None:
                resource.update(copy.deepcopy(changes))

    def delete(self, operation: Operation, path_params: dict[str, Any]) -> None:
        """Remove the resource a DELETE on ``.../{id}`` names; later requests on it get 404."""
        names = operation.path_names
        if not names or names[-1] not in self.tracked or not operation.path.endswith("{" + names[-1] + "}"):
            return
        key = (names[-1], str(path_params.get(names[-1])))
        with self._lock:
            self.resources.pop(key, None)
            self.deleted.add(key)


@dataclass(frozen=True)
class JobTransitions:
    """Jobs (``x-job``) finish at once on the mock: polling one reports its first success state, cancelling it its
    first cancelled state. A job already in a final state stays there."""

    moves: dict[str, tuple[str, str, frozenset[str]]]  # operationId -> (state pointer, new state, final states)

    @classmethod
    def from_api(cls, api: Api) -> JobTransitions:
        moves = {}
        for job in jobs(api.document):
            state_at = "/" + job.state.replace(".", "/")
            final = frozenset(job.succeeded + job.failed + job.cancelled)
            moves[job.status] = (state_at, job.succeeded[0], final)
            if job.cancel and job.cancelled:
                moves[job.cancel] = (state_at, job.cancelled[0], final)
        return cls(moves)

    def apply(self, operation: Operation, path_params: dict[str, Any], store: ResourceStore) -> None:
        """Move the job an operation polls or cancels to its next state, in the store."""
        move = self.moves.get(operation.name)
        resource = store.current(operation, path_params) if move else None
        if move is None or resource is None:
            return
        state_at, state, final = move
        if get_pointer(resource, state_at) not in final:
            changed = set_pointer(resource, state_at, state)
            top = state_at.split("/")[1]
            store.update(operation, path_params, {top: changed[top]})


def _next_id(example: Any, number: int) -> Any:
    if isinstance(example, bool):
        return example
    if isinstance(example, int):
        return max(example, 0) + number
    if isinstance(example, str):
        if _UUID.match(example):
            return str(uuid.uuid4())
        match = _TRAILING_DIGITS.match(example)
        return f"{match.group(1)}{number}" if match else f"{example}-{number}" if example else str(number)
    return number


def get_pointer(document: Any, at: str) -> Any:
    """Return the value at a JSON pointer, or None."""
    return value_at(document, at)


def set_pointer(document: Any, at: str, value: Any) -> Any:
    """Return a copy of ``document`` with ``value`` at the pointer (creating objects on the way)."""
    if not at:
        return value
    result = copy.deepcopy(document) if isinstance(document, (dict, list)) else {}
    node = result
    parts = split(at)
    for part in parts[:-1]:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node.setdefault(part, {})
    if isinstance(node, dict):
        node[parts[-1]] = value
    elif isinstance(node, list) and parts[-1].isdigit() and int(parts[-1]) < len(node):
        node[int(parts[-1])] = value
    return result
