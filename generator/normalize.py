"""Prepare a document for openapi-python-client, and account for what it could not generate.

Framework-generated documents carry names openapi-python-client would clash on: FastAPI's ``Model-Input`` /
``Model-Output`` pairs and same-named models from different modules share a title (one class name, so it drops
both and every operation using them), and one operationId serves every method of a catch-all route (one module
name, so the last operation silently overwrites the others). :func:`prepare` gives each such schema and operation
a name of its own, as a ``note``; :func:`upstream_problems` turns every operation or schema openapi-python-client
still drops or degrades into a ``warning`` with its pointer and reason.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.findings import Finding
from generator.spec import HTTP_METHODS, Operation, Spec, pointer, split
from generator.template_context import skeleton, upstream_endpoints

__all__ = ["counts", "prepare", "upstream_problems"]

_METHOD_SUFFIX = re.compile(rf"_({'|'.join(HTTP_METHODS)})$")
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")
_SCHEMA_HEADER = re.compile(r"(/components/schemas/[^\s]+)")
_OPERATION_HEADER = re.compile(rf"\b({'|'.join(m.upper() for m in HTTP_METHODS)}) (\S+)")


def prepare(spec: Spec) -> tuple[dict[str, Any], list[Finding]]:
    """Return the document openapi-python-client should read, and a note per name given on the user's behalf."""
    notes: list[Finding] = []
    titles = dict(_schema_titles(spec, notes))
    operation_ids = dict(_operation_ids(spec, notes))
    if not titles and not operation_ids:
        return spec.document, notes
    document = dict(spec.document)  # copied along the paths that change; the spec's own data stays as read
    if titles:
        components = document["components"] = dict(document["components"])
        schemas = components["schemas"] = dict(components["schemas"])
        for name, title in titles.items():
            schemas[name] = {**schemas[name], "title": title}
    for at, operation_id in operation_ids.items():
        node: Any = document
        for part in split(at):
            key: Any = int(part) if isinstance(node, list) else part
            node[key] = copy.copy(node[key])
            node = node[key]
        node["operationId"] = operation_id
    return document, notes


def _class_of(value: str) -> tuple[str, str]:
    name = ClassName(value, "field_")
    return str(name), str(PythonIdentifier(name, "field_"))


def _schema_titles(spec: Spec, notes: list[Finding]) -> Iterator[tuple[str, str]]:
    """Give every component schema whose class (or module) name another one has a title of its own: its key."""
    raw = (spec.document.get("components") or {}).get("schemas") or {}
    named: dict[str, tuple[str, str]] = {}
    for name, schema in raw.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        named[name] = _class_of(title if isinstance(title, str) and title else name)
    by_class: dict[str, list[str]] = defaultdict(list)
    by_module: dict[str, list[str]] = defaultdict(list)
    for name, (class_name, module) in named.items():
        by_class[class_name].append(name)
        by_module[module].append(name)
    clashing = {name for group in (*by_class.values(), *by_module.values()) if len(group) > 1 for name in group}
    taken = {class_name for name, (class_name, _) in named.items() if name not in clashing}
    for name in sorted(clashing):
        class_name, _ = _class_of(name)
        candidate, number = class_name, 2
        while candidate in taken:
            candidate, number = f"{class_name}{number}", number + 1
        taken.add(candidate)
        shared = named[name][0]
        message = f"schema {name!r} shares the class name {shared!r} with another schema; generated as {candidate!r}"
        notes.append(spec.finding(pointer("components", "schemas", name), "schema-renamed", message, "note"))
        yield name, candidate


def _module_name(operation: Operation) -> tuple[str, str]:
    tag = str(PythonIdentifier(operation.tags[0] if operation.tags else "default", "tag"))
    if operation.operation_id is None:
        name = generate_operation_id(path=UntrustedString(operation.path), method=operation.method, prefix="field_")
    else:
        name = PythonIdentifier(operation.operation_id, "field_")
    return tag, str(name)


def _operation_ids(spec: Spec, notes: list[Finding]) -> Iterator[tuple[str, str]]:
    """Give every operation whose module would overwrite another's (a shared operationId) a name of its own.

    Framework ids end in the method of one route (``..._get``); each sharer is named after its own method, and
    the one whose id already names its method keeps it.
    """
    groups: dict[tuple[str, str], list[Operation]] = defaultdict(list)
    for operation in spec.operations:
        groups[_module_name(operation)].append(operation)
    taken = set(groups)
    for (tag, module), sharers in groups.items():
        if len(sharers) < 2:
            continue
        keeper = next((op for op in sharers if _named_method(op) == op.method), sharers[0])
        for operation in sharers:
            if operation is keeper:
                continue
            base = operation.operation_id or module
            renamed = _METHOD_SUFFIX.sub(f"_{operation.method}", base)
            candidate = renamed if renamed != base else f"{base}_{operation.method}"
            number = 2
            while (tag, str(PythonIdentifier(candidate, "field_"))) in taken:
                candidate, number = f"{renamed}_{number}", number + 1
            taken.add((tag, str(PythonIdentifier(candidate, "field_"))))
            message = (
                f"{operation.label} shares the module name {module!r} with {keeper.label}; generated as {candidate!r}"
            )
            notes.append(spec.finding(operation.at, "operation-renamed", message, "note"))
            yield operation.at, candidate


def _named_method(operation: Operation) -> str | None:
    found = _METHOD_SUFFIX.search(operation.operation_id or "")
    return found.group(1) if found else None


def upstream_problems(spec: Spec, data: GeneratorData, project: Any) -> list[Finding]:
    """Return a warning per schema or operation openapi-python-client dropped or degraded, with its reason."""
    del project
    findings: list[Finding] = []
    for error in data.errors:
        header = _clean(error.header or "")
        match = _SCHEMA_HEADER.search(header)
        at = match.group(1) if match else ""
        reason = _reason(error.detail)
        findings.append(spec.finding(at, "schema-dropped", f"{header.rstrip(': ')}: {reason}", "warning"))
    generated = {(endpoint.method, skeleton(_raw(endpoint.path))) for _, endpoint in upstream_endpoints(data)}
    reported: set[tuple[str, str]] = set()
    for collection in data.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            header = _clean(error.header or "")
            match = _OPERATION_HEADER.search(header)
            operation = spec.operation(match.group(1).lower(), match.group(2)) if match else None
            at = operation.at if operation is not None else ""
            key = (operation.method, skeleton(operation.path)) if operation is not None else ("", "")
            reported.add(key)
            kept = key in generated
            rule = "operation-degraded" if kept else "operation-dropped"
            what = operation.label if operation is not None else header
            verb = "generated without a part" if kept else "not generated"
            findings.append(spec.finding(at, rule, f"{what} {verb}: {_reason(error.detail)}", "warning"))
    for operation in spec.operations:
        key = (operation.method, skeleton(operation.path))
        if key not in generated and key not in reported:
            message = f"{operation.label} not generated: openapi-python-client gave no reason"
            findings.append(spec.finding(operation.at, "operation-dropped", message, "warning"))
    return findings


def counts(spec: Spec, data: GeneratorData) -> tuple[int, int]:
    """Return (operations in the document, operations generated)."""
    generated = {(endpoint.method, skeleton(_raw(endpoint.path))) for _, endpoint in upstream_endpoints(data)}
    return len(spec.operations), sum((op.method, skeleton(op.path)) in generated for op in spec.operations)


def _raw(value: Any) -> str:
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _clean(text: str) -> str:
    return " ".join(_OBJECT_REPR.sub("?", text).split())


def _reason(detail: str | None) -> str:
    """The first sentence of an openapi-python-client error detail, without object reprs or schema dumps."""
    text = _clean((detail or "").split("\n\n")[0])
    if "Cannot parse response for status code" in text:
        found = re.search(r"\((.*)\), response will be omitted", text)
        return f"a response is left out ({found.group(1) if found else text})"
    return text or "no detail given"
