"""The resource classes and their methods, computed from the matched endpoints (see the package docstring)."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator import template_features
from generator.docstrings import OperationDocs
from generator.findings import Finding
from generator.resources._arguments import (
    DOWNLOAD,
    JOB_RAISES,
    OPTIONS,
    RESULT_DOWNLOAD,
    STREAM,
    UPLOAD,
    Argument,
    Imports,
    operation_arguments,
    wait_arguments,
)
from generator.resources._naming import async_name, base_names, items_name, resource_attribute
from generator.spec import Operation, Spec

__all__ = ["Matched", "Method", "Resource", "resources"]

BUILTIN_TYPES = frozenset(name for name in dir(builtins) if isinstance(getattr(builtins, name), type))


class Matched(NamedTuple):
    """An endpoint openapi-python-client parsed: its tag (Python name), its path as written, its operation."""

    tag: str
    path: str
    endpoint: Endpoint
    operation: Operation


@dataclass(frozen=True)
class Method:
    """A method of a resource class and its asynchronous twin, both calling one operation module's functions."""

    name: str
    async_name: str
    target: str  # the module the method calls into, imported on first use: "get_user" or "jobs"
    target_import: str  # "from ..api.users import get_user"
    function: str  # "sync", "sync_items", "wait_for_export"
    async_function: str
    coroutine: bool  # whether the async twin is a coroutine (not for streams and iterators)
    arguments: tuple[Argument, ...]
    returns: str
    async_returns: str
    summary: str
    description: str
    raises: tuple[tuple[str, str], ...]
    returns_doc: str
    request: str  # what the README's table says it sends: "GET /users", "pages of GET /users"
    operation: str  # the module it calls, for the README's table: "api.users.list_users", or "jobs"

    @property
    def positional(self) -> tuple[Argument, ...]:
        return tuple(argument for argument in self.arguments if argument.positional)

    @property
    def keywords(self) -> tuple[Argument, ...]:
        return tuple(argument for argument in self.arguments if not argument.positional)

    @property
    def forwarded(self) -> tuple[Argument, ...]:
        """The keyword arguments passed on to the operation function."""
        return tuple(argument for argument in self.keywords if not argument.option)

    @property
    def args(self) -> tuple[tuple[str, str], ...]:
        return tuple((argument.name, argument.doc) for argument in self.arguments)


@dataclass(frozen=True)
class Resource:
    """The methods of one tag: ``client.<attribute>`` is a ``<class_name>`` from ``resources/<module>.py``."""

    attribute: str
    tag: str
    class_name: str
    module: str
    description: str
    methods: tuple[Method, ...]
    runtime_imports: tuple[str, ...]
    typing_imports: tuple[str, ...]

    @property
    def method_names(self) -> tuple[str, ...]:
        return tuple(name for method in self.methods for name in (method.name, method.async_name))


@dataclass(frozen=True)
class _Operation:
    """An endpoint with what the resource layer needs of it."""

    tag: str
    endpoint: Endpoint
    operation: Operation
    docs: OperationDocs
    extras: Any  # template_context.EndpointExtras or None

    @property
    def module(self) -> str:
        return str(self.endpoint.name)

    @property
    def kinds(self) -> tuple[str, ...]:
        extras = self.extras
        kinds = ["call"]
        if extras is not None and extras.paging:
            kinds.append("pages")
        if extras is not None and extras.download:
            kinds.append("file")
        if extras is not None and extras.starts:
            kinds.append("job")
            if extras.starts[0].result_downloads:
                kinds.append("job_file")
        return tuple(kinds)


def resources(
    spec: Spec,
    matched: list[Matched],
    extras: dict[str, dict[str, Any]],
    docs: dict[str, dict[str, OperationDocs]],
    jobs: list[template_features.JobHelpers],
    token_login: bool,
) -> tuple[list[Resource], list[Finding]]:
    """Every tag's resource, in the order of openapi-python-client's tags, with its methods in operation order."""
    members: dict[str, list[_Operation]] = {}
    for tag, path, endpoint, operation in matched:
        extra = extras.get(endpoint.method, {}).get(path)
        members.setdefault(tag, []).append(_Operation(tag, endpoint, operation, docs[endpoint.method][path], extra))
    for job in jobs:
        members.setdefault(job.status.tag, [])
    findings: list[Finding] = []
    found = [
        _resource(spec, tag, tagged, [job for job in jobs if job.status.tag == tag], token_login, findings)
        for tag, tagged in members.items()
    ]
    return found, findings


def _resource(
    spec: Spec,
    tag: str,
    members: list[_Operation],
    waits: list[template_features.JobHelpers],
    token_login: bool,
    findings: list[Finding],
) -> Resource:
    kinds = {member.module: member.kinds for member in members}
    kinds |= {f"wait_for_{job.name}": ("wait",) for job in waits}
    routes = {member.module: (member.operation.path, member.operation.method) for member in members}
    names = base_names(kinds, tag, routes)
    collector = Imports()
    methods: list[Method] = []
    for member in members:
        methods.extend(_methods(member, names[member.module], collector, token_login))
    for job in waits:
        methods.append(_wait_method(job, names[f"wait_for_{job.name}"], collector, spec))
    methods = _without_clashes(spec, tag, methods, findings)
    methods = _qualified(methods, collector)
    for method in methods:
        collector.names(" ".join([method.returns, method.async_returns, *(a.declaration for a in method.arguments)]))
    collector.add("from ..client import Client", runtime=True)
    description = spec.tags.get(_tag_name(spec, tag), "")
    return Resource(
        attribute=resource_attribute(tag),
        tag=tag,
        class_name=f"{ClassName(tag, '')}Resource",
        module=tag,
        description=description,
        methods=tuple(methods),
        runtime_imports=tuple(sorted(collector.runtime)),
        typing_imports=tuple(sorted(collector.typing - collector.runtime)),
    )


def _methods(member: _Operation, name: str, collector: Imports, token_login: bool) -> Iterator[Method]:
    endpoint, operation, docs, extras = member.endpoint, member.operation, member.docs, member.extras
    collector.props(endpoint.list_all_parameters())
    collector.props(response.prop for response in _success_responses(endpoint))
    arguments = operation_arguments(endpoint, docs)
    success = _success_type(endpoint)
    request = f"{operation.method.upper()} {operation.path}"
    module_path = f"api.{member.tag}.{member.module}"
    base = Method(
        name=name,
        async_name=async_name(name),
        target=member.module,
        target_import=f"from ..api.{member.tag} import {member.module}",
        function="sync",
        async_function="asyncio",
        coroutine=True,
        arguments=arguments + (UPLOAD if template_features.is_upload(endpoint) else ()) + OPTIONS,
        returns=success,
        async_returns=success,
        summary=_first_line(docs.summary) or f"Call ``{member.module}``.",
        description=_description(docs, operation, token_login),
        raises=docs.raises,
        returns_doc=success,
        request=request,
        operation=module_path,
    )
    events = extras.events if extras is not None else ()
    if events:
        streamed = " | ".join(dict.fromkeys(event.class_name for event in events))
        for event in events:
            collector.add(f"from ..models.{event.module} import {event.class_name}")
        stream_text = (
            "Send the request now and return the open stream of its events as they arrive, their data decoded"
            f" into the documented models ({', '.join(event.name for event in events)}). An event whose data does"
            " not decode comes as a ``MalformedEvent``. A dropped connection is resumed with ``Last-Event-ID``."
            " Use the stream with ``with`` (``async with`` for the twin), or close it."
        )
        raises = (*docs.raises[:-1], ("StreamInterruptedError", "While iterating: the stream could not be resumed."))
        base = replace(
            base,
            arguments=arguments + STREAM + OPTIONS,
            returns=f"EventStream[{streamed}]",
            async_returns=f"OpeningEventStream[{streamed}]",
            coroutine=False,
            description=_join(base.description, stream_text),
            raises=raises,
            returns_doc=f"EventStream[{streamed}]",
        )
    yield base
    if extras is None:
        return
    if extras.paging:
        paging = extras.paging
        for line in paging.item_imports:
            collector.add(line.replace("from ...", "from ..", 1))
        items = items_name(name)
        common = replace(base, arguments=arguments + OPTIONS, request=f"pages of {request}")
        yield replace(
            common,
            name=items,
            async_name=async_name(items),
            function="sync_items",
            async_function="asyncio_items",
            coroutine=False,
            returns=f"Iterator[{paging.item_type}]",
            async_returns=f"AsyncIterator[{paging.item_type}]",
            summary=f"{_clause(base.summary)}: every item of every page, fetched as the iteration reaches it.",
            description=f"Pages are fetched from ``{paging.page_param}`` on while the server reports more.",
            returns_doc=f"Iterator[{paging.item_type}]",
        )
        yield replace(
            common,
            name=items + "_pages",
            async_name=async_name(items + "_pages"),
            function="sync_pages",
            async_function="asyncio_pages",
            coroutine=False,
            returns=f"Iterator[{success}]",
            async_returns=f"AsyncIterator[{success}]",
            summary=f"{_clause(base.summary)}: every page, fetched as the iteration reaches it.",
            description=f"Pages are fetched from ``{paging.page_param}`` on while the server reports more.",
            returns_doc=f"Iterator[{success}]",
        )
    if extras.download:
        yield replace(
            base,
            name=name + "_to_file",
            async_name=async_name(name + "_to_file"),
            function="sync_download",
            async_function="asyncio_download",
            arguments=arguments + DOWNLOAD + OPTIONS,
            returns="DownloadedFile",
            async_returns="DownloadedFile",
            summary=f"{_clause(base.summary)}: stream the file into ``destination``, chunk by chunk.",
            description=(
                "The body is never held whole in memory. A dropped transfer resumes with ``Range`` where the server"
                " supports it; a failed one leaves no file at a path destination."
            ),
            raises=(*docs.raises[:-1], ("OSError", "The file could not be written.")),
            returns_doc="DownloadedFile: where the file went, its name, media type and size.",
            request=f"{request}, to a file",
        )
    if extras.starts:
        job = extras.starts[0]
        collector.add(f"from ..models.{job.status_model_module} import {job.status_model}")
        succeeded = " or ".join(job.succeeded)
        label = job.name.replace("_", " ")
        waiting = wait_arguments(job.status_model)
        yield replace(
            base,
            name=name + "_and_wait",
            async_name=async_name(name + "_and_wait"),
            function="sync_and_wait",
            async_function="asyncio_and_wait",
            arguments=arguments + waiting + OPTIONS,
            returns=job.status_model,
            async_returns=job.status_model,
            summary=f"{_clause(base.summary)}, then wait until the {label} is {succeeded}; return its last status.",
            description=f"Its status is polled with ``{job.status.module}``, backing off.",
            raises=(*docs.raises, *JOB_RAISES),
            returns_doc=job.status_model,
            request=f"{request}, then polls the {label}",
        )
        if job.result_downloads:
            yield replace(
                base,
                name=name + "_and_download",
                async_name=async_name(name + "_and_download"),
                function="sync_and_download",
                async_function="asyncio_and_download",
                arguments=arguments + RESULT_DOWNLOAD + waiting + OPTIONS,
                returns="DownloadedFile",
                async_returns="DownloadedFile",
                summary=(
                    f"{_clause(base.summary)}, wait until the {label} is {succeeded}, then download its result to"
                    " ``destination``."
                ),
                description=f"Its status is polled with ``{job.status.module}``; the file is streamed to disk.",
                raises=(*docs.raises, *JOB_RAISES, ("OSError", "The file could not be written.")),
                returns_doc="DownloadedFile: where the file went, its name, media type and size.",
                request=f"{request}, polls the {label}, downloads the result",
            )


def _wait_method(job: template_features.JobHelpers, name: str, collector: Imports, spec: Spec) -> Method:
    collector.add(f"from ..models.{job.status_model_module} import {job.status_model}")
    label = job.name.replace("_", " ")
    status = spec.by_id.get(job.status.module)
    request = f"polls {status.method.upper()} {status.path}" if status is not None else "polls its status"
    return Method(
        name=name,
        async_name=async_name(name),
        target="jobs",
        target_import="from .. import jobs",
        function=f"wait_for_{job.name}",
        async_function=f"async_wait_for_{job.name}",
        coroutine=True,
        arguments=(
            Argument(f"{job.id_name}: {job.id_type}", job.id_name, True, doc=f"The {label}'s id."),
            *wait_arguments(job.status_model),
            *OPTIONS,
        ),
        returns=job.status_model,
        async_returns=job.status_model,
        summary=f"Wait until the {label} is {' or '.join(job.succeeded)}; return its last status.",
        description=f"For a {label} started elsewhere: its status is polled with ``{job.status.module}``, backing off.",
        raises=(
            *JOB_RAISES,
            ("ApiError", "A status request failed in a way retrying cannot fix."),
        ),
        returns_doc=job.status_model,
        request=request,
        operation="jobs",
    )


def _without_clashes(spec: Spec, tag: str, methods: list[Method], findings: list[Finding]) -> list[Method]:
    """Drop a method whose name another one already has (never silently: a finding names it)."""
    taken: set[str] = set()
    kept = []
    for method in methods:
        if {method.name, method.async_name} & taken or method.name == method.async_name:
            message = f"resource method {tag}.{method.name} ({method.operation}) clashes with another; not generated"
            findings.append(spec.finding("", "resource-name-clash", message, "warning"))
            continue
        taken |= {method.name, method.async_name}
        kept.append(method)
    return kept


def _qualified(methods: list[Method], collector: Imports) -> list[Method]:
    """Spell builtin types a method name shadows (``list``) as ``builtins.list`` in the class's annotations."""
    shadowed = {name for method in methods for name in (method.name, method.async_name)} & BUILTIN_TYPES
    if not shadowed:
        return methods
    collector.add("import builtins")
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")(?![\w])")

    def qualify(annotation: str) -> str:
        return pattern.sub(r"builtins.\1", annotation)

    def argument(each: Argument) -> Argument:
        name, colon, rest = each.declaration.partition(": ")
        annotation, equals, default = rest.partition(" = ")
        return replace(each, declaration=name + colon + qualify(annotation) + equals + default)

    return [
        replace(
            method,
            arguments=tuple(argument(each) for each in method.arguments),
            returns=qualify(method.returns),
            async_returns=qualify(method.async_returns),
        )
        for method in methods
    ]


# ---------------------------------------------------------------------------------------------------- helpers


def _success_responses(endpoint: Endpoint) -> list[Any]:
    from generator.template_context import success_responses  # that module builds this one's results

    return success_responses(endpoint)


def _success_type(endpoint: Endpoint) -> str:
    from generator.template_context import success_type  # that module builds this one's results

    return success_type(endpoint)


def _description(docs: OperationDocs, operation: Operation, token_login: bool) -> str:
    text = docs.description.strip()
    if operation.issues_tokens and token_login:
        note = "This returns the tokens and does not keep them: ``client.login(...)`` logs the client in."
        text = _join(text, note)
    return text


def _first_line(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def _clause(summary: str) -> str:
    return summary.rstrip(".")


def _join(*paragraphs: str) -> str:
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _tag_name(spec: Spec, tag: str) -> str:
    """The spec's tag whose Python name is ``tag``."""
    return next((name for name in spec.tags if str(PythonIdentifier(name, "tag")) == tag), tag)
