"""Driving a generated client package from spec data (test helper).

Only the stable surface of the generated code is used: ``<package>.api.<tag>.<operation_id>`` modules with
``_get_kwargs(**params)`` and ``sync_detailed(*, client, **params)``, models with ``from_dict``/``to_dict``, and the
package's ``Client``. Arguments are built from schemathesis cases through the type hints of ``_get_kwargs``.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import pkgutil
import sys
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from dateutil.parser import isoparse
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.contract._model import Operation, Parameter
from generator.contract._schemas import Schemas
from generator.contract.mock._request import _decode as decode_parameter
from generator.families import Family


class Inexpressible(Exception):
    """A valid value cannot be passed to the generated function (no argument, or the type refuses it)."""


def import_package(family: Family) -> types.ModuleType:
    """Import a family's generated package from generated/<package>/."""
    folder = str(family.output_dir)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(family.package)


def endpoint_modules(package: types.ModuleType) -> dict[str, types.ModuleType]:
    """Return every endpoint module of a package, by module name (the operationId)."""
    api = importlib.import_module(f"{package.__name__}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs") and hasattr(module, "sync_detailed"):
            found[info.name.rsplit(".", 1)[-1]] = module
    return found


def model_class(package: types.ModuleType, component: str) -> Any:
    """Return the model class generated for a component schema."""
    models = importlib.import_module(f"{package.__name__}.models")
    return getattr(models, str(ClassName(component, prefix="")))


def client_for(package: types.ModuleType, base_url: str, transport: httpx.BaseTransport, api_key: str) -> Any:
    """Build the package's Client on a custom transport, with retries off and an API key configured."""
    client_class = package.Client
    parameters = inspect.signature(client_class).parameters
    kwargs: dict[str, Any] = {"base_url": base_url}
    if "transport" in parameters:
        kwargs["transport"] = transport
    else:
        kwargs["httpx_args"] = {"transport": transport}
    optional = {"max_retries": 0, "api_key": api_key, "raise_on_unexpected_status": False}
    kwargs.update({name: value for name, value in optional.items() if name in parameters})
    return client_class(**kwargs)


def case_values(schemas: Schemas, operation: Operation, case: Any) -> dict[str, dict[str, Any]]:
    """Return the case's parameters by location, decoded from wire strings into their schema types."""
    sources = {
        "path": case.path_parameters or {},
        "query": case.query or {},
        "header": {key.lower(): value for key, value in (case.headers or {}).items()},
        "cookie": case.cookies or {},
    }
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
    for parameter in operation.parameters:
        key = parameter.name.lower() if parameter.location == "header" else parameter.name
        if key in sources[parameter.location]:
            raw = sources[parameter.location][key]
            wire = [_wire(item) for item in raw] if isinstance(raw, list) else [_wire(raw)]
            if isinstance(raw, list) and not raw:
                values[parameter.location][parameter.name] = []
                continue
            loc = (parameter.location, parameter.name)
            values[parameter.location][parameter.name], _ = decode_parameter(
                schemas, parameter.schema, wire, parameter, loc
            )
    return values


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def call_arguments(module: types.ModuleType, operation: Operation, case: Any, schemas: Schemas) -> dict[str, Any]:
    """Map a schemathesis case onto keyword arguments of the endpoint's functions.

    Raises:
        Inexpressible: A parameter or the body cannot be expressed through the generated signature.
    """
    function = module._get_kwargs
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function, globalns=vars(module))
    values = case_values(schemas, operation, case)
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        if parameter.name not in values[parameter.location]:
            continue
        name = python_name(parameter, signature)
        if name is None:
            msg = f"{parameter.location} parameter {parameter.name!r} has no argument in {list(signature.parameters)}"
            raise Inexpressible(msg)
        arguments[name] = to_python(values[parameter.location][parameter.name], hints[name])
    body = getattr(case, "body", None)
    if operation.body is not None and not _not_set(body):
        if "body" not in signature.parameters:
            raise Inexpressible(f"the request body has no argument in {list(signature.parameters)}")
        arguments["body"] = to_python(binary_as_bytes(schemas, operation, body), hints["body"])
    return arguments


def binary_fields(schemas: Schemas, operation: Operation) -> set[str]:
    """Names of the ``format: binary`` properties of a multipart body (file parts)."""
    content = operation.body.content if operation.body is not None else {}
    media = next((m for name, m in content.items() if name.startswith("multipart/")), None)
    node = schemas.node(media.schema) if media and media.schema else {}
    properties = node.get("properties", {}) if isinstance(node, dict) else {}
    return {key for key, value in properties.items() if (_resolve(schemas, value) or {}).get("format") == "binary"}


def _resolve(schemas: Schemas, value: Any) -> Any:
    return schemas.node(str(value["$ref"])[1:]) if isinstance(value, dict) and "$ref" in value else value


def binary_as_bytes(schemas: Schemas, operation: Operation, body: Any) -> Any:
    """File parts travel as bytes: a file drawn as text is encoded (UTF-8) the way it goes on the wire."""
    files = binary_fields(schemas, operation) if isinstance(body, dict) else set()
    return {k: v.encode() if k in files and isinstance(v, str) else v for k, v in body.items()} if files else body


def python_name(parameter: Parameter, signature: inspect.Signature) -> str | None:
    base = str(PythonIdentifier(parameter.name, prefix="field_"))
    for candidate in (base, f"{base}_{parameter.location}"):
        if candidate in signature.parameters:
            return candidate
    return None


def _not_set(value: Any) -> bool:
    return type(value).__name__ == "NotSet"


def to_python(value: Any, hint: Any) -> Any:
    """Convert a JSON-like value into what a generated signature declares (models, enums, dates, files)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        arms = [arm for arm in typing.get_args(hint) if getattr(arm, "__name__", "") != "Unset"]
        if value is None and type(None) in arms:
            return None
        problems = []
        for arm in (arm for arm in arms if arm is not type(None)):
            try:
                return to_python(value, arm)
            except (Inexpressible, TypeError, ValueError, KeyError, AttributeError) as exc:
                problems.append(f"{getattr(arm, '__name__', arm)}: {exc}")
        raise Inexpressible(f"{value!r} fits no arm of {hint}: {'; '.join(problems)}")
    if hint is Any:
        return value
    if origin is list:
        _require(isinstance(value, list), value, hint)
        return [to_python(item, typing.get_args(hint)[0]) for item in value]
    if origin is dict or hint is dict:
        _require(isinstance(value, dict), value, hint)
        return value
    if not isinstance(hint, type):
        return value
    return _CONVERTERS.get(hint, _convert_class)(value, hint)


def _require(condition: bool, value: Any, hint: Any) -> None:
    if not condition:
        raise Inexpressible(f"{value!r} is not a {getattr(hint, '__name__', hint)}")


def _convert_class(value: Any, hint: type) -> Any:
    if issubclass(hint, enum.Enum):
        return hint(value)
    if hasattr(hint, "from_dict"):
        _require(isinstance(value, dict), value, hint)
        return hint.from_dict(value)
    if hint.__name__ == "File":
        payload = value if isinstance(value, bytes) else str(value).encode()
        return hint(payload=io.BytesIO(payload), file_name="upload.bin", mime_type="application/octet-stream")
    _require(isinstance(value, hint), value, hint)
    return value


def _primitive(kind: type) -> Callable[[Any, type], Any]:
    def convert(value: Any, hint: type) -> Any:
        ok = isinstance(value, kind) and not (kind is not bool and isinstance(value, bool))
        if kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        _require(ok, value, hint)
        return value

    return convert


def _date(value: Any, hint: type) -> Any:
    _require(isinstance(value, str), value, hint)
    return datetime.date.fromisoformat(value)


def _datetime(value: Any, hint: type) -> Any:
    _require(isinstance(value, str), value, hint)
    return isoparse(value)


def _uuid(value: Any, hint: type) -> Any:
    _require(isinstance(value, str), value, hint)
    return uuid.UUID(value)


_CONVERTERS: dict[Any, Callable[[Any, type], Any]] = {
    bool: _primitive(bool),
    int: _primitive(int),
    float: _primitive(float),
    str: _primitive(str),
    datetime.date: _date,
    datetime.datetime: _datetime,
    uuid.UUID: _uuid,
}


def dump(value: Any) -> Any:
    """Turn a parsed result back into JSON-like data (models through ``to_dict``)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def equivalent(left: Any, right: Any) -> bool:
    """JSON equality, except that two date-time strings denoting the same instant are equal."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(equivalent(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(equivalent(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, str) and isinstance(right, str) and left != right:
        try:
            return bool(isoparse(left) == isoparse(right)) and "T" in left and "T" in right
        except (ValueError, OverflowError):
            return False
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return bool(left == right)
