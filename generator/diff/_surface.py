"""The public surface of a generated package, read from its source with :mod:`ast` (nothing is imported).

A surface is plain JSON: module (dotted, relative to the package; ``""`` for the package itself) -> public name ->

- ``"def (a: int, *, b: str = UNSET) -> X"`` for a function (``async def``, ``classmethod``, ``staticmethod``,
  ``property`` for members), without ``self``;
- ``"variable"`` for a module-level name, ``"= <value>"`` for a class constant (an enum member);
- ``"-> models.user.User"`` for a name re-exported from another public module, which describes it;
- ``{"bases": ..., "fields": "(...)" or "init": "(...)", "members": {...}}`` for a class: ``fields`` is the
  constructor attrs (or dataclasses) derive from the annotated fields, ``init`` an explicit ``__init__``.

Public modules are those without a ``_``-prefixed part; what they export (``__all__``, or else the public names they
define) is described even when it is defined in a private module (runtime classes re-exported by the package).

What each module defines, imports and exports is kept in ``.cache/surface/``, keyed by the SHA-256 of its source, of
this reader's source and of the Python version (whose :func:`ast.unparse` writes the descriptions): a package that
is generated again with the same files is not parsed again.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator.families import ROOT

__all__ = ["Surface", "read_surface"]

Surface = dict[str, dict[str, Any]]
CACHE_DIR = ROOT / ".cache" / "surface"
DATACLASS_DECORATORS = frozenset({"define", "_attrs_define", "frozen", "mutable", "s", "attrs", "dataclass"})
FIELD_CALLS = frozenset({"field", "_attrs_field", "attrib", "ib"})
PUBLIC_DUNDERS = frozenset(
    {"__call__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__iter__", "__aiter__", "__next__",
     "__anext__", "__getitem__", "__len__", "__contains__", "__bool__"}
)  # fmt: skip


@dataclass
class _Module:
    package: bool
    definitions: dict[str, Any] = field(default_factory=dict)  # name -> its description (see the module docstring)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name -> (module, name)
    exported: list[str] | None = None  # __all__
    type_vars: list[str] = field(default_factory=list)  # TypeVar and ParamSpec names: not part of the surface


def read_surface(package_dir: Path) -> Surface:
    """Read the public surface of the package in ``package_dir`` (the folder holding its ``__init__.py``)."""
    modules = {_module_name(path.relative_to(package_dir)): _read(path) for path in sorted(package_dir.rglob("*.py"))}
    modules.pop(None, None)
    surface: Surface = {}
    for name, module in sorted(modules.items(), key=lambda item: str(item[0])):
        assert name is not None
        if any(part.startswith("_") for part in name.split(".") if part):
            continue
        surface[name] = _describe_module(name, module, modules)
    return surface


def _module_name(relative: Path) -> str | None:
    parts = list(relative.with_suffix("").parts)
    if "__pycache__" in parts:
        return None
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _read(path: Path) -> _Module:
    """What the module at ``path`` defines, imports and exports: from the cache, or parsed (and then cached)."""
    source = path.read_bytes()
    key = hashlib.sha256(_reader_key() + source).hexdigest()
    cached = CACHE_DIR / f"{key}.json"
    try:
        summary = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        summary = _summary(ast.parse(source.decode("utf-8"), filename=str(path)))
        _store(cached, json.dumps(summary))
    imports = {name: (module, imported) for name, (module, imported) in summary["imports"].items()}
    return _Module(path.stem == "__init__", summary["definitions"], imports, summary["exported"], summary["type_vars"])


@cache
def _reader_key() -> bytes:
    """What a summary depends on besides the module's source: this reader and the Python that unparses."""
    return hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).digest()


def _summary(tree: ast.Module) -> dict[str, Any]:
    """A module's definitions (described), relative imports, ``__all__`` and type variables, as JSON."""
    definitions: dict[str, ast.stmt] = {}
    imports: dict[str, tuple[str, str]] = {}
    exported: list[str] | None = None
    for node in _statements(tree.body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            definitions[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Name):
                    definitions[target.id] = node
                    if target.id == "__all__":
                        exported = _strings(node.value)
        elif isinstance(node, ast.ImportFrom) and node.level:
            for alias in node.names:
                imports[alias.asname or alias.name] = ("." * node.level + (node.module or ""), alias.name)
    return {
        "definitions": {name: _describe(node) for name, node in definitions.items()},
        "imports": imports,
        "exported": exported,
        "type_vars": [name for name, node in definitions.items() if _is_type_var(node)],
    }


def _store(path: Path, text: str) -> None:
    """Write a cache entry whole or not at all (workers write side by side); a cache that cannot be written is none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as file:
            file.write(text)
        os.replace(file.name, path)
    except OSError:
        pass


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of a module body, those under ``if TYPE_CHECKING:`` included (a lazy package's imports)."""
    for node in body:
        if isinstance(node, ast.If) and _unparse(node.test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}:
            yield from node.body
        else:
            yield node


def _strings(value: ast.expr | None) -> list[str] | None:
    if isinstance(value, (ast.List, ast.Tuple)):
        return [
            element.value
            for element in value.elts
            if isinstance(element, ast.Constant) and isinstance(element.value, str)
        ]
    return None


def _describe_module(name: str, module: _Module, modules: dict[str | None, _Module]) -> dict[str, Any]:
    names = module.exported
    if names is None:
        names = [n for n in module.definitions if not n.startswith("_") and n not in module.type_vars]
    described: dict[str, Any] = {}
    for exported in names:
        entry = _entry(name, exported, module, modules, depth=0)
        if entry is not None:
            described[exported] = entry
    return described


def _entry(module_name: str, name: str, module: _Module, modules: dict[str | None, _Module], depth: int) -> Any:
    if name in module.definitions:
        return module.definitions[name]
    origin = module.imports.get(name)
    if origin is None or depth > 8:
        return None
    target = _resolve(module_name, module.package, origin[0])
    target_module = modules.get(target)
    if target_module is None:
        return None
    public = not any(part.startswith("_") for part in target.split(".") if part)
    exported = target_module.exported is None or origin[1] in target_module.exported
    if public and exported and origin[1] in target_module.definitions:
        return f"-> {target}.{origin[1]}".replace("-> .", "-> ")
    return _entry(target, origin[1], target_module, modules, depth + 1)


def _resolve(module_name: str, is_package: bool, relative: str) -> str:
    """The module ``from <relative> import ...`` names inside ``module_name`` (relative to the package root)."""
    level = len(relative) - len(relative.lstrip("."))
    parts = module_name.split(".") if module_name else []
    if not is_package:
        parts = parts[:-1]
    parts = parts[: len(parts) - (level - 1)] if level > 1 else parts
    rest = relative[level:]
    return ".".join([*parts, *([rest] if rest else [])])


def _is_type_var(node: ast.stmt) -> bool:
    value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
    return (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ("TypeVar", "ParamSpec")
    )


def _describe(node: ast.stmt) -> Any:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return _function(node, method=False)
    if isinstance(node, ast.ClassDef):
        return _class(node)
    if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Name, ast.Attribute)):
        return f"= {ast.unparse(node.value)}"  # an alias: AuthenticatedClient = Client
    return "variable"


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef, *, method: bool) -> str:
    decorators = {_decorator_name(decorator) for decorator in node.decorator_list}
    if "property" in decorators or "cached_property" in decorators:
        return f"property: {_unparse(node.returns)}"
    arguments = node.args
    if method and "staticmethod" not in decorators:
        arguments = _without_first(arguments)
    prefix = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
    if "classmethod" in decorators:
        prefix = "classmethod"
    elif "staticmethod" in decorators:
        prefix = "staticmethod"
    returns = f" -> {_unparse(node.returns)}" if node.returns is not None else ""
    return f"{prefix} ({ast.unparse(arguments)}){returns}"


def _without_first(arguments: ast.arguments) -> ast.arguments:
    copy = ast.arguments(
        posonlyargs=list(arguments.posonlyargs),
        args=list(arguments.args),
        vararg=arguments.vararg,
        kwonlyargs=list(arguments.kwonlyargs),
        kw_defaults=list(arguments.kw_defaults),
        kwarg=arguments.kwarg,
        defaults=list(arguments.defaults),
    )
    if copy.posonlyargs:
        copy.posonlyargs.pop(0)
    elif copy.args:
        copy.args.pop(0)
    return copy


def _class(node: ast.ClassDef) -> dict[str, Any]:
    bases = ", ".join(ast.unparse(base) for base in node.bases)
    described: dict[str, Any] = {"bases": bases} if bases else {}
    decorators = {_decorator_name(decorator): decorator for decorator in node.decorator_list}
    fields: list[str] | None = None if DATACLASS_DECORATORS.isdisjoint(decorators) else []
    members: dict[str, Any] = {}
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            name = statement.target.id
            if fields is not None and _in_init(statement) and "ClassVar" not in _unparse(statement.annotation):
                fields.append(_field(statement))
            elif not name.startswith("_"):
                members[name] = f"attribute: {_unparse(statement.annotation)}"
        elif isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    members[target.id] = f"= {ast.unparse(statement.value)}"
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = statement.name
            if name == "__init__":
                described["init"] = _function(statement, method=True).removeprefix("def ")
            elif _public_member(name) and "overload" not in {_decorator_name(d) for d in statement.decorator_list}:
                members[name] = _function(statement, method=True)
    if fields is not None and "init" not in described:
        keyword_only = any(_keyword_only(decorator) for decorator in decorators.values())
        described["fields"] = "(" + ", ".join(["*", *fields] if keyword_only and fields else fields) + ")"
    described["members"] = members
    return described


def _field(statement: ast.AnnAssign) -> str:
    assert isinstance(statement.target, ast.Name)
    text = f"{statement.target.id}: {_unparse(statement.annotation)}"
    value = statement.value
    if value is None:
        return text
    if isinstance(value, ast.Call) and _call_name(value) in FIELD_CALLS:
        keywords = {keyword.arg: keyword.value for keyword in value.keywords}
        if "default" in keywords:
            return f"{text} = {ast.unparse(keywords['default'])}"
        if "factory" in keywords:
            return f"{text} = {ast.unparse(keywords['factory'])}()"
        return text
    return f"{text} = {ast.unparse(value)}"


def _in_init(statement: ast.AnnAssign) -> bool:
    value = statement.value
    if isinstance(value, ast.Call) and _call_name(value) in FIELD_CALLS:
        for keyword in value.keywords:
            if keyword.arg == "init" and isinstance(keyword.value, ast.Constant) and keyword.value.value is False:
                return False
    return True


def _keyword_only(decorator: ast.expr) -> bool:
    if not isinstance(decorator, ast.Call):
        return False
    return any(
        keyword.arg == "kw_only" and isinstance(keyword.value, ast.Constant) and keyword.value.value is True
        for keyword in decorator.keywords
    )


def _public_member(name: str) -> bool:
    return not name.startswith("_") or name in PUBLIC_DUNDERS


def _decorator_name(decorator: ast.expr) -> str:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) else ""


def _call_name(call: ast.Call) -> str:
    return _decorator_name(call)


def _unparse(node: ast.expr | None) -> str:
    if node is None:
        return "Any"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value  # a string annotation: "Thing"
    return ast.unparse(node)
