"""The public Python surfaces of two generated packages compared: what stops importing, calling or type-checking.

Modules are paired by name, then by the operation they call (an operationId or tag that changed renames the module,
the URL stays), then by identical content (a renamed schema); classes left over in a pair of modules, one on each
side, are a renamed class. Everything else is compared member by member and parameter by parameter.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.diff._change import Change, Level
from generator.diff._surface import Surface

__all__ = ["PythonAPI", "python_changes"]

_TEMPLATE = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class PythonAPI:
    """A generated package's public surface, and which operation each endpoint module calls (``GET /users``)."""

    package: str
    modules: Surface
    operations: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Param:
    name: str
    kind: str  # positional-only, positional, keyword-only, *args, **kwargs
    annotation: str
    default: str | None

    @property
    def required(self) -> bool:
        return self.default is None and self.kind not in ("*args", "**kwargs")

    def text(self) -> str:
        star = {"*args": "*", "**kwargs": "**"}.get(self.kind, "")
        default = f" = {self.default}" if self.default is not None else ""
        return f"{star}{self.name}: {self.annotation}{default}"


@dataclass(frozen=True)
class _Signature:
    prefix: str
    params: tuple[_Param, ...]
    returns: str | None

    @property
    def positional(self) -> list[_Param]:
        return [param for param in self.params if param.kind in ("positional-only", "positional")]

    def named(self) -> dict[str, _Param]:
        return {param.name: param for param in self.params if param.kind not in ("*args", "**kwargs")}

    def var(self, kind: str) -> _Param | None:
        return next((param for param in self.params if param.kind == kind), None)


def python_changes(old: PythonAPI, new: PythonAPI) -> list[Change]:
    """Every difference of the public Python API between two generated packages.

    The same change to several functions of a module (``sync``, ``asyncio``, ...) is reported once for them all.
    """
    return _merged(_Comparison(old, new).changes())


def _merged(changes: Iterator[Change]) -> list[Change]:
    groups: dict[tuple[str, ...], list[tuple[str, Change]]] = {}
    key: tuple[str, ...]
    for change in changes:
        head, colon, detail = change.message.partition(": ")
        owner, _, member = head.rpartition(".")
        key = (change.level, change.kind, change.operation, owner, detail) if colon and owner else (str(id(change)),)
        groups.setdefault(key, []).append((member, change))
    merged = []
    for key, members in groups.items():
        if len(members) == 1:
            merged.append(members[0][1])
            continue
        names = sorted(member for member, _ in members)
        first = next((change for member, change in members if member == "sync" or f"a{member}" in names), members[0][1])
        message = f"{key[3]}.{{{', '.join(names)}}}: {key[4]}"
        merged.append(
            Change(first.level, first.kind, first.operation, first.pointer, message, first.python, first.hint)
        )
    return merged


class _Comparison:
    def __init__(self, old: PythonAPI, new: PythonAPI) -> None:
        self.old, self.new = old, new
        self.pairs = _pair_modules(old, new)
        self.aliases = {
            name: entry[2:]
            for api in (old, new)
            for content in api.modules.values()
            for name, entry in content.items()
            if isinstance(entry, str) and entry.startswith("= ")
        }
        self.removed_objects = {f"{module}.{name}" for module, names in self._vanished().items() for name in names}

    def changes(self) -> Iterator[Change]:
        paired_old = {old for old, _ in self.pairs}
        paired_new = {new for _, new in self.pairs}
        for module, content in self.old.modules.items():
            if module not in paired_old and content:
                yield self._change(
                    "breaking",
                    "python-module-removed",
                    module,
                    self.old,
                    f"module {self._dotted(self.old, module)} removed",
                )
        for module, content in self.new.modules.items():
            if module not in paired_new and content:
                yield self._change(
                    "non-breaking",
                    "python-module-added",
                    module,
                    self.new,
                    f"module {self._dotted(self.new, module)} added",
                )
        for old_module, new_module in self.pairs:
            if old_module != new_module and self.old.modules[old_module]:
                before, after = self._dotted(self.old, old_module), self._dotted(self.new, new_module)
                hint = f"{_import(before)} -> {_import(after)}"
                yield self._change(
                    "breaking",
                    "python-module-renamed",
                    new_module,
                    self.new,
                    f"module {before} renamed to {after}",
                    hint,
                )
            yield from self._module(old_module, new_module)

    # ---------------------------------------------------------------------------------------------- modules

    def _vanished(self) -> dict[str, set[str]]:
        """Old module -> names that are gone or renamed (their re-exports are not reported again)."""
        pairs = dict(self.pairs)
        found: dict[str, set[str]] = {}
        for module, names in self.old.modules.items():
            target = pairs.get(module)
            if target is None or target != module:
                found[module] = set(names)
            else:
                found[module] = set(names) - set(self.new.modules[target])
        return found

    def _module(self, old_module: str, new_module: str) -> Iterator[Change]:
        before, after = self.old.modules[old_module], self.new.modules[new_module]
        lost = [name for name in before if name not in after]
        gained = [name for name in after if name not in before]
        renamed = _renamed_class(before, after, lost, gained)
        for name in lost:
            if name in renamed:
                continue
            entry = before[name]
            if isinstance(entry, str) and entry.startswith("-> ") and entry[3:] in self.removed_objects:
                continue
            what = _kind(entry)
            message = f"{what} {self._dotted(self.old, old_module, name)} removed"
            yield self._change("breaking", f"python-{what}-removed", new_module, self.new, message)
        for name in gained:
            if name in renamed.values():
                continue
            entry = after[name]
            if isinstance(entry, str) and entry.startswith("-> ") and entry[3:] not in self._old_objects():
                continue
            what = _kind(entry)
            message = f"{what} {self._dotted(self.new, new_module, name)} added"
            yield self._change("non-breaking", f"python-{what}-added", new_module, self.new, message)
        for old_name, new_name in renamed.items():
            before_name = self._dotted(self.old, old_module, old_name)
            after_name = self._dotted(self.new, new_module, new_name)
            message = f"class {before_name} renamed to {after_name}"
            yield self._change(
                "breaking", "python-class-renamed", new_module, self.new, message, f"{old_name} -> {new_name}"
            )
            yield from self._entry(new_module, new_name, before[old_name], after[new_name])
        for name in before.keys() & after.keys():
            yield from self._entry(new_module, name, before[name], after[name])

    def _old_objects(self) -> set[str]:
        return {f"{module}.{name}" for module, names in self.old.modules.items() for name in names}

    def _entry(self, module: str, name: str, before: Any, after: Any) -> Iterator[Change]:
        if before == after:
            return
        dotted = self._dotted(self.new, module, name)
        if _kind(before) != _kind(after):
            message = f"{dotted} was a {_kind(before)}, is now a {_kind(after)}"
            yield self._change("breaking", "python-kind-changed", module, self.new, message)
        elif isinstance(before, dict):
            yield from self._class(module, name, before, after)
        elif _is_callable(before):
            short = f"{module.rsplit('.', 1)[-1]}.{name}" if module else name
            yield from self._signature(module, dotted, short, before, after, fields=False)
        elif before.startswith("-> "):
            message = f"{dotted} now refers to {after[3:]} (was {before[3:]})"
            yield self._change("info", "python-export-changed", module, self.new, message)

    def _class(self, module: str, name: str, before: dict[str, Any], after: dict[str, Any]) -> Iterator[Change]:
        dotted = self._dotted(self.new, module, name)
        old_bases = {base.strip() for base in before.get("bases", "").split(",") if base.strip()}
        new_bases = {base.strip() for base in after.get("bases", "").split(",") if base.strip()}
        if old_bases - new_bases:
            message = f"class {dotted} no longer derives from {', '.join(sorted(old_bases - new_bases))}"
            yield self._change("breaking", "python-class-bases-changed", module, self.new, message)
        for key in ("fields", "init"):
            if key in before and key in after and before[key] != after[key]:
                yield from self._signature(module, dotted, name, before[key], after[key], fields=key == "fields")
            elif key in before and key not in after and "fields" not in after and "init" not in after:
                message = f"{dotted}: constructor arguments removed"
                yield self._change("breaking", "python-parameter-removed", module, self.new, message)
        members_before, members_after = before.get("members", {}), after.get("members", {})
        for member in members_before.keys() - members_after.keys():
            what = "method" if _is_callable(members_before[member]) else "attribute"
            yield self._change(
                "breaking", f"python-{what}-removed", module, self.new, f"{what} {dotted}.{member} removed"
            )
        for member in members_after.keys() - members_before.keys():
            what = "method" if _is_callable(members_after[member]) else "attribute"
            yield self._change(
                "non-breaking", f"python-{what}-added", module, self.new, f"{what} {dotted}.{member} added"
            )
        for member in sorted(members_before.keys() & members_after.keys()):
            old_entry, new_entry = members_before[member], members_after[member]
            if old_entry == new_entry:
                continue
            where = f"{dotted}.{member}"
            if _is_callable(old_entry) and _is_callable(new_entry):
                yield from self._signature(module, where, f"{name}.{member}", old_entry, new_entry, fields=False)
            elif old_entry.startswith("= ") and new_entry.startswith("= "):
                message = f"{where}: value {old_entry[2:]} -> {new_entry[2:]}"
                yield self._change("info", "python-value-changed", module, self.new, message)
            else:
                message = f"{where}: {old_entry} -> {new_entry}"
                yield self._change(
                    "breaking",
                    "python-attribute-type-changed",
                    module,
                    self.new,
                    message,
                    f"`{where}: {_annotation(old_entry)}` -> `{where}: {_annotation(new_entry)}`",
                )

    # ------------------------------------------------------------------------------------------- signatures

    def _signature(
        self, module: str, dotted: str, short: str, before: str, after: str, *, fields: bool
    ) -> Iterator[Change]:
        """Compare two signatures; ``fields`` for an attrs constructor, whose parameters are also read as attributes."""
        old, new = _parse(before), _parse(after)
        noun = "attribute" if fields else "parameter"

        def change(level: Level, kind: str, message: str, hint: str = "") -> Change:
            return self._change(level, kind, module, self.new, f"{dotted}: {message}", hint)

        if old.prefix != new.prefix:
            yield change("breaking", "python-function-kind-changed", f"{old.prefix} -> {new.prefix}")
        old_named, new_named = old.named(), new.named()
        renames = _renamed_parameters(old, new)
        for name, param in old_named.items():
            if name in renames:
                target = renames[name]
                yield change(
                    "breaking",
                    f"python-{noun}-renamed",
                    f"{noun} {name} renamed to {target}",
                    f"`{short}({name}=...)` -> `{short}({target}=...)`",
                )
                yield from self._parameter(change, short, noun, param, new_named[target], fields)
            elif name not in new_named:
                yield change(
                    "breaking",
                    f"python-{noun}-removed",
                    f"{noun} {name} removed",
                    f"`{short}({param.text()})` -> (gone)",
                )
            else:
                yield from self._parameter(change, short, noun, param, new_named[name], fields)
        for name, param in new_named.items():
            if name in old_named or name in renames.values():
                continue
            if param.required:
                yield change(
                    "breaking",
                    f"python-{noun}-added",
                    f"new required {noun} {name}",
                    f"`{short}(...)` -> `{short}(..., {param.text()})`",
                )
            else:
                yield change("non-breaking", f"python-{noun}-added", f"new optional {noun} {name}")
        moves = self._moves(old, new, noun, renames)
        if moves:
            message = f"positional {noun}s moved: {moves}"
            yield change("breaking", "python-parameter-moved", message, "pass them by keyword")
        for kind in ("*args", "**kwargs"):
            if old.var(kind) and not new.var(kind):
                yield change("breaking", "python-parameter-removed", f"{kind} no longer accepted")
            elif new.var(kind) and not old.var(kind):
                yield change("non-breaking", "python-parameter-added", f"now accepts {kind}")
        returns_changed = old.returns is not None and new.returns is not None and old.returns != new.returns
        if returns_changed and self._types(old.returns or "") != self._types(new.returns or ""):
            narrowed = self._narrower(new.returns or "", old.returns or "")
            message = f"returns {old.returns} -> {new.returns}"
            hint = f"`{short}(...) -> {old.returns}` -> `{short}(...) -> {new.returns}`"
            yield change(
                "non-breaking" if narrowed else "breaking",
                "python-return-type-changed",
                message,
                "" if narrowed else hint,
            )

    def _parameter(
        self, change: Any, short: str, noun: str, before: _Param, after: _Param, fields: bool
    ) -> Iterator[Change]:
        if before.kind != after.kind:
            widened = before.kind == "keyword-only" and after.kind == "positional"
            level: Level = "non-breaking" if widened else "breaking"
            hint = "" if widened else f"`{short}({_call_form(before)})` -> `{short}({_call_form(after)})`"
            yield change(
                level, "python-parameter-kind-changed", f"{noun} {after.name}: {before.kind} -> {after.kind}", hint
            )
        old_types, new_types = self._types(before.annotation), self._types(after.annotation)
        unset_only = old_types ^ new_types <= {"Unset", "None"}
        retyped = old_types != new_types
        type_text = f"type {before.annotation} -> {after.annotation}"
        if before.default is not None and after.default is None:
            hint = f"`{short}(...)` -> `{short}(..., {after.text()})`"
            yield change("breaking", f"python-{noun}-required", f"{noun} {after.name} is now required", hint)
            retyped = retyped and not unset_only
        elif before.default is None and after.default is not None:
            if fields:
                message = f"attribute {after.name} may now be unset: {type_text}"
                hint = f"`{short}.{after.name}: {before.annotation}` -> `{short}.{after.name}: {after.annotation}`"
                yield change("breaking", "python-attribute-type-changed", message, hint)
                return
            message = f"{noun} {after.name} is now optional (default {after.default})"
            yield change("non-breaking", f"python-{noun}-optional", message)
            retyped = retyped and not unset_only
        elif before.default != after.default:
            message = f"{noun} {after.name}: default {before.default} -> {after.default}"
            yield change("info", "python-default-changed", message)
        if retyped:
            widened = not fields and self._narrower(before.annotation, after.annotation)
            hint = f"`{short}({before.name}: {before.annotation})` -> `{short}({after.name}: {after.annotation})`"
            kind = f"python-{noun}-type-changed"
            message = f"{noun} {after.name}: {type_text}"
            yield change("non-breaking" if widened else "breaking", kind, message, "" if widened else hint)

    def _types(self, annotation: str) -> frozenset[str]:
        """The members of a union annotation, aliases (``AuthenticatedClient = Client``) resolved."""
        return frozenset(self.aliases.get(member, member) for member in _members(annotation))

    def _narrower(self, inner: str, outer: str) -> bool:
        """Whether every value of type ``inner`` is one of ``outer`` (as far as the annotations' text tells)."""
        outer_members = self._types(outer)
        generics = [found for found in map(_generic, outer_members) if found is not None]
        for member in self._types(inner) - outer_members:
            generic = _generic(member)
            if generic is None:
                return False
            if not any(base == generic[0] and self._narrower(generic[1], inside) for base, inside in generics):
                return False
        return True

    def _moves(self, old: _Signature, new: _Signature, noun: str, renames: dict[str, str]) -> str:
        """``name 2 -> 3, role 3 -> 4`` for the positional parameters that changed place; ``""`` when none did."""
        before = [param.name for param in old.positional]
        after = [param.name for param in new.positional]
        moved = []
        for index, name in enumerate(before):
            target = renames.get(name, name)
            if target in after and after.index(target) != index:
                moved.append(f"{target} {index + 1} -> {after.index(target) + 1}")
        return ", ".join(moved)

    # -------------------------------------------------------------------------------------------- helpers

    def _dotted(self, api: PythonAPI, module: str, name: str = "") -> str:
        return ".".join(part for part in (api.package, module, name) if part)

    def _change(self, level: Level, kind: str, module: str, api: PythonAPI, message: str, hint: str = "") -> Change:
        named = (word for word in message.replace(":", " ").split() if word.startswith(api.package + "."))
        operation = _operation_of(next(named, ""), api, module, self.new, self.old)
        if not operation and api is self.new:
            operation = next((self.new.operations.get(n) or "" for o, n in self.pairs if o == module), operation)
        python = self._dotted(api, module)
        return Change(level, kind, operation, "", message, python=python, hint=hint)


def _operation_of(dotted: str, api: PythonAPI, module: str, *apis: PythonAPI) -> str:
    """The operation of the longest attributed prefix of ``dotted`` (a method of a resource class calls one)."""
    parts = dotted.removeprefix(api.package + ".").split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        for candidate in apis:
            if prefix in candidate.operations:
                return candidate.operations[prefix]
    return next((candidate.operations[module] for candidate in apis if module in candidate.operations), "")


def _pair_modules(old: PythonAPI, new: PythonAPI) -> list[tuple[str, str]]:
    pairs = [(module, module) for module in old.modules if module in new.modules]
    left = [module for module in old.modules if module not in new.modules]
    right = [module for module in new.modules if module not in old.modules]
    by_operation = {_TEMPLATE.sub("{}", new.operations[m]): m for m in right if m in new.operations}
    for module in list(left):
        operation = old.operations.get(module)
        match = by_operation.get(_TEMPLATE.sub("{}", operation)) if operation else None
        if match is not None and match in right:
            pairs.append((module, match))
            left.remove(module)
            right.remove(match)
    fingerprints: dict[str, list[str]] = {}
    for module in right:
        fingerprints.setdefault(_fingerprint(new.modules[module]), []).append(module)
    for module in list(left):
        candidates = fingerprints.get(_fingerprint(old.modules[module]), [])
        if (
            len(candidates) == 1
            and old.modules[module]
            and sum(_fingerprint(old.modules[m]) == _fingerprint(old.modules[module]) for m in left) == 1
        ):
            pairs.append((module, candidates[0]))
            left.remove(module)
            right.remove(candidates[0])
    return pairs


def _fingerprint(content: dict[str, Any]) -> str:
    """A module's content with its class names left out: equal for a module renamed along with its class."""
    classes = [name for name, entry in content.items() if isinstance(entry, dict)]
    text = json.dumps(
        [entry if isinstance(entry, dict) else (name, entry) for name, entry in content.items()], sort_keys=True
    )
    for index, name in enumerate(classes):
        text = re.sub(rf"\b{re.escape(name)}\b", f"#{index}", text)
    return text


def _renamed_class(before: dict[str, Any], after: dict[str, Any], lost: list[str], gained: list[str]) -> dict[str, str]:
    lost_classes = [name for name in lost if isinstance(before[name], dict)]
    gained_classes = [name for name in gained if isinstance(after[name], dict)]
    return {lost_classes[0]: gained_classes[0]} if len(lost_classes) == len(gained_classes) == 1 else {}


def _renamed_parameters(old: _Signature, new: _Signature) -> dict[str, str]:
    """Positional parameters that kept their place and type under another name."""
    found = {}
    old_names, new_names = set(old.named()), set(new.named())
    for before, after in zip(old.positional, new.positional, strict=False):
        if before.name not in new_names and after.name not in old_names and before.annotation == after.annotation:
            found[before.name] = after.name
    return found


def _kind(entry: Any) -> str:
    if isinstance(entry, dict):
        return "class"
    if _is_callable(entry):
        return "function"
    return "export" if entry.startswith("-> ") else "name"


def _is_callable(entry: Any) -> bool:
    return (
        isinstance(entry, str)
        and entry.split(" (", 1)[0] in ("def", "async def", "classmethod", "staticmethod")
        or (isinstance(entry, str) and entry.startswith("("))
    )


def _parse(text: str) -> _Signature:
    prefix, _, rest = text.partition("(") if not text.startswith("(") else ("", "", text[1:])
    prefix = prefix.strip()
    tree = ast.parse(f"def _({rest}: ...", mode="exec")
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    arguments = function.args
    params: list[_Param] = []
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    for index, (argument, default) in enumerate(zip(positional, defaults, strict=True)):
        kind = "positional-only" if index < len(arguments.posonlyargs) else "positional"
        params.append(_param(argument, kind, default))
    if arguments.vararg is not None:
        params.append(_param(arguments.vararg, "*args", None))
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        params.append(_param(argument, "keyword-only", default))
    if arguments.kwarg is not None:
        params.append(_param(arguments.kwarg, "**kwargs", None))
    returns = ast.unparse(function.returns) if function.returns is not None else None
    return _Signature(prefix, tuple(params), returns)


def _param(argument: ast.arg, kind: str, default: ast.expr | None) -> _Param:
    annotation = ast.unparse(argument.annotation) if argument.annotation is not None else "Any"
    return _Param(argument.arg, kind, annotation, ast.unparse(default) if default is not None else None)


def _members(annotation: str) -> frozenset[str]:
    """The members of a union annotation (``A | B | None``)."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return frozenset({annotation})
    found: set[str] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, ast.BinOp) and isinstance(current.op, ast.BitOr):
            pending.extend((current.left, current.right))
        else:
            found.add(ast.unparse(current))
    return frozenset(found)


def _generic(annotation: str) -> tuple[str, str] | None:
    """``("Response", "Error | User")`` for ``Response[Error | User]``; None for anything else."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None
    if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Tuple):
        return ast.unparse(node.value), ast.unparse(node.slice)
    return None


def _annotation(entry: str) -> str:
    return entry.split(": ", 1)[1] if ": " in entry else entry


def _call_form(param: _Param) -> str:
    return f"{param.name}=..." if param.kind == "keyword-only" else f"<{param.name}>"


def _import(dotted: str) -> str:
    package, _, name = dotted.rpartition(".")
    return f"`from {package} import {name}`" if package else f"`import {name}`"
