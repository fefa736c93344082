"""Spec lint: every rule reads the typed model (:mod:`generator.spec`) and returns findings located by file, line,
column and JSON pointer, named by the rule.

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
    response-closed         no schema a server sends (responses, websocket receive) sets additionalProperties: false
    response-required-undecided  each required field a server sends is justified in x-required-by (seed line, reason)
    websocket-path-missing  an x-websockets channel has a path (from "/") and a ws:// or wss:// url
    websocket-auth-unknown  a channel's auth names a security scheme of the spec, header or query, and a name
    websocket-message-invalid  receive/send are component $refs; each receive variant but a catch-all has a topic
    websocket-subscription-invalid  (un)subscribe messages hold their topic_at and validate against send
    job-invalid             x-job names operations and status properties that exist, and states the status has
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator import jobs
from generator.channels import COMPONENT_PREFIX, topic_rule
from generator.families import Auth, Family
from generator.findings import Finding, ordered
from generator.spec import SPEC_URI, Response, Spec, SpecError, load, lookup, operations, pointer, ref_pointer, resolve
from generator.spec._validate import validity

VERBS = frozenset(
    {
        *("authorize", "batch", "cancel", "check", "create", "delete", "download", "exchange", "export", "get"),
        *("list", "login", "logout", "monitor", "pause", "predict", "preview", "query", "refresh", "register"),
        *("replace", "resume", "run", "schedule", "search", "stream", "submit", "sync", "test", "update"),
        *("upload", "validate"),
    }
)
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
FORM_TYPES = ("application/json", "application/x-www-form-urlencoded")
COMPONENT_SCHEMA = "#/components/schemas/"


@dataclass(frozen=True)
class Context:
    """What every rule sees: the spec and the family's error schemas."""

    spec: Spec
    error_schemas: tuple[str, ...] = ("Error",)

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    def finding(self, at: str, rule: str, message: str) -> Finding:
        return self.spec.finding(at, rule, message)


Rule = Callable[[Context], Iterator[Finding]]


def lint_family(family: Family) -> list[Finding]:
    """Lint one family's spec, and the family's login settings against it (``family-auth``)."""
    try:
        spec = load(family.spec_path)
    except SpecError as exc:
        return exc.findings
    return ordered([*lint_spec(spec, family.error_schemas), *check_auth(spec, family.auth)])


def lint_path(path: Path, error_schemas: tuple[str, ...] = ("Error",)) -> list[Finding]:
    """Lint the document at ``path``; a document that cannot be read gives the findings that say why."""
    try:
        spec = load(path)
    except SpecError as exc:
        return exc.findings
    return lint_spec(spec, error_schemas)


def lint_spec(spec: Spec, error_schemas: tuple[str, ...] = ("Error",)) -> list[Finding]:
    """Run every rule over a spec; an invalid document is reported by the validity rules alone."""
    context = Context(spec, error_schemas)
    findings = list(check_valid(context))
    if any(finding.rule == "openapi-valid" for finding in findings):
        return ordered(findings)  # the rules read a valid document; dangling references they survive
    for rule in RULES:
        findings.extend(rule(context))
    return ordered(findings)


def check_valid(context: Context) -> Iterator[Finding]:
    """openapi-valid, and the dangling references that keep the validator from following the document."""
    dangling = list(check_references_resolve(context))
    yield from dangling
    if not dangling:
        yield from validity(context.spec)


def check_operation_ids(context: Context) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for operation in context.spec.operations:
        operation_id = operation.operation_id
        if operation_id is None:
            yield context.finding(operation.at, "operation-id-missing", f"{operation.label} has no operationId")
            continue
        at = operation.at + "/operationId"
        if operation_id in seen:
            message = f"operationId {operation_id!r} is also used at {seen[operation_id]}"
            yield context.finding(at, "operation-id-duplicate", message)
        seen.setdefault(operation_id, operation.at)
        if not SNAKE_CASE.match(operation_id) or operation_id.split("_")[0] not in VERBS:
            verbs = ", ".join(sorted(VERBS))
            message = f"operationId {operation_id!r} must be snake_case and start with a verb ({verbs})"
            yield context.finding(at, "operation-id-style", message)


def check_examples(context: Context) -> Iterator[Finding]:
    from jsonschema import Draft202012Validator
    from referencing.exceptions import Unresolvable

    spec = context.spec
    validators: dict[str, Any] = {}
    for example in spec.examples:
        if example.schema is None:
            continue
        if example.schema not in validators:
            validators[example.schema] = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{example.schema}"},
                registry=spec.resolver.registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
        try:
            errors = list(validators[example.schema].iter_errors(example.value))
        except Unresolvable:
            continue  # ref-dangling reports it
        for error in errors:
            where = pointer(*error.absolute_path) or "/"
            yield context.finding(example.at, "example-invalid", f"at {where}: {error.message}")


def check_examples_present(context: Context) -> Iterator[Finding]:
    for operation in context.spec.operations:
        for media_type, media in (operation.body.content if operation.body else {}).items():
            if media_type in FORM_TYPES and not media.has_example:
                yield context.finding(media.at, "example-missing", "request body has no example")
        for response in operation.responses:
            json_media = response.content.get("application/json")
            if response.is_success and json_media is not None and not json_media.has_example:
                yield context.finding(json_media.at, "example-missing", f"{response.status} response has no example")


def _error_schema_name(context: Context, response: Response) -> str | None:
    media = response.content.get("application/json")
    name = media.component if media is not None else None
    return name if name in context.error_schemas else None


def check_error_responses(context: Context) -> Iterator[Finding]:
    for operation in context.spec.operations:
        at, label, responses = operation.at + "/responses", operation.label, operation.responses
        statuses = operation.statuses
        if not any(r.is_error and _error_schema_name(context, r) for r in responses):
            message = f"{label} has no error response in the shape {' or '.join(context.error_schemas)}"
            yield context.finding(at, "error-response-missing", message)
        for response in responses:
            json_error = response.is_error and "application/json" in response.content
            if json_error and not _error_schema_name(context, response):
                message = f"{response.status} response body must be $ref to one of {', '.join(context.error_schemas)}"
                yield context.finding(operation.at + pointer("responses", response.status), "error-shape", message)
        if operation.is_secured and "401" not in statuses:
            yield context.finding(at, "secured-without-401", f"{label} is secured")
        if operation.takes_input and not statuses & {"400", "422"}:
            yield context.finding(at, "input-without-400", f"{label} takes input but documents neither 400 nor 422")
        if operation.path_names and "404" not in statuses:
            yield context.finding(at, "path-without-404", f"{label} has path parameters but no 404")
        too_many = next((r for r in responses if r.status == "429"), None)
        if too_many is None:
            yield context.finding(at, "missing-429", f"{label} documents no 429")
        elif not any(name.lower() == "retry-after" for name in too_many.headers):
            yield context.finding(at + "/429", "missing-429", "429 response has no Retry-After header")
        if not statuses & {"5XX", "500", "default"}:
            yield context.finding(at, "missing-5xx", f"{label} documents no 5XX")


def check_references_resolve(context: Context) -> Iterator[Finding]:
    for ref in context.spec.refs:
        if not context.spec.resolver.exists(ref.target):
            yield context.finding(ref.at + "/$ref", "ref-dangling", f"$ref {ref.target!r} does not resolve")


def check_components_used(context: Context) -> Iterator[Finding]:
    spec = context.spec
    inside: dict[str, list[str]] = {}
    pending: list[str] = []
    for ref in spec.refs:
        target = _component_of(ref.target)
        if target is None:
            continue
        owner = _component_of("#" + ref.at)
        if owner is None:
            pending.append(target)
        else:
            inside.setdefault(owner, []).append(target)
    used: set[str] = set()
    while pending:
        target = pending.pop()
        if target not in used:
            used.add(target)
            pending.extend(inside.get(target, ()))
    requirements = [*spec.security, *(r for operation in spec.operations for r in operation.security)]
    used.update(pointer("components", "securitySchemes", name) for requirement in requirements for name in requirement)
    used.update(pointer("components", "securitySchemes", c.auth_scheme) for c in spec.channels if c.auth_scheme)
    for kind, members in (spec.document.get("components") or {}).items():
        for name in members if isinstance(members, dict) else {}:
            at = pointer("components", kind, name)
            if at not in used:
                yield context.finding(at, "component-unused", f"{kind}/{name} is never referenced")


def _component_of(ref: str) -> str | None:
    """The pointer of the component a reference lands in (``/components/schemas/X``), or None."""
    at = ref_pointer(ref)
    parts = at.split("/") if at else []
    return "/".join(parts[:4]) if len(parts) >= 4 and parts[1] == "components" else None


def check_links(context: Context) -> Iterator[Finding]:
    known = set(context.spec.by_id)
    for operation in context.spec.operations:
        for response in operation.responses:
            for link in response.links:
                if link.operation_id not in known:
                    message = f"link names unknown operationId {link.operation_id!r}"
                    yield context.finding(link.at + "/operationId", "link-unknown-operation", message)


def check_model(context: Context) -> Iterator[Finding]:
    """What reading the document into the model met: pagination-invalid."""
    yield from context.spec.findings


SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")
SCHEMA_KEYS = ("items", "additionalProperties", "unevaluatedProperties", "contentSchema", "if", "then", "else")


def server_sent_schemas(document: dict[str, Any]) -> dict[str, str]:
    """Map the JSON pointer of every schema a server sends to the first response that reaches it.

    Servers send response bodies (every status, every media type, each event of an event stream) and the
    ``receive`` messages of ``x-websockets`` channels; ``$ref`` chains and every subschema are followed.
    """
    reached: dict[str, str] = {}
    pending: deque[tuple[str, str]] = deque()
    for path, method, operation, at in operations(document):
        for status, response in (operation.get("responses") or {}).items():
            response_at = _ref_target(response) or at + pointer("responses", status)
            resolved = resolve(document, response)
            for media_type in ((resolved or {}).get("content") or {}) if isinstance(resolved, dict) else ():
                origin = f"{method.upper()} {path} {status}"
                pending.append((response_at + pointer("content", media_type, "schema"), origin))
    for name, channel in (document.get("x-websockets") or {}).items():
        if isinstance(channel, dict) and "receive" in channel:
            pending.append((pointer("x-websockets", name, "receive"), f"websocket {name}"))
    while pending:
        at, origin = pending.popleft()
        node = lookup(document, "#" + at)
        if at in reached or not isinstance(node, dict):
            continue
        reached[at] = origin
        target = _ref_target(node)
        if target:
            pending.append((target, origin))
        pending.extend((at + pointer(key), origin) for key in SCHEMA_KEYS if isinstance(node.get(key), dict))
        for key in SCHEMA_LISTS:
            pending.extend((at + pointer(key, index), origin) for index in range(len(node.get(key) or [])))
        for key in SCHEMA_MAPS:
            pending.extend((at + pointer(key, name), origin) for name in node.get(key) or {})
    return reached


def _ref_target(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref[1:] if isinstance(ref, str) and ref.startswith("#/") else None


def check_response_closed(context: Context) -> Iterator[Finding]:
    for at, origin in server_sent_schemas(context.document).items():
        node = lookup(context.document, "#" + at)
        for key in ("additionalProperties", "unevaluatedProperties"):
            if node.get(key) is False:
                message = f"a schema the server sends ({origin}) is closed: servers add fields; leave it open"
                yield context.finding(at + pointer(key), "response-closed", message)


def seed_lines(spec: Spec) -> tuple[tuple[str, ...] | None, str | None]:
    """The lines of the seed a spec names in ``info.x-seed`` (relative to the spec's file), or why they are missing."""
    name = (spec.document.get("info") or {}).get("x-seed")
    if not isinstance(name, str):
        return None, None
    try:
        return tuple((Path(spec.file).parent / name).read_text(encoding="utf-8").splitlines()), None
    except OSError as exc:
        return None, f"seed {name!r} cannot be read ({exc.strerror or exc}), so x-required-by lines go unchecked"


def check_response_required(context: Context) -> Iterator[Finding]:
    seed, problem = seed_lines(context.spec)
    if problem:
        yield context.finding("/info/x-seed", "response-required-undecided", problem)
    for at, origin in server_sent_schemas(context.document).items():
        node = lookup(context.document, "#" + at)
        required = node.get("required") or []
        justified = node.get("x-required-by") or {}
        if not isinstance(justified, dict):
            message = "x-required-by must map each required field to a seed line number or a reason"
            yield context.finding(at + "/x-required-by", "response-required-undecided", message)
            continue
        for name in required:
            for undecided in _undecided(seed, name, justified.get(name)):
                message = f"required field {name!r} of a schema the server sends ({origin}): {undecided}"
                yield context.finding(at + "/required", "response-required-undecided", message)
        for name in sorted(set(justified) - set(required)):
            message = f"x-required-by justifies {name!r}, which is not required"
            yield context.finding(at + pointer("x-required-by", name), "response-required-undecided", message)


def _undecided(seed: tuple[str, ...] | None, name: str, why: Any) -> Iterator[str]:
    if why is None:
        yield (
            "no x-required-by entry; cite the seed line that reads it unconditionally (a line number),"
            " give the reason in words, or make it optional"
        )
    elif isinstance(why, bool) or not isinstance(why, int | str) or (isinstance(why, str) and not why.strip()):
        yield f"x-required-by must be a seed line number or a reason, not {why!r}"
    elif isinstance(why, int) and seed is not None:
        if not 1 <= why <= len(seed):
            yield f"seed line {why} does not exist (the seed has {len(seed)} lines)"
        elif name not in seed[why - 1]:
            yield f"seed line {why} does not name it: {seed[why - 1].strip()!r}"


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
    for name, at, entry in _websocket_entries(context):
        auth = entry.get("auth") if isinstance(entry, dict) else None
        if not isinstance(auth, dict):
            yield context.finding(at, "websocket-auth-unknown", f"channel {name!r} has no auth mapping")
            continue
        if auth.get("scheme") not in context.spec.security_schemes:
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
                topic_at = entry.get("topic_at") if key == "receive" else None
                for problem in _message_problems(context, entry.get(key), topic_at):
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
    for name, at, entry in _websocket_entries(context):
        for key in ("subscribe", "unsubscribe"):
            raw = entry.get(key) if isinstance(entry, dict) else None
            if raw is None:
                continue
            for problem in _subscription_problems(context, entry, raw):
                yield context.finding(at + "/" + key, "websocket-subscription-invalid", f"channel {name!r}: {problem}")


def _subscription_problems(context: Context, entry: dict[str, Any], raw: Any) -> Iterator[str]:
    from jsonschema import Draft202012Validator

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
    validator = Draft202012Validator({"$ref": SPEC_URI + ref}, registry=context.spec.resolver.registry)
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


def extension_problems(spec: Spec) -> list[Finding]:
    """The findings of the rules the generated channels and jobs modules rely on (refused in any mode)."""
    context = Context(spec)
    found = [finding for rule in WEBSOCKET_RULES for finding in rule(context)]
    return found or list(check_jobs(context))  # job checks read a valid document


def check_auth(spec: Spec, auth: Auth | None) -> list[Finding]:
    """Check a family's login and refresh settings against its spec (rule ``family-auth``)."""
    if auth is None:
        return []
    findings = []
    login = spec.operation("post", auth.login_path)
    if login is None:
        findings.append(
            spec.finding("/paths", "family-auth", f"the login path {auth.login_path!r} is no POST of the spec")
        )
    else:
        content_type = "application/json" if auth.login_body == "json" else "application/x-www-form-urlencoded"
        media = login.body.content.get(content_type) if login.body else None
        properties = spec.schema(media.schema) if media is not None else None
        named = set((properties or {}).get("properties") or {}) if isinstance(properties, dict) else set()
        missing = [field for field in auth.login_fields if field not in named]
        if missing:
            message = (
                f"the login body has no field {', '.join(map(repr, missing))} (login_fields {auth.login_fields!r})"
            )
            findings.append(spec.finding(login.at, "family-auth", message))
    if auth.refresh_path is not None and spec.operation("post", auth.refresh_path) is None:
        message = f"the refresh path {auth.refresh_path!r} is no POST of the spec"
        findings.append(spec.finding("/paths", "family-auth", message))
    if auth.api_key_as_bearer and not spec.bearer_schemes():
        findings.append(spec.finding("/components", "family-auth", "API keys as bearer tokens need a bearer scheme"))
    return findings


def generation_problems_at(path: Path) -> list[Finding]:
    """:func:`generation_problems` of the document at ``path`` (what a background process is handed)."""
    return generation_problems(load(path))


def generation_problems(spec: Spec) -> list[Finding]:
    """What keeps a document from being read exactly as written, as warnings: validity and the model's findings."""
    found = [*check_valid(Context(spec)), *spec.findings]
    return [replace(finding, severity="warning") for finding in ordered(found)]


RULES: tuple[Rule, ...] = (
    check_operation_ids,
    check_examples,
    check_examples_present,
    check_error_responses,
    check_components_used,
    check_links,
    check_model,
    check_response_closed,
    check_response_required,
    *WEBSOCKET_RULES,
    check_jobs,
)
