"""What an operation's docstrings say, computed from the typed spec: each argument, and the errors it raises.

An argument's text is the spec's description of the parameter (or of its schema), then its default, bounds and
allowed values. ``Raises`` lists the error classes of the statuses the operation documents, chosen by the
runtime's own status table (``templates/runtime/_errors.py``, read as source), so a docstring names exactly what
the client raises. Templates lay the result out; nothing here knows about indentation.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from generator.families import TEMPLATES_DIR
from generator.spec import Operation, Parameter, Response, Spec

__all__ = ["OperationDocs", "error_class_name", "operation_docs", "parameter_text"]

RUNTIME_PACKAGE = "_apigen_runtime"
ALWAYS_RAISED = (
    ("ApiConnectionError", "No response arrived (``ApiTimeoutError`` when it timed out)."),
    ("MalformedResponseError", "The response body is not what the spec documents."),
)


@dataclass(frozen=True)
class OperationDocs:
    """An operation's docstring parts: summary, description, each argument's text and the errors it raises.

    ``args`` follow the order of the generated signature (path parameters, body, query, header, cookie) and are
    keyed by Python name; ``raises`` pairs an error class with the statuses that raise it.
    """

    summary: str
    description: str
    args: tuple[tuple[str, str], ...]
    raises: tuple[tuple[str, str], ...]


def operation_docs(spec: Spec, operation: Operation, names: dict[tuple[str, str], str]) -> OperationDocs:
    """The docstring parts of an operation; ``names`` maps (location, wire name) to the argument's Python name."""
    order = {"path": 0, "query": 2, "header": 3, "cookie": 4}
    parameters = sorted(operation.parameters, key=lambda p: order.get(p.location, 5))
    args = [(names[(p.location, p.name)], parameter_text(spec, p)) for p in parameters if (p.location, p.name) in names]
    if operation.body is not None and ("body", "body") in names:
        path_count = sum(1 for p in parameters if p.location == "path" and (p.location, p.name) in names)
        args.insert(path_count, (names[("body", "body")], body_text(spec, operation)))
    return OperationDocs(operation.summary, operation.description, tuple(args), raises(operation))


def parameter_text(spec: Spec, parameter: Parameter) -> str:
    """A parameter's description, then its default, bounds and allowed values, as sentences."""
    schema = spec.schema(parameter.schema)
    schema = schema if isinstance(schema, dict) else {}
    description = parameter.description or _text(schema.get("description")) or _text(schema.get("title"))
    parts = [_sentence(description)] if description else []
    if parameter.deprecated:
        parts.insert(0, "Deprecated.")
    bounds = parameter.bounds
    if bounds.enum:
        parts.append("One of " + ", ".join(repr(value) for value in bounds.enum) + ".")
    parts.extend(_limits(bounds.minimum, bounds.maximum, bounds.exclusive_minimum, bounds.exclusive_maximum))
    parts.extend(_lengths(bounds.min_length, bounds.max_length))
    if bounds.pattern:
        parts.append(f"Matches ``{bounds.pattern}``.")
    if parameter.has_default:
        parts.append(f"Default: {parameter.default!r}.")
    return " ".join(parts) or "Not described by the spec."


def body_text(spec: Spec, operation: Operation) -> str:
    """The request body's description: the spec's, else its schema's, else what it is."""
    body = operation.body
    assert body is not None
    media = next(iter(body.content.values()), None)
    schema = spec.schema(media.schema) if media is not None else None
    schema = schema if isinstance(schema, dict) else {}
    description = body.description or _text(schema.get("description")) or _text(schema.get("title"))
    kinds = ", ".join(body.content) or "no content type"
    text = _sentence(description) if description else "The request body."
    return f"{text} Sent as {kinds}." if len(body.content) > 1 or not media or not media.is_json else text


def raises(operation: Operation) -> tuple[tuple[str, str], ...]:
    """The errors an operation raises: one line per class, naming the documented statuses that raise it."""
    by_class: dict[str, list[Response]] = {}
    for response in sorted((r for r in operation.responses if r.is_error), key=_status_order):
        by_class.setdefault(error_class_name(response.status), []).append(response)
    lines = []
    for name, responses in by_class.items():
        lines.append((name, "; ".join(_status_line(response) for response in responses) + "."))
    if "ApiStatusError" not in by_class:
        lines.append(("ApiStatusError", "Any other error status (a subclass per status)."))
    return (*lines, *ALWAYS_RAISED)


def error_class_name(status: str) -> str:
    """The error class a documented status raises: the runtime's status table for a code, the base for a range."""
    if status.isdigit():
        return str(_runtime_errors().error_class(int(status)).__name__)
    if status == "5XX":
        return "ServerError"
    return "ApiStatusError"


def _status_line(response: Response) -> str:
    shown = "any other status" if response.status == "default" else response.status.replace("XX", "xx")
    description = " ".join(response.description.split()).rstrip(".")
    return f"{shown}: {description}" if description else shown


def _status_order(response: Response) -> tuple[int, str]:
    return (response.status == "default", response.status)


@functools.cache
def _runtime_errors() -> ModuleType:
    """The runtime's ``_errors`` module, imported from its source under a private package name."""
    if RUNTIME_PACKAGE not in sys.modules:
        runtime = TEMPLATES_DIR / "runtime"
        found = importlib.util.spec_from_file_location(
            RUNTIME_PACKAGE, runtime / "__init__.py", submodule_search_locations=[str(runtime)]
        )
        assert found is not None and found.loader is not None
        package = importlib.util.module_from_spec(found)
        sys.modules[RUNTIME_PACKAGE] = package
        found.loader.exec_module(package)
    return importlib.import_module(f"{RUNTIME_PACKAGE}._errors")


def _limits(
    minimum: float | None, maximum: float | None, exclusive_minimum: float | None, exclusive_maximum: float | None
) -> list[str]:
    low = f"at least {_number(minimum)}" if minimum is not None else None
    low = f"greater than {_number(exclusive_minimum)}" if exclusive_minimum is not None else low
    high = f"at most {_number(maximum)}" if maximum is not None else None
    high = f"less than {_number(exclusive_maximum)}" if exclusive_maximum is not None else high
    shown = [part for part in (low, high) if part]
    return [_sentence(", ".join(shown))] if shown else []


def _lengths(min_length: int | None, max_length: int | None) -> list[str]:
    if min_length is not None and max_length is not None:
        return [f"{min_length} to {max_length} characters."]
    if min_length is not None:
        return [f"At least {_characters(min_length)}."]
    return [f"At most {_characters(max_length)}."] if max_length is not None else []


def _characters(count: int) -> str:
    return f"{count} character" + ("" if count == 1 else "s")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
