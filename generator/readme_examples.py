"""The calls a package README shows, chosen from the resource layer so that they run against the mock as written.

- ``call``: a GET that needs no argument (a paginated list first), and its page iterator when it has one;
- ``missing``: a GET of one resource by an id nobody created, to show a typed error: the mock answers 404 for an
  id that the spec's ``links`` say the API creates, as a real server does;
- ``method_of``: the resource method that calls each operation function, for the runtime features' examples.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.resources import Method, Resource
from generator.spec import Spec

__all__ = ["Call", "ReadmeExamples", "readme_examples"]


@dataclass(frozen=True)
class Call:
    """A resource method call as the README writes it, synchronously and asynchronously."""

    resource: str
    method: str
    async_method: str
    arguments: str = ""
    operation: str = ""  # the operation module: "api.users.list_users"

    @property
    def operation_package(self) -> str:
        return self.operation.rpartition(".")[0]

    @property
    def operation_module(self) -> str:
        return self.operation.rpartition(".")[2]

    @property
    def sync(self) -> str:
        return f"client.{self.resource}.{self.method}({self.arguments})"

    @property
    def asynchronous(self) -> str:
        return f"await client.{self.resource}.{self.async_method}({self.arguments})"


@dataclass(frozen=True)
class ReadmeExamples:
    """What the README shows: a call, its page iterator, a call that raises, and every method by function."""

    call: Call | None
    items: Call | None
    missing: Call | None
    method_of: dict[str, dict[str, str]]  # "tag.module" -> operation function -> "client.<resource>.<method>"


def readme_examples(spec: Spec, layer: list[Resource]) -> ReadmeExamples:
    """Pick the README's calls (None where the API has no such operation)."""
    method_of: dict[str, dict[str, str]] = {}
    for resource in layer:
        for method in resource.methods:
            module = method.operation.removeprefix("api.")
            functions = method_of.setdefault(module if module != "jobs" else f"jobs.{method.function}", {})
            functions[method.function] = f"client.{resource.attribute}.{method.name}"
            functions[method.async_function] = f"client.{resource.attribute}.{method.async_name}"
    calls = [(resource, method) for resource in layer for method in resource.methods if _plain_get(spec, method)]
    free = [(resource, method) for resource, method in calls if not method.positional and not _required(method)]
    paged = [item for item in free if _iterator(*item)]
    call = items = None
    if paged or free:
        resource, method = (paged or free)[0]
        call = _call(resource, method)
        iterator = _iterator(resource, method)
        items = Call(resource.attribute, iterator.name, iterator.async_name) if iterator else None
    by_id = [item for item in calls if len(item[1].positional) == 1 and not _required(item[1], keywords_only=True)]
    by_id.sort(key=lambda item: not _created(spec, item[1]))
    missing = None
    if by_id:
        resource, method = by_id[0]
        argument = method.positional[0]
        placeholder = "999999" if argument.declaration.endswith(": int") else f'"no-such-{_stem(argument.name)}"'
        missing = replace_arguments(_call(resource, method), placeholder)
    return ReadmeExamples(call, items, missing, method_of)


def replace_arguments(call: Call, arguments: str) -> Call:
    return Call(call.resource, call.method, call.async_method, arguments, call.operation)


def _call(resource: Resource, method: Method) -> Call:
    return Call(resource.attribute, method.name, method.async_name, operation=method.operation)


def _plain_get(spec: Spec, method: Method) -> bool:
    """A GET answering JSON through ``sync``: no stream, file, job or login."""
    if method.function != "sync" or not method.request.startswith("GET ") or not method.coroutine:
        return False
    operation = spec.operation("get", method.request.removeprefix("GET "))
    return operation is not None and not operation.issues_tokens and method.returns not in ("Any", "None", "File")


def _required(method: Method, keywords_only: bool = False) -> bool:
    arguments = method.keywords if keywords_only else method.arguments
    return any(" = " not in argument.declaration for argument in arguments if not argument.option)


def _iterator(resource: Resource, method: Method) -> Method | None:
    return next((m for m in resource.methods if m.function == "sync_items" and m.operation == method.operation), None)


def _created(spec: Spec, method: Method) -> bool:
    """Whether the spec's links fill this operation's path parameter from a response (an id the API creates)."""
    operation = spec.operation("get", method.request.removeprefix("GET "))
    if operation is None or operation.operation_id is None:
        return False
    return any(
        link.operation_id == operation.operation_id and link.body_pointer is not None
        for other in spec.operations
        for response in other.responses
        for link in response.links
    )


def _stem(name: str) -> str:
    return name.removesuffix("_id").replace("_", "-")
