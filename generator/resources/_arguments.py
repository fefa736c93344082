"""The parameters of resource methods: the operation's own, what the runtime adds, the per-call options; and
what a resource module imports for them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint

from generator import open_models
from generator.docstrings import OperationDocs

__all__ = [
    "DOWNLOAD",
    "JOB_RAISES",
    "OPTIONS",
    "RESULT_DOWNLOAD",
    "STREAM",
    "UPLOAD",
    "Argument",
    "Imports",
    "body_declaration",
    "operation_arguments",
    "wait_arguments",
]


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


@dataclass
class Imports:
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


def operation_arguments(endpoint: Endpoint, docs: OperationDocs) -> tuple[Argument, ...]:
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
