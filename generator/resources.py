"""The resource layer: every operation as a method of ``client.<tag>``, named by one rule, computed here.

The naming rule (documented in each package README):

- a tag becomes a client attribute, its Python name (``data_sources``); a tag whose name a ``Client`` attribute
  already has gets ``_api`` appended (``auth`` becomes ``client.auth_api``); an operation without tags goes to
  ``default``;
- an operation becomes a method named after its operationId (its module name) without the tag's words, singular
  or plural, wherever they follow the first word: in ``users``, ``list_users`` is ``list``, ``get_user`` is
  ``get``, ``get_current_user`` is ``get_current``; in ``data_sources``, ``test_data_source_connection`` is
  ``test_connection``; the first word, the verb, stays (``upload_file`` stays ``upload_file`` in ``uploads``);
  an id FastAPI made up loses the path and method it appends first (``get_item_items_item_id_get`` is ``get``);
- what the runtime adds to an operation gets the same name with a suffix: page iterators ``iter`` (``list`` and
  ``list_x`` become ``iter`` and ``iter_x``, any other name ``iter_<name>``) and ``<iter>_pages``; a file answer
  ``<name>_to_file``; a job it starts ``<name>_and_wait`` and ``<name>_and_download``; waiting for a job started
  elsewhere ``wait_for_<job>`` (the tag's words removed the same way);
- every method has an asynchronous twin named with an ``a`` in front (``aget``, ``alist``, ``aiter``,
  ``acreate_and_wait``), as ``Client`` has ``login``/``alogin`` and ``close``/``aclose``;
- names that clash within a resource get the HTTP method appended when that tells them apart (one path, several
  methods), else fall back to the full operationId, for every operation involved; a Python keyword gets a
  trailing underscore.

Each method is a thin call of its operation module's function (``api.<tag>.<module>.sync``, ``sync_items``, ...),
imported on first use, with the per-call options applied through ``Client.with_options``.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from generator import open_models, template_features
from generator.docstrings import OperationDocs
from generator.findings import Finding
from generator.spec import Operation, Spec

__all__ = [
    "CLIENT_ATTRIBUTES",
    "Argument",
    "Method",
    "Resource",
    "base_names",
    "body_declaration",
    "method_name",
    "resources",
]

CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose",
        "alogin",
        "aopen_stream",
        "arequest",
        "astream",
        "auth",
        "base_url",
        "close",
        "from_env",
        "get_async_httpx_client",
        "get_httpx_client",
        "login",
        "logout",
        "open_stream",
        "raise_on_unexpected_status",
        "request",
        "stream",
        "tokens",
        "verify",
        "with_options",
    }
)
"""The public attributes of the generated ``Client`` (a test checks this against the class): no resource hides one."""

BUILTIN_TYPES = frozenset(name for name in dir(builtins) if isinstance(getattr(builtins, name), type))


class Matched(NamedTuple):
    """An endpoint openapi-python-client parsed: its tag (Python name), its path as written, its operation."""

    tag: str
    path: str
    endpoint: Endpoint
    operation: Operation


@dataclass(frozen=True)
class Argument:
    """One parameter of a resource method: its declaration, and how it is passed on to the operation function."""

    declaration: str  # "page: int | Unset = 1"
    name: str
    positional: bool = False
    forward: str = ""  # the keyword the operation function takes it as (its own name when empty)
    doc: str = ""
    option: bool = False  # a per-call option (applied through the client view, not passed on)

    @property
    def keyword(self) -> str:
        return self.forward or self.name


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


OPTIONS = (
    Argument(
        "timeout: float | httpx.Timeout | None = None",
        "timeout",
        doc="Seconds (or an ``httpx.Timeout``) for this call's requests, instead of the client's.",
        option=True,
    ),
    Argument(
        "extra_headers: Mapping[str, str] | None = None",
        "extra_headers",
        doc="Headers sent with this call besides the client's; the operation's own headers win.",
        option=True,
    ),
    Argument(
        "extra_query: Mapping[str, QueryValue] | None = None",
        "extra_query",
        doc="Query parameters sent with this call besides the operation's, which win.",
        option=True,
    ),
    Argument(
        "idempotency_key: str | None = None",
        "idempotency_key",
        doc="Sent as ``Idempotency-Key``: the server may deduplicate the call, and a POST becomes safe to retry.",
        option=True,
    ),
)
UPLOAD = (
    Argument(
        "progress: UploadProgress | None = None",
        "progress",
        doc="Called as the files are sent, with the bytes sent so far and the total (None if unknown).",
    ),
)
STREAM = (
    Argument(
        "max_reconnects: int = DEFAULT_MAX_RECONNECTS",
        "max_reconnects",
        doc="How often in a row a dropped stream is resumed (with ``Last-Event-ID``) before it raises.",
    ),
    Argument(
        "raise_on_malformed: bool = False",
        "raise_on_malformed",
        doc="Raise on an event whose data does not decode, instead of yielding a ``MalformedEvent``.",
    ),
)
DESTINATION = Argument(
    "destination: str | os.PathLike[str] | BinaryIO",
    "destination",
    doc="A file path (written to a temporary file renamed into place when complete), an existing directory (the"
    " file gets the name the server gives) or a binary file object.",
)
DOWNLOAD = (
    DESTINATION,
    Argument(
        "progress: DownloadProgress | None = None",
        "progress",
        doc="Called after each chunk with the bytes written so far and the total (None if unknown).",
    ),
)
RESULT_DOWNLOAD = (
    DESTINATION,
    Argument(
        "download_progress: DownloadProgress | None = None",
        "download_progress",
        doc="Called after each chunk of the download with the bytes written so far and the total.",
    ),
)


def wait_arguments(status_model: str) -> tuple[Argument, ...]:
    """The waiting parameters of a job's methods; ``wait_timeout`` is the job's deadline (``timeout`` the HTTP one)."""
    return (
        Argument(
            "wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT",
            "wait_timeout",
            forward="timeout",
            doc="Seconds to wait for the job at most (None: no limit).",
        ),
        Argument("interval: float = DEFAULT_INTERVAL", "interval", doc="Seconds before the first status request."),
        Argument(
            "max_interval: float = DEFAULT_MAX_INTERVAL",
            "max_interval",
            doc="The longest pause between status requests (the pauses grow up to it).",
        ),
        Argument(
            f"progress: Callable[[{status_model}], object] | None = None",
            "progress",
            doc="Called with every status seen.",
        ),
        Argument(
            "cancel_on_timeout: bool = False", "cancel_on_timeout", doc="Cancel the job when the deadline passes."
        ),
        Argument(
            "cancel_on_interrupt: bool = False",
            "cancel_on_interrupt",
            doc="Cancel the job when the wait is interrupted (Ctrl-C, a cancelled task).",
        ),
    )


JOB_RAISES = (
    ("JobFailedError", "The job ended failed; ``status`` is its last status."),
    ("JobCancelledError", "The job ended cancelled."),
    ("JobTimeoutError", "The job was not final by ``wait_timeout``."),
)
RUNTIME_IMPORTS = {
    "DEFAULT_MAX_RECONNECTS": "from .._sse import DEFAULT_MAX_RECONNECTS",
    "DEFAULT_WAIT_TIMEOUT": "from .._jobs import DEFAULT_TIMEOUT as DEFAULT_WAIT_TIMEOUT",
    "DEFAULT_INTERVAL": "from .._jobs import DEFAULT_INTERVAL",
    "DEFAULT_MAX_INTERVAL": "from .._jobs import DEFAULT_MAX_INTERVAL",
}
TYPING_IMPORTS = {
    "UploadProgress": "from .._upload import Progress as UploadProgress",
    "EventStream": "from .._sse import EventStream",
    "OpeningEventStream": "from .._sse import OpeningEventStream",
    "os.": "import os",
    "BinaryIO": "from typing import BinaryIO",
    "DownloadedFile": "from .._download import DownloadedFile",
    "DownloadProgress": "from .._download import Progress as DownloadProgress",
    "Callable": "from collections.abc import Callable",
    "Any": "from typing import Any",
    "AsyncIterator": "from collections.abc import AsyncIterator",
    "Iterator": "from collections.abc import Iterator",
    "httpx.": "import httpx",
    "Mapping": "from collections.abc import Mapping",
    "QueryValue": "from .._resource import QueryValue",
}


# ----------------------------------------------------------------------------------------------- naming rule


def singular(word: str) -> str:
    """The singular of an English plural, as far as tag names need it (``studies``, ``statuses``, ``users``)."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "uses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """The plural of an English noun, as far as tag names need it (``study``, ``status``, ``user``)."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s"


def method_name(operation: str, tag: str, path: str = "", method: str = "") -> str:
    """An operation's method name in its tag's resource: the operationId's words without the tag's after the first.

    ``method_name("list_users", "users") == "list"``; ``method_name("upload_file", "uploads") == "upload_file"``.
    The suffix FastAPI appends to the ids it makes up (the path's words, then the method) is dropped first:
    ``method_name("get_item_items_item_id_get", "items", "/items/{item_id}", "get") == "get"``.
    """
    words = [word for word in operation.split("_") if word]
    suffix = [*(word for word in snake_case(re.sub(r"\W+", "_", path)).split("_") if word), method] if method else []
    if suffix and len(words) > len(suffix) and words[-len(suffix) :] == suffix:
        words = words[: -len(suffix)]
    tag_words = [word for word in tag.split("_") if word]
    if not words or not tag_words:
        return operation
    last = tag_words[-1]
    forms = {(*tag_words[:-1], form) for form in (last, singular(last), plural(last))}
    kept, index = words[:1], 1
    while index < len(words):
        form = next((f for f in forms if tuple(words[index : index + len(f)]) == f), None)
        if form is None:
            kept.append(words[index])
            index += 1
        else:
            index += len(form)
    name = "_".join(kept)
    return name if name.isidentifier() and not name.startswith("_") else operation


def items_name(name: str) -> str:
    """The page iterator's name of an operation method: ``list`` gives ``iter``, ``list_logs`` ``iter_logs``."""
    if name == "list" or name.startswith("list_"):
        return "iter" + name[4:]
    return f"iter_{name}"


def async_name(name: str) -> str:
    return _unreserved("a" + name.removesuffix("_"))


def _unreserved(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name


def base_names(
    operations: dict[str, tuple[str, ...]], tag: str, routes: dict[str, tuple[str, str]] | None = None
) -> dict[str, str]:
    """The method name of each operation (module name -> name); ``operations`` maps each to its kinds (``call``,
    ``pages``, ...), ``routes`` to its path and method.

    Operations whose names would clash get their HTTP method appended when that tells them apart (one path, several
    methods: ``note_get``, ``note_put``), else fall back to their full operationId.
    """
    routes = routes or {}
    names = {module: _unreserved(method_name(module, tag, *routes.get(module, ("", "")))) for module in operations}
    clashing = _clashing(names, operations)
    if clashing:
        named = {module: f"{names[module]}_{routes[module][1]}" for module in clashing if module in routes}
        if len(named) == len(clashing) and not _clashing(names | named, operations):
            return names | named
    for _ in range(2):
        if not clashing:
            break
        names = {module: (_unreserved(module) if module in clashing else name) for module, name in names.items()}
        clashing = _clashing(names, operations)
    return names


def _clashing(names: dict[str, str], operations: dict[str, tuple[str, ...]]) -> set[str]:
    """The operations one of whose method names another operation's method names repeat."""
    seen: dict[str, set[str]] = {}
    for module, name in names.items():
        for derived in _derived(name, operations[module]):
            seen.setdefault(derived, set()).add(module)
    return {module for modules in seen.values() if len(modules) > 1 for module in modules}


def _derived(name: str, kinds: tuple[str, ...]) -> Iterator[str]:
    """Every method name (sync and async) an operation's kinds give: ``call``, ``pages``, ``file``, ``job``..."""
    names = [name]
    if "pages" in kinds:
        names += [items_name(name), items_name(name) + "_pages"]
    if "file" in kinds:
        names.append(name + "_to_file")
    if "job" in kinds:
        names.append(name + "_and_wait")
    if "job_file" in kinds:
        names.append(name + "_and_download")
    if "wait" in kinds:
        names = [name]
    for each in names:
        yield each
        yield async_name(each)


def resource_attribute(tag: str) -> str:
    return f"{tag}_api" if tag in CLIENT_ATTRIBUTES else tag


# ------------------------------------------------------------------------------------------------ the methods


@dataclass
class _Collector:
    """What a resource module imports: at run time (defaults) and for type checking only (annotations)."""

    runtime: set[str] = field(default_factory=set)
    typing: set[str] = field(default_factory=set)

    def props(self, props: Iterable[Any]) -> None:
        for prop in props:
            lines = set(prop.get_imports(prefix="..")) | set(prop.get_lazy_imports(prefix=".."))
            for line in lines:
                self.add(line, runtime=line.startswith("from ..types ") or _default_needs(prop, line))

    def add(self, line: str, *, runtime: bool = False) -> None:
        (self.runtime if runtime else self.typing).add(line)

    def names(self, code: str) -> None:
        for name, line in RUNTIME_IMPORTS.items():
            if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", code):
                self.runtime.add(line)
        for name, line in TYPING_IMPORTS.items():
            if (name in code) if name.endswith(".") else re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", code):
                self.typing.add(line)


def _default_needs(prop: Any, line: str) -> bool:
    """Whether a parameter's default value (an enum member, say) needs this import at run time."""
    default = getattr(prop, "default", None)
    code = default.python_code.as_unembedded_code() if default is not None else ""
    names = re.findall(r"[A-Za-z_]\w*", code)
    return any(re.search(rf"\b{re.escape(name)}\b", line.split(" import ", 1)[-1]) for name in names)


def body_declaration(endpoint: Endpoint) -> str | None:
    """The ``body`` parameter of an operation function (as the endpoint template declares it), or None."""
    bodies = endpoint.bodies
    if not bodies:
        return None
    if len(bodies) == 1:
        prop = bodies[0].prop
        return f"body: {prop.get_type_string().as_unembedded_code()}" + ("" if prop.required else " = UNSET")
    types = " | ".join(body.prop.get_type_string(no_optional=True).as_unembedded_code() for body in bodies)
    return f"body: {types} | Unset = UNSET"


def _operation_arguments(endpoint: Endpoint, docs: OperationDocs) -> tuple[Argument, ...]:
    texts = dict(docs.args)
    arguments = [
        Argument(open_models.argument_declaration(p), str(p.python_name), True, doc=texts.get(str(p.python_name), ""))
        for p in endpoint.path_parameters
    ]
    declaration = body_declaration(endpoint)
    if declaration is not None:
        arguments.append(Argument(declaration, "body", doc=texts.get("body", "The request body.")))
    for prop in endpoint.query_parameters + endpoint.header_parameters + endpoint.cookie_parameters:
        name = str(prop.python_name)
        arguments.append(Argument(open_models.argument_declaration(prop), name, doc=texts.get(name, "")))
    return tuple(arguments)


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
    collector = _Collector()
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


def _methods(member: _Operation, name: str, collector: _Collector, token_login: bool) -> Iterator[Method]:
    endpoint, operation, docs, extras = member.endpoint, member.operation, member.docs, member.extras
    collector.props(endpoint.list_all_parameters())
    collector.props(response.prop for response in _success_responses(endpoint))
    arguments = _operation_arguments(endpoint, docs)
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


def _wait_method(job: template_features.JobHelpers, name: str, collector: _Collector, spec: Spec) -> Method:
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


def _qualified(methods: list[Method], collector: _Collector) -> list[Method]:
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
