"""Spec lint: every rule returns findings located by file, JSON pointer and rule name.

Rules:
    openapi-valid           the document is valid OpenAPI (openapi-spec-validator)
    operation-id-missing    every operation has an operationId
    operation-id-duplicate  operationIds are unique
    operation-id-style      operationIds are snake_case and start with a verb
    example-invalid         every example validates against its schema
    example-missing         every request body and 2xx JSON response has an example
    secured-without-401     a secured operation documents 401
    error-response-missing  an operation documents an error response in the family's error shape
    error-shape             every JSON error response uses the family's error shape
    input-without-400       an operation that takes input documents 400 or 422
    path-without-404        an operation with path parameters documents 404
    missing-429             every operation documents 429, with a Retry-After header
    missing-5xx             every operation documents 5XX (or default)
    ref-dangling            every $ref resolves
    component-unused        every component is used
    link-unknown-operation  links name operations that exist
    pagination-invalid      x-pagination names query parameters and response properties that exist
    websocket-path-missing  an x-websockets channel has a path (from "/") and a ws:// or wss:// url
    websocket-auth-unknown  a channel's auth names a security scheme of the spec, header or query, and a name
    websocket-message-invalid  receive/send are component $refs; each receive variant but a catch-all has a topic
    websocket-subscription-invalid  (un)subscribe messages hold their topic_at and validate against send
    job-invalid             x-job names operations and status properties that exist, and states the status has
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from generator import jobs
from generator.channels import COMPONENT_PREFIX, topic_rule
from generator.families import Family
from generator.findings import Finding, pointer, relative
from generator.spec import SpecError, load, lookup, operations, resolve, walk

VERBS = frozenset(
    {
        *("authorize", "batch", "cancel", "check", "create", "delete", "download", "exchange", "export", "get"),
        *("list", "login", "logout", "monitor", "pause", "predict", "preview", "query", "refresh", "register"),
        *("replace", "resume", "run", "schedule", "search", "stream", "submit", "sync", "test", "update"),
        *("upload", "validate"),
    }
)
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
JSON_TYPES = ("application/json", "application/x-www-form-urlencoded")
SPEC_REF = "urn:spec"
DUPLICATE_ID = re.compile(r"Operation ID '.*' for '.*' in '.*' is not unique")


@dataclass(frozen=True)
class Context:
    """What every rule sees: the document, its file name and the family's error schemas."""

    document: dict[str, Any]
    file: str
    error_schemas: tuple[str, ...]

    def finding(self, at: str, rule: str, message: str) -> Finding:
        return Finding(self.file, at, rule, message)


Rule = Callable[[Context], Iterator[Finding]]


def lint_family(family: Family) -> list[Finding]:
    """Lint one family's spec."""
    try:
        document = load(family.spec_path)
    except SpecError as exc:
        return exc.findings
    return lint_document(document, relative(family.spec_path), family.error_schemas)


def lint_document(document: dict[str, Any], file: str, error_schemas: tuple[str, ...] = ("Error",)) -> list[Finding]:
    """Run every rule over a loaded document; the result is sorted and free of duplicates."""
    context = Context(document, file, error_schemas)
    findings = list(check_valid(context))
    if findings:
        return sorted(set(findings))
    for rule in RULES:
        findings.extend(rule(context))
    return sorted(set(findings))


def check_valid(context: Context) -> Iterator[Finding]:
    try:
        errors = list(OpenAPIV31SpecValidator(context.document).iter_errors())
    except Unresolvable:
        return  # the validator cannot follow a dangling $ref; ref-dangling reports it
    for error in errors:
        if DUPLICATE_ID.match(error.message):
            continue  # operation-id-duplicate reports it, with a pointer
        yield context.finding(pointer(*error.absolute_path), "openapi-valid", error.message)


def check_operation_ids(context: Context) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for path, method, operation, at in operations(context.document):
        operation_id = operation.get("operationId")
        if not operation_id:
            yield context.finding(at, "operation-id-missing", f"{method.upper()} {path} has no operationId")
            continue
        if operation_id in seen:
            message = f"operationId {operation_id!r} is also used at {seen[operation_id]}"
            yield context.finding(at + "/operationId", "operation-id-duplicate", message)
        seen.setdefault(operation_id, at)
        if not SNAKE_CASE.match(operation_id) or operation_id.split("_")[0] not in VERBS:
            message = (
                f"operationId {operation_id!r} must be snake_case and start with a verb ({', '.join(sorted(VERBS))})"
            )
            yield context.finding(at + "/operationId", "operation-id-style", message)


def check_examples(context: Context) -> Iterator[Finding]:
    registry = Registry().with_resource(SPEC_REF, Resource.from_contents(context.document, DRAFT202012))
    for at, node in walk(context.document):
        if not isinstance(node, dict) or at.startswith("/components/schemas/") and at.count("/") > 3:
            continue
        schema_at = at + "/schema" if "schema" in node else at if at.startswith("/components/schemas/") else None
        if schema_at is None:
            continue
        validator = Draft202012Validator(
            {"$ref": f"{SPEC_REF}#{schema_at}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for example_at, example in _examples(node, at):
            try:
                errors = list(validator.iter_errors(example))
            except Unresolvable:
                continue  # ref-dangling reports it
            for error in errors:
                where = pointer(*error.absolute_path) or "/"
                yield context.finding(example_at, "example-invalid", f"at {where}: {error.message}")


def _examples(node: dict[str, Any], at: str) -> Iterator[tuple[str, Any]]:
    if "example" in node:
        yield at + "/example", node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            if isinstance(example, dict) and "value" in example:
                yield at + pointer("examples", name, "value"), example["value"]
    elif isinstance(examples, list):
        for index, example in enumerate(examples):
            yield at + pointer("examples", index), example


def check_examples_present(context: Context) -> Iterator[Finding]:
    for _, _, operation, at in operations(context.document):
        body = resolve(context.document, operation.get("requestBody")) or {}
        for media_type, media in (body.get("content") or {}).items():
            if media_type in JSON_TYPES and not _has_example(media):
                where = at + pointer("requestBody", "content", media_type)
                yield context.finding(where, "example-missing", "request body has no example")
        for status, response in _responses(context, operation):
            if not status.startswith("2"):
                continue
            media = (response.get("content") or {}).get("application/json")
            if media is not None and not _has_example(media):
                where = at + pointer("responses", status, "content", "application/json")
                yield context.finding(where, "example-missing", f"{status} response has no example")


def _has_example(media: dict[str, Any]) -> bool:
    return "example" in media or bool(media.get("examples"))


def _responses(context: Context, operation: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for status, response in (operation.get("responses") or {}).items():
        resolved = resolve(context.document, response)
        if isinstance(resolved, dict):
            yield str(status), resolved


def _is_error_status(status: str) -> bool:
    return status == "default" or status[0] in "45"


def _error_schema_name(context: Context, response: dict[str, Any]) -> str | None:
    schema = ((response.get("content") or {}).get("application/json") or {}).get("schema") or {}
    ref = schema.get("$ref", "")
    name = ref.removeprefix("#/components/schemas/")
    return name if ref.startswith("#/components/schemas/") and name in context.error_schemas else None


def check_error_responses(context: Context) -> Iterator[Finding]:
    for path, method, operation, at in operations(context.document):
        responses = dict(_responses(context, operation))
        statuses = set(responses)
        shaped = [s for s, r in responses.items() if _is_error_status(s) and _error_schema_name(context, r)]
        if not shaped:
            message = f"{method.upper()} {path} has no error response in the shape {' or '.join(context.error_schemas)}"
            yield context.finding(at + "/responses", "error-response-missing", message)
        for status, response in responses.items():
            json_error = _is_error_status(status) and "application/json" in (response.get("content") or {})
            if json_error and not _error_schema_name(context, response):
                message = f"{status} response body must be $ref to one of {', '.join(context.error_schemas)}"
                yield context.finding(at + pointer("responses", status), "error-shape", message)
        if _is_secured(context, operation) and "401" not in statuses:
            yield context.finding(at + "/responses", "secured-without-401", f"{method.upper()} {path} is secured")
        if _takes_input(context, path, operation) and not statuses & {"400", "422"}:
            message = f"{method.upper()} {path} takes input but documents neither 400 nor 422"
            yield context.finding(at + "/responses", "input-without-400", message)
        if "{" in path and "404" not in statuses:
            message = f"{method.upper()} {path} has path parameters but no 404"
            yield context.finding(at + "/responses", "path-without-404", message)
        if "429" not in statuses:
            yield context.finding(at + "/responses", "missing-429", f"{method.upper()} {path} documents no 429")
        elif not any(name.lower() == "retry-after" for name in responses["429"].get("headers") or {}):
            yield context.finding(at + "/responses/429", "missing-429", "429 response has no Retry-After header")
        if not statuses & {"5XX", "500", "default"}:
            yield context.finding(at + "/responses", "missing-5xx", f"{method.upper()} {path} documents no 5XX")


def _is_secured(context: Context, operation: dict[str, Any]) -> bool:
    requirements = operation.get("security", context.document.get("security", []))
    return bool(requirements) and all(requirements)


def _takes_input(context: Context, path: str, operation: dict[str, Any]) -> bool:
    path_item = (context.document.get("paths") or {}).get(path) or {}
    return bool(operation.get("parameters") or path_item.get("parameters") or operation.get("requestBody"))


def check_references(context: Context) -> Iterator[Finding]:
    document = context.document
    refs = [(at, node["$ref"]) for at, node in walk(document) if isinstance(node, dict) and "$ref" in node]
    for at, ref in refs:
        if not isinstance(ref, str) or not ref.startswith("#/") or lookup(document, ref) is None:
            yield context.finding(at + "/$ref", "ref-dangling", f"$ref {ref!r} does not resolve")
    yield from _unused_components(context, refs)


def _unused_components(context: Context, refs: list[tuple[str, Any]]) -> Iterator[Finding]:
    document = context.document
    used: set[str] = set()
    pending = [ref for at, ref in refs if isinstance(ref, str) and not at.startswith("/components/")]
    while pending:
        target = _component_of(pending.pop())
        if target is None or target in used:
            continue
        used.add(target)
        node = lookup(document, "#" + target)
        pending.extend(n["$ref"] for _, n in walk(node) if isinstance(n, dict) and isinstance(n.get("$ref"), str))
    schemes = {name for requirement in _security_requirements(document) for name in requirement}
    used.update(pointer("components", "securitySchemes", name) for name in schemes)
    for kind, members in (document.get("components") or {}).items():
        for name in members or {}:
            at = pointer("components", kind, name)
            if at not in used:
                yield context.finding(at, "component-unused", f"{kind}/{name} is never referenced")


def _component_of(ref: str) -> str | None:
    parts = ref.removeprefix("#").split("/")
    return "/".join(parts[:4]) if len(parts) >= 4 and parts[1] == "components" else None


def _security_requirements(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from document.get("security") or []
    for _, _, operation, _ in operations(document):
        yield from operation.get("security") or []


def check_links(context: Context) -> Iterator[Finding]:
    known = {operation.get("operationId") for _, _, operation, _ in operations(context.document)}
    for at, node in walk(context.document):
        if "/links/" in at and isinstance(node, dict) and "operationId" in node and node["operationId"] not in known:
            message = f"link names unknown operationId {node['operationId']!r}"
            yield context.finding(at + "/operationId", "link-unknown-operation", message)


def check_pagination(context: Context) -> Iterator[Finding]:
    for path, _, operation, at in operations(context.document):
        paging = operation.get("x-pagination")
        if paging is None:
            continue
        where = at + "/x-pagination"
        for problem in _pagination_problems(context, path, operation, paging):
            yield context.finding(where, "pagination-invalid", problem)


def _pagination_problems(context: Context, path: str, operation: dict[str, Any], paging: Any) -> Iterator[str]:
    if not isinstance(paging, dict):
        yield "x-pagination must be a mapping"
        return
    path_item = (context.document.get("paths") or {}).get(path) or {}
    parameters = [
        resolve(context.document, p) or {} for p in operation.get("parameters", []) + path_item.get("parameters", [])
    ]
    queries = {p.get("name") for p in parameters if p.get("in") == "query"}
    for key in ("page_param", "size_param"):
        if paging.get(key) not in queries:
            yield f"{key} {paging.get(key)!r} is not a query parameter of the operation"
    ok = [r for s, r in _responses(context, operation) if s.startswith("2")]
    schema = (
        resolve(context.document, ((ok[0].get("content") or {}).get("application/json") or {}).get("schema"))
        if ok
        else None
    )
    if schema is None:
        yield "the operation has no 2xx JSON response to paginate"
        return
    if "has_next" not in paging and not {"current_page", "total_pages"} <= set(paging):
        yield "x-pagination needs has_next, or current_page and total_pages"
    for key in ("items", "has_next", "current_page", "total_pages"):
        if key in paging and _schema_at(context, schema, str(paging[key])) is None:
            yield f"{key} {paging[key]!r} is not a property path of the 2xx response"


def _schema_at(context: Context, schema: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        schema = resolve(context.document, (schema or {}).get("properties", {}).get(name))
        if schema is None:
            return None
    return schema


WEBSOCKET_AUTH_PLACES = ("header", "query")


def _websocket_entries(context: Context) -> Iterator[tuple[str, str, Any]]:
    for name, entry in (context.document.get("x-websockets") or {}).items():
        yield str(name), pointer("x-websockets", name), entry


def check_websocket_paths(context: Context) -> Iterator[Finding]:
    for name, at, entry in _websocket_entries(context):
        if not isinstance(entry, dict):
            yield context.finding(at, "websocket-path-missing", f"channel {name!r} must be a mapping")
            continue
        path, url = entry.get("path"), entry.get("url")
        if not isinstance(path, str) or not path.startswith("/"):
            yield context.finding(at, "websocket-path-missing", f"channel {name!r} needs a path starting with /")
        if not isinstance(url, str) or not url.startswith(("ws://", "wss://")):
            yield context.finding(at, "websocket-path-missing", f"channel {name!r} needs a ws:// or wss:// url")


def check_websocket_auth(context: Context) -> Iterator[Finding]:
    schemes = (context.document.get("components") or {}).get("securitySchemes") or {}
    for name, at, entry in _websocket_entries(context):
        auth = entry.get("auth") if isinstance(entry, dict) else None
        if not isinstance(auth, dict):
            yield context.finding(at, "websocket-auth-unknown", f"channel {name!r} has no auth mapping")
            continue
        if auth.get("scheme") not in schemes:
            message = f"auth scheme {auth.get('scheme')!r} is not in components/securitySchemes"
            yield context.finding(at + "/auth", "websocket-auth-unknown", message)
        if auth.get("in") not in WEBSOCKET_AUTH_PLACES or not isinstance(auth.get("name"), str):
            message = f"auth needs in: {' or '.join(WEBSOCKET_AUTH_PLACES)} and a name"
            yield context.finding(at + "/auth", "websocket-auth-unknown", message)


def check_websocket_messages(context: Context) -> Iterator[Finding]:
    for name, at, entry in _websocket_entries(context):
        if not isinstance(entry, dict):
            continue
        for key in ("receive", "send"):
            if key in entry or key == "receive":
                for problem in _message_problems(
                    context, entry.get(key), entry.get("topic_at") if key == "receive" else None
                ):
                    yield context.finding(at + "/" + key, "websocket-message-invalid", f"channel {name!r}: {problem}")


def _message_problems(context: Context, node: Any, topic_at: Any) -> Iterator[str]:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith(COMPONENT_PREFIX) or lookup(context.document, ref) is None:
        yield "must be a $ref to a component schema that exists"
        return
    schema = resolve(context.document, node)
    variants = schema.get("oneOf") if isinstance(schema, dict) and "oneOf" in schema else [node]
    refs = [v.get("$ref") if isinstance(v, dict) else None for v in variants or []]
    if not all(isinstance(r, str) and r.startswith(COMPONENT_PREFIX) and lookup(context.document, r) for r in refs):
        yield "every oneOf variant must be a $ref to a component schema that exists"
        return
    if topic_at is None:
        if len(refs) > 1:
            yield "a oneOf of several messages needs topic_at to tell them apart"
        return
    if not isinstance(topic_at, str) or not topic_at.startswith("/"):
        yield f"topic_at {topic_at!r} must be a JSON pointer"
        return
    untagged = [
        r for r in refs if topic_rule(context.document, str(r).removeprefix(COMPONENT_PREFIX), topic_at) == (None, None)
    ]
    if len(untagged) > 1:
        names = ", ".join(str(ref).removeprefix(COMPONENT_PREFIX) for ref in untagged)
        yield f"only one variant (the catch-all) may lack a const or pattern at {topic_at}: {names}"


def check_websocket_subscriptions(context: Context) -> Iterator[Finding]:
    registry = Registry().with_resource(SPEC_REF, Resource.from_contents(context.document, DRAFT202012))
    for name, at, entry in _websocket_entries(context):
        for key in ("subscribe", "unsubscribe"):
            raw = entry.get(key) if isinstance(entry, dict) else None
            if raw is None:
                continue
            for problem in _subscription_problems(context, registry, entry, raw):
                yield context.finding(at + "/" + key, "websocket-subscription-invalid", f"channel {name!r}: {problem}")


def _subscription_problems(context: Context, registry: Registry[Any], entry: dict[str, Any], raw: Any) -> Iterator[str]:
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("message"), dict)
        or not isinstance(raw.get("topic_at"), str)
    ):
        yield "needs a message mapping and a topic_at pointer into it"
        return
    if not isinstance(entry.get("topic_at"), str):
        yield "a channel with subscriptions needs topic_at, where received messages name their topic"
    if lookup(raw["message"], "#" + raw["topic_at"]) is None:
        yield f"topic_at {raw['topic_at']!r} is not inside the message"
    send = entry.get("send")
    ref = send.get("$ref") if isinstance(send, dict) else None
    if not isinstance(ref, str) or lookup(context.document, ref) is None:
        yield "a channel with subscriptions needs a send schema"
        return
    validator = Draft202012Validator({"$ref": SPEC_REF + ref}, registry=registry)
    for error in validator.iter_errors(raw["message"]):
        yield f"message does not validate against {ref}: {error.message}"


WEBSOCKET_RULES: tuple[Rule, ...] = (
    check_websocket_paths,
    check_websocket_auth,
    check_websocket_messages,
    check_websocket_subscriptions,
)


def check_jobs(context: Context) -> Iterator[Finding]:
    for at, message in jobs.problems(context.document):
        yield context.finding(at, "job-invalid", message)


RULES: tuple[Rule, ...] = (
    check_operation_ids,
    check_examples,
    check_examples_present,
    check_error_responses,
    check_references,
    check_links,
    check_pagination,
    *WEBSOCKET_RULES,
    check_jobs,
)
