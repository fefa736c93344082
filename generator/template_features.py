"""The template context of the runtime features issues 10 and 15 added: downloads, uploads, jobs, websocket channels.

Computed before rendering, as plain data (frozen dataclasses, lists, dicts), from the document: the jobs of
``x-job`` (``generator.jobs``), the channels of ``x-websockets`` (``generator.channels``), the operations that answer
with files or take multipart uploads, and the operations the package README shows them with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from generator.channels import WebSocketChannel, websocket_channels
from generator.jobs import jobs
from generator.spec import lookup, operations, resolve


def _python_path(path: str | None) -> Any:
    return None if path is None else ".".join(PythonIdentifier(part, "field_") for part in path.split("."))


def is_upload(endpoint: Endpoint) -> bool:
    """Whether the endpoint sends a multipart body (its file parts stream, with progress)."""
    return any(body.body_type == BodyType.FILES for body in endpoint.bodies)


def answers_with_a_file(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether a 2xx response of the operation is binary content: ``format: binary``, or no schema and no text."""
    for status, response in operation.get("responses", {}).items():
        content = (resolve(document, response) or {}).get("content", {}) if str(status).startswith("2") else {}
        for media_type, media in content.items():
            schema = resolve(document, media.get("schema")) or {}
            textual = "json" in media_type or media_type.startswith("text/")
            if schema.get("format") == "binary" or "contentMediaType" in schema or not schema and not textual:
                return True
    return False


@dataclass(frozen=True)
class OperationModule:
    """Where an operation's generated module is: ``api.<tag>.<module>``."""

    tag: str
    module: str


@dataclass(frozen=True)
class JobHelpers:
    """A job (``x-job``) in the Python names of the generated package."""

    name: str
    constant: str
    status: OperationModule
    status_model: str
    status_model_module: str
    id_name: str
    id_type: str
    state: str
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    cancelled: tuple[str, ...]
    message: str | None
    cancel: OperationModule | None
    result: OperationModule | None
    result_downloads: bool
    started_by: dict[str, str]  # operationId -> Python attribute path of the job id in its answer


def job_helpers(document: dict[str, Any]) -> list[JobHelpers]:
    """The jobs the spec declares, ready for the ``jobs`` module and the modules of the operations that start them."""
    by_id = {operation.get("operationId"): (path, operation) for path, _, operation, _ in operations(document)}
    helpers = []
    for job in jobs(document):
        path, status = by_id[job.status]
        schema_ref = _success_media(document, status).get("schema", {}).get("$ref", "")
        component = schema_ref.rsplit("/", 1)[-1]
        (id_parameter,) = [p for p in _path_parameters(document, path, status)]
        result = by_id[job.result][1] if job.result else None
        helpers.append(
            JobHelpers(
                name=job.name,
                constant=job.name.upper(),
                status=_operation(status),
                status_model=str(ClassName(component, "")),
                status_model_module=snake_case(component),
                id_name=str(PythonIdentifier(id_parameter["name"], "field_")),
                id_type="int" if (id_parameter.get("schema") or {}).get("type") == "integer" else "str",
                state=_python_path(job.state),
                succeeded=job.succeeded,
                failed=job.failed,
                cancelled=job.cancelled,
                message=_python_path(job.message),
                cancel=_operation(by_id[job.cancel][1]) if job.cancel else None,
                result=_operation(result) if result else None,
                result_downloads=result is not None and answers_with_a_file(document, result),
                started_by={starter: _python_path(id_path) for starter, id_path in job.started_by},
            )
        )
    return helpers


def job_started(operation_id: str | None, helpers: list[JobHelpers]) -> tuple[JobHelpers, str] | None:
    """The job an operation starts and the attribute path of the job id in its answer, or None."""
    for job in helpers:
        if operation_id in job.started_by:
            return job, job.started_by[operation_id]
    return None


def _operation(operation: dict[str, Any]) -> OperationModule:
    tag = (operation.get("tags") or ["default"])[0]
    return OperationModule(str(PythonIdentifier(tag, "tag")), str(PythonIdentifier(operation["operationId"], "field_")))


def _success_media(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    for status, response in operation.get("responses", {}).items():
        media = (resolve(document, response) or {}).get("content", {}).get("application/json")
        if str(status).startswith("2") and media is not None:
            return dict(media)
    return {}


def _path_parameters(document: dict[str, Any], path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    item = document["paths"][path]
    parameters = [resolve(document, p) or {} for p in operation.get("parameters", []) + item.get("parameters", [])]
    return [parameter for parameter in parameters if parameter.get("in") == "path"]


@dataclass(frozen=True)
class FeatureExamples:
    """What the package README shows of the runtime features this API has (None: the API has no such operation).

    ``job``: the operation starting the first job, with a body built from its example; ``upload``: a multipart
    operation and its file field; ``stream``: an event stream; ``download``: an operation answering with a file
    that is not a job's result (a job's result is shown through the job).
    """

    job: dict[str, Any] | None
    upload: dict[str, Any] | None
    stream: dict[str, Any] | None
    download: dict[str, Any] | None


def feature_examples(document: dict[str, Any], helpers: list[JobHelpers]) -> FeatureExamples:
    """Pick the operations the package README uses to show downloads, uploads, jobs and event streams."""
    linked = _linked_parameters(document)
    candidates = [(path, operation) for path, _, operation, _ in operations(document)]

    def call(path: str, operation: dict[str, Any]) -> dict[str, Any]:
        names = [p["name"] for p in _path_parameters(document, path, operation)]
        arguments = [f'"{name.removesuffix("_id")}-1"' for name in names]
        return {"op": _operation(operation), "arguments": "".join(f"{argument}, " for argument in arguments)}

    def free(path: str, operation: dict[str, Any]) -> bool:
        return not {p["name"] for p in _path_parameters(document, path, operation)} & linked

    job = None
    for helper in helpers:
        starters = [(path, op) for path, op in candidates if op.get("operationId") in helper.started_by]
        starters.sort(key=lambda item: not free(*item))
        if starters:
            path, operation = starters[0]
            job = {**call(path, operation), "job": helper, **_body_example(document, operation)}
            break
    results = {helper.result.module for helper in helpers if helper.result}
    downloads = [
        call(path, op)
        for path, op in candidates
        if answers_with_a_file(document, op) and _operation(op).module not in results
    ]
    streams = [
        {**call(path, op), "free": free(path, op)}
        for path, op in candidates
        if any(
            "text/event-stream" in ((resolve(document, r) or {}).get("content") or {}) for r in op["responses"].values()
        )
    ]
    streams.sort(key=lambda example: not example["free"])
    uploads = [upload for path, op in candidates if (upload := _upload_example(document, path, op)) is not None]
    first = [examples[0] if examples else None for examples in (uploads, streams, downloads)]
    return FeatureExamples(job, *first)


def _body_example(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    media = ((resolve(document, operation.get("requestBody")) or {}).get("content") or {}).get("application/json")
    component = str((media or {}).get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]
    if not media or not component or "example" not in media:
        return {}
    return {"body_class": str(ClassName(component, "")), "body_example": repr(media["example"])}


def _upload_example(document: dict[str, Any], path: str, operation: dict[str, Any]) -> dict[str, Any] | None:
    """A multipart operation whose form needs a file and nothing else, with the form class and the file field."""
    media = ((resolve(document, operation.get("requestBody")) or {}).get("content") or {}).get("multipart/form-data")
    component = str((media or {}).get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]
    schema = resolve(document, (media or {}).get("schema")) or {}
    files = [
        name
        for name, prop in (schema.get("properties") or {}).items()
        if (resolve(document, prop) or {}).get("format") == "binary"
    ]
    if not component or not files or set(schema.get("required") or []) - {files[0]} or "{" in path:
        return None
    return {"op": _operation(operation), "form": str(ClassName(component, "")), "field": _python_path(files[0])}


def _linked_parameters(document: dict[str, Any]) -> set[str]:
    """Path parameters that links fill from a response body: ids of resources the API creates."""
    linked: set[str] = set()
    for _, _, operation, _ in operations(document):
        for response in (operation.get("responses") or {}).values():
            for link in ((resolve(document, response) or {}).get("links") or {}).values():
                parameters = (resolve(document, link) or {}).get("parameters") or {}
                linked.update(name for name, value in parameters.items() if str(value).startswith("$response.body"))
    return linked


@dataclass(frozen=True)
class ChannelClass:
    """What ``channels.py`` declares for one ``x-websockets`` entry, in Python names and literals."""

    channel: WebSocketChannel
    class_name: str
    sync_class_name: str
    message_type: str
    message_union: str | None
    kinds: tuple[tuple[str, str, str], ...]  # (model class, model module, MessageKind keyword arguments)
    base_path: str
    topic_at: tuple[str, ...]
    subscribe: str | None
    unsubscribe: str | None
    example_topics: tuple[str, ...]  # from the spec's subscribe example, for READMEs


def channel_classes(document: dict[str, Any], base_url: str) -> list[ChannelClass]:
    """Return the generated channel classes of a spec (see ``generator.channels`` for what a channel is)."""
    base_path = urlparse(base_url).path.rstrip("/")
    classes = []
    for channel in websocket_channels(document):
        stem = ClassName(channel.name, "")
        kinds = tuple(
            (
                ClassName(kind.component, ""),
                snake_case(kind.component),
                _kind_arguments(kind.topic_const, kind.topic_pattern),
            )
            for kind in channel.documented_kinds
        )
        union = " | ".join(name for name, _, _ in kinds) if len(kinds) > 1 else None
        classes.append(
            ChannelClass(
                channel=channel,
                class_name=f"{stem}Channel",
                sync_class_name=f"{stem}SyncChannel",
                message_type=f"{stem}Message" if union else kinds[0][0],
                message_union=union,
                kinds=kinds,
                base_path=base_path,
                topic_at=_path_parts(channel.topic_at),
                subscribe=_subscription_literal(channel.subscribe),
                unsubscribe=_subscription_literal(channel.unsubscribe),
                example_topics=_example_topics(channel),
            )
        )
    return classes


def _example_topics(channel: WebSocketChannel) -> tuple[str, ...]:
    if channel.subscribe is None:
        return ()
    topics = lookup(channel.subscribe.message, "#" + channel.subscribe.topic_at)
    return tuple(str(topic) for topic in (topics if isinstance(topics, list) else [topics]))


def _kind_arguments(const: str | None, pattern: str | None) -> str:
    if const is not None:
        return f", topic={const!r}"
    return f", pattern={pattern!r}" if pattern is not None else ""


def _subscription_literal(subscription: Any) -> str | None:
    if subscription is None:
        return None
    many = ", many=True" if subscription.many else ""
    return f"Subscription({subscription.message!r}, {_path_parts(subscription.topic_at)!r}{many})"


def _path_parts(at: str | None) -> tuple[str, ...]:
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in (at or "").split("/")[1:])
