"""The wire contract of two documents compared: operations, parameters, bodies, responses, security, base path.

Operations are matched by method and path (path parameter names aside: ``/users/{id}`` and ``/users/{user_id}``
are the same URL), parameters by where they go and their name (path parameters by position).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.diff._change import Change, Level
from generator.diff._schemas import Direction, SchemaComparison
from generator.spec import Body, Media, Operation, Parameter, Response, SecurityScheme, Spec

__all__ = ["wire_changes"]

_TEMPLATE = re.compile(r"\{[^{}]*\}")
Requirement = frozenset[tuple[str, frozenset[str]]]


def wire_changes(old: Spec, new: Spec) -> list[Change]:
    """Every difference of the wire contract between two documents."""
    changes = [*_servers(old, new), *_schemes(old, new)]
    before = {_key(operation): operation for operation in old.operations}
    after = {_key(operation): operation for operation in new.operations}
    for key, operation in before.items():
        if key not in after:
            message = f"operation {operation.label}{_id(operation)} removed"
            changes.append(Change("breaking", "operation-removed", operation.label, operation.at, message))
    for key, operation in after.items():
        if key not in before:
            message = f"operation {operation.label}{_id(operation)} added"
            changes.append(Change("non-breaking", "operation-added", operation.label, operation.at, message))
        else:
            changes.extend(_operation(old, new, before[key], operation))
    return changes


def _key(operation: Operation) -> tuple[str, str]:
    return operation.method, _TEMPLATE.sub("{}", operation.path)


def _id(operation: Operation) -> str:
    return f" ({operation.operation_id})" if operation.operation_id else ""


def _servers(old: Spec, new: Spec) -> Iterator[Change]:
    if old.base_path != new.base_path:
        message = f"base path {old.base_path or '/'} -> {new.base_path or '/'}: every URL changes"
        yield Change("breaking", "base-path-changed", "", "/servers", message)
    elif old.base_url != new.base_url:
        message = f"default server {old.base_url or '(none)'} -> {new.base_url or '(none)'}"
        yield Change("info", "server-changed", "", "/servers", message)


def _schemes(old: Spec, new: Spec) -> Iterator[Change]:
    for name, scheme in old.security_schemes.items():
        changed = new.security_schemes.get(name)
        if changed is None:
            yield Change("breaking", "security-scheme-removed", "", scheme.at, f"security scheme {name} removed")
        elif _scheme_facts(scheme) != _scheme_facts(changed):
            message = f"security scheme {name}: {_scheme_text(scheme)} -> {_scheme_text(changed)}"
            yield Change("breaking", "security-scheme-changed", "", changed.at, message)
    for name, scheme in new.security_schemes.items():
        if name not in old.security_schemes:
            message = f"security scheme {name} added ({_scheme_text(scheme)})"
            yield Change("non-breaking", "security-scheme-added", "", scheme.at, message)


def _scheme_facts(scheme: SecurityScheme) -> tuple[object, ...]:
    flows = tuple((flow.kind, flow.token_url, flow.authorization_url, flow.refresh_url) for flow in scheme.flows)
    return scheme.kind, scheme.scheme, scheme.location, scheme.parameter_name.lower(), flows


def _scheme_text(scheme: SecurityScheme) -> str:
    if scheme.kind == "apiKey":
        return f"API key in {scheme.location} {scheme.parameter_name}"
    if scheme.kind == "http":
        return f"HTTP {scheme.scheme}"
    flows = ", ".join(f"{flow.kind} at {flow.token_url or flow.authorization_url}" for flow in scheme.flows)
    return f"{scheme.kind} ({flows})" if flows else scheme.kind


# ------------------------------------------------------------------------------------------------ operations


def _operation(old: Spec, new: Spec, before: Operation, after: Operation) -> Iterator[Change]:
    label = after.label
    if before.operation_id != after.operation_id:
        message = f"operationId {before.operation_id or '(none)'} -> {after.operation_id or '(none)'}"
        yield Change("info", "operation-id-changed", label, after.at, message)
    if after.deprecated and not before.deprecated:
        yield Change("info", "operation-deprecated", label, after.at, f"{label} is deprecated")
    yield from _security(before, after)
    schemas = SchemaComparison(old, new, label)
    yield from _parameters(before, after, schemas)
    yield from _body(before.body, after.body, after, schemas)
    yield from _responses(before, after, schemas)
    yield from schemas.changes


def _security(before: Operation, after: Operation) -> Iterator[Change]:
    old, new = _requirements(before), _requirements(after)
    if old == new:
        return
    label = after.label
    if frozenset() in old and frozenset() not in new:
        message = f"{label} now requires credentials ({_requirement_text(new)})"
        yield Change("breaking", "security-changed", label, after.at, message)
        return
    lost = {requirement for requirement in old - new if requirement}
    if lost:
        message = f"{label} no longer accepts {_requirement_text(lost)}"
        yield Change("breaking", "security-changed", label, after.at, message)
    gained = new - old
    if gained:
        message = f"{label} now also accepts {_requirement_text(gained)}"
        yield Change("non-breaking", "security-changed", label, after.at, message)


def _requirements(operation: Operation) -> frozenset[Requirement]:
    return frozenset(
        frozenset((name, frozenset(scopes)) for name, scopes in requirement.items())
        for requirement in operation.security or ({},)
    )


def _requirement_text(requirements: set[Requirement] | frozenset[Requirement]) -> str:
    def one(requirement: Requirement) -> str:
        if not requirement:
            return "no credentials"
        parts = sorted(
            f"{name}" + (f" [{', '.join(sorted(scopes))}]" if scopes else "") for name, scopes in requirement
        )
        return " + ".join(parts)

    return " or ".join(sorted(one(requirement) for requirement in requirements))


def _parameters(before: Operation, after: Operation, schemas: SchemaComparison) -> Iterator[Change]:
    old, new = _parameter_map(before), _parameter_map(after)
    label = after.label
    for key, parameter in old.items():
        if key not in new:
            message = f"{_where(parameter)} removed"
            yield Change("breaking", "parameter-removed", label, parameter.at, message)
    for key, parameter in new.items():
        previous = old.get(key)
        if previous is None:
            required = parameter.required and not parameter.has_default
            level: Level = "breaking" if required else "non-breaking"
            message = f"{_where(parameter)} added" + (", required" if required else ", optional")
            yield Change(level, "parameter-added", label, parameter.at, message)
            continue
        if parameter.required and not previous.required:
            yield Change("breaking", "parameter-required", label, parameter.at, f"{_where(parameter)} is now required")
        elif previous.required and not parameter.required:
            message = f"{_where(parameter)} is now optional"
            yield Change("non-breaking", "parameter-optional", label, parameter.at, message)
        if (previous.style, previous.explode) != (parameter.style, parameter.explode):
            message = (
                f"{_where(parameter)}: serialized as {previous.style}{' exploded' if previous.explode else ''}"
                f" -> {parameter.style}{' exploded' if parameter.explode else ''}"
            )
            yield Change("breaking", "parameter-style-changed", label, parameter.at, message)
        if previous.name != parameter.name:
            message = f"path parameter {previous.name} renamed to {parameter.name} (same URL)"
            yield Change("info", "parameter-renamed", label, parameter.at, message)
        schemas.compare(previous.schema, parameter.schema, "request", _where(parameter))


def _parameter_map(operation: Operation) -> dict[tuple[str, str], Parameter]:
    found: dict[tuple[str, str], Parameter] = {}
    positions = {name: str(index) for index, name in enumerate(operation.path_names)}
    for parameter in operation.parameters:
        if parameter.location == "path":
            key = ("path", positions.get(parameter.name, parameter.name))
        elif parameter.location == "header":
            key = ("header", parameter.name.lower())
        else:
            key = (parameter.location, parameter.name)
        found[key] = parameter
    return found


def _where(parameter: Parameter) -> str:
    return f"{parameter.location} parameter `{parameter.name}`"


def _body(before: Body | None, after: Body | None, operation: Operation, schemas: SchemaComparison) -> Iterator[Change]:
    label = operation.label
    if before is None and after is None:
        return
    if after is None:
        assert before is not None
        yield Change("breaking", "body-removed", label, before.at, "request body removed")
        return
    if before is None:
        level: Level = "breaking" if after.required else "non-breaking"
        message = "request body added" + (", required" if after.required else ", optional")
        yield Change(level, "body-added", label, after.at, message)
        return
    if after.required and not before.required:
        yield Change("breaking", "body-required", label, after.at, "request body is now required")
    elif before.required and not after.required:
        yield Change("non-breaking", "body-optional", label, after.at, "request body is now optional")
    yield from _media(before.content, after.content, label, "request", "request body", schemas)


def _media(
    before: dict[str, Media],
    after: dict[str, Media],
    label: str,
    direction: Direction,
    where: str,
    schemas: SchemaComparison,
) -> Iterator[Change]:
    for media_type, media in before.items():
        if media_type not in after:
            message = f"{where}: media type {media_type} removed"
            yield Change("breaking", "media-type-removed", label, media.at, message)
    for media_type, media in after.items():
        previous = before.get(media_type)
        if previous is None:
            message = f"{where}: media type {media_type} added"
            yield Change("non-breaking", "media-type-added", label, media.at, message)
        else:
            schemas.compare(
                previous.schema, media.schema, direction, where if len(after) == 1 else f"{where} {media_type}"
            )


def _responses(before: Operation, after: Operation, schemas: SchemaComparison) -> Iterator[Change]:
    old = {response.status: response for response in before.responses}
    new = {response.status: response for response in after.responses}
    label = after.label
    for status, response in old.items():
        if status not in new:
            message = f"response {status} removed"
            yield Change("breaking", "response-removed", label, response.at, message)
    for status, response in new.items():
        previous = old.get(status)
        if previous is None:
            yield Change("non-breaking", "response-added", label, response.at, f"response {status} added")
            continue
        yield from _headers(previous, response, label)
        yield from _media(previous.content, response.content, label, "response", f"response {status}", schemas)


def _headers(before: Response, after: Response, label: str) -> Iterator[Change]:
    old = {name.lower(): header for name, header in before.headers.items()}
    new = {name.lower(): header for name, header in after.headers.items()}
    for name, header in old.items():
        if name not in new:
            level: Level = "breaking" if header.required else "non-breaking"
            message = f"response {after.status} header {header.name} removed"
            yield Change(level, "header-removed", label, header.at, message)
    for name, header in new.items():
        if name not in old:
            message = f"response {after.status} header {header.name} added"
            yield Change("non-breaking", "header-added", label, header.at, message)
