"""Error bodies in the family's own shape, built by walking the error schema the spec documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.contract._schemas import Problem, Schemas
from generator.contract._values import synthesize

__all__ = ["ErrorContext", "error_body", "STATUS_CODES"]

STATUS_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "VALIDATION_ERROR",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
}
MESSAGE_NAMES = frozenset({"message", "detail", "msg", "error", "title", "description", "error_description"})
CODE_NAMES = frozenset({"code", "error_code", "type", "kind"})
DETAIL_NAMES = frozenset({"details", "errors", "fields", "context"})
STATUS_NAMES = frozenset({"status", "status_code"})
MAX_DEPTH = 6


@dataclass(frozen=True)
class ErrorContext:
    """What an error body can tell: the status, a message, the problems found and request values to echo."""

    status: int
    message: str
    problems: tuple[Problem, ...] = ()
    echo: dict[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return STATUS_CODES.get(self.status, "ERROR" if self.status < 500 else "INTERNAL_ERROR")


def error_body(schemas: Schemas, schema_at: str, context: ErrorContext, example: Any = None) -> Any:
    """Return an error body valid against the schema at ``schema_at``, filled from ``context``.

    Falls back to the documented example, then to a value synthesized from the schema alone.
    """
    candidates = [_fill(schemas, schemas.node(schema_at), "", context, None, 0), example]
    candidates.append(synthesize(schemas.resolver, schemas.node(schema_at)))
    for candidate in candidates:
        if candidate is not None and schemas.is_valid(schema_at, candidate):
            return candidate
    return candidates[0]


def _fill(schemas: Schemas, node: Any, name: str, context: ErrorContext, problem: Problem | None, depth: int) -> Any:
    node = _resolve(schemas, node)
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return None
    for key in ("oneOf", "anyOf", "allOf"):
        if node.get(key):
            return _fill(schemas, node[key][0], name, context, problem, depth + 1)
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in node):
        return _object(schemas, node, name, context, problem, depth)
    if kind == "array":
        return _array(schemas, node, name, context, problem, depth)
    if kind in ("integer", "number"):
        return context.status if name in STATUS_NAMES | CODE_NAMES else synthesize(schemas.resolver, node)
    if kind == "string":
        return _string(schemas, node, name, context, problem)
    return synthesize(schemas.resolver, node)


def _resolve(schemas: Schemas, node: Any) -> Any:
    return schemas.resolver.resolve(node, "")[0] if isinstance(node, dict) else node


def _object(
    schemas: Schemas, node: dict[str, Any], name: str, context: ErrorContext, problem: Problem | None, depth: int
) -> Any:
    properties: dict[str, Any] = node.get("properties") or {}
    if not properties:
        if name in DETAIL_NAMES and context.problems:
            return {".".join(map(str, p.loc)) or "request": p.message for p in context.problems}
        return {}
    wanted = MESSAGE_NAMES | CODE_NAMES | DETAIL_NAMES | STATUS_NAMES | {"loc"} | set(context.echo)
    required = set(node.get("required") or [])
    result = {}
    for key, schema in properties.items():
        if key in required or key in wanted:
            value = _fill(schemas, schema, key, context, problem, depth + 1)
            if value is not None or key in required:
                result[key] = value
    return result


def _array(
    schemas: Schemas, node: dict[str, Any], name: str, context: ErrorContext, problem: Problem | None, depth: int
) -> Any:
    items = node.get("items", {})
    if name == "loc":
        return list(problem.loc) if problem is not None and problem.loc else ["request"]
    problems = context.problems or (Problem((), context.message, context.code.lower()),)
    return [_fill(schemas, items, "", context, item, depth + 1) for item in problems]


def _string(schemas: Schemas, node: dict[str, Any], name: str, context: ErrorContext, problem: Problem | None) -> Any:
    if "enum" in node or "const" in node:
        options = node.get("enum") or [node.get("const")]
        return next((o for o in options if isinstance(o, str) and context.code.lower() in o.lower()), options[0])
    if name in context.echo:
        return str(context.echo[name])
    if name in CODE_NAMES:
        return problem.kind if problem is not None and name == "type" else context.code
    if name in MESSAGE_NAMES or not node.get("format"):
        return problem.message if problem is not None else context.message
    return synthesize(schemas.resolver, node)
