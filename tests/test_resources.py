"""The resource layer of the committed packages: complete, thin, typed, discoverable, imported lazily.

``client.<tag>.<method>`` must reach every function the operation modules offer (calls, page iterators, downloads,
jobs, streams), with the same parameters, so that nothing is written twice; completion must list the methods;
the per-call options must reach the request and leave the client alone.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import resources
from generator.families import FAMILIES, Family

FUNCTIONS = re.compile(r"(sync|asyncio)(_items|_pages|_download|_and_wait|_and_download)?$")
OPTIONS = {"timeout", "extra_headers", "extra_query", "idempotency_key"}
PARAMETERS = FAMILIES.values()


def package_dir(family: Family) -> Path:
    return family.output_dir / family.package


def functions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    yield from (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))


def signature(function: ast.FunctionDef | ast.AsyncFunctionDef, drop: set[str]) -> list[tuple[str, ...]]:
    """(kind, name, annotation, default) of each parameter, ``builtins.`` spelled away."""
    arguments = function.args
    shown = []
    defaults = [None] * (len(arguments.args) - len(arguments.defaults)) + list(arguments.defaults)
    for argument, default in zip(arguments.args, defaults, strict=True):
        shown.append(("positional", argument, default))
    keywords = zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    shown += [("keyword", argument, default) for argument, default in keywords]
    return [
        (
            kind,
            argument.arg,
            _unaliased(ast.unparse(argument.annotation)) if argument.annotation else "",
            ast.unparse(default) if default is not None else "",
        )
        for kind, argument, default in shown
        if argument.arg not in drop
    ]


def _unaliased(annotation: str) -> str:
    """An annotation with the aliases the modules import names under spelled away (``_Callable``, ``builtins.``)."""
    annotation = re.sub(r"(?<![\w.])_(?=[A-Za-z])", "", annotation.replace("builtins.", ""))
    return annotation.replace("DownloadProgress", "Progress")


def resource_methods(family: Family) -> Iterator[tuple[str, str, ast.FunctionDef | ast.AsyncFunctionDef, str, str]]:
    """(resource module, method name, method, called module, called function) of every resource method."""
    for path in sorted((package_dir(family) / "resources").glob("[!_]*.py")):
        for method in functions(ast.parse(path.read_text())):
            imported = next(node for node in method.body if isinstance(node, ast.ImportFrom))
            returned = method.body[-1]
            assert isinstance(returned, ast.Return) and returned.value is not None
            call = returned.value.value if isinstance(returned.value, ast.Await) else returned.value
            assert isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            assert isinstance(call.func.value, ast.Name)
            module = (imported.module or "").removeprefix(".") + "." + call.func.value.id
            yield path.stem, method.name, method, module.lstrip("."), call.func.attr


def operation_functions(family: Family) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """("api.<tag>.<module>.<function>" or "jobs.<function>", function) of what the resources must reach."""
    root = package_dir(family)
    for path in sorted((root / "api").glob("*/[!_]*.py")):
        for function in ast.parse(path.read_text()).body:
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and FUNCTIONS.fullmatch(function.name):
                yield f"api.{path.parent.name}.{path.stem}.{function.name}", function
    if (root / "jobs.py").exists():
        for function in ast.parse((root / "jobs.py").read_text()).body:
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and "wait_for_" in function.name:
                yield f"jobs.{function.name}", function


@pytest.mark.parametrize("family", PARAMETERS, ids=FAMILIES)
def test_every_operation_function_is_one_resource_method_with_its_parameters(family: Family) -> None:
    wanted = dict(operation_functions(family))
    reached: dict[str, str] = {}
    for resource, name, method, module, function in resource_methods(family):
        target = f"{module}.{function}"
        assert target in wanted, f"{resource}.{name} calls {target}, which does not exist"
        assert target not in reached, f"{resource}.{name} and {reached[target]} both call {target}"
        reached[target] = f"{resource}.{name}"
        ours = [  # a job's deadline is wait_timeout (timeout is the HTTP one), its default imported under that name
            (kind, "timeout" if argument == "wait_timeout" else argument, annotation, default.replace("_WAIT_", "_"))
            for kind, argument, annotation, default in signature(method, {"self", *OPTIONS})
        ]
        theirs = signature(wanted[target], {"client"})
        assert ours == theirs, f"{resource}.{name} and {target} take different parameters"
        assert [argument for _, argument, _, _ in signature(method, {"self"})][-4:] == sorted(
            OPTIONS, key=["timeout", "extra_headers", "extra_query", "idempotency_key"].index
        )
    assert sorted(set(wanted) - set(reached)) == []


@pytest.mark.parametrize("family", PARAMETERS, ids=FAMILIES)
def test_completion_lists_the_resources_and_their_methods(family: Family) -> None:
    package = importlib.import_module(family.package)
    client = package.Client("https://api.example.org")
    attributes = {name for name in dir(client) if not name.startswith("_")}
    tags = {path.stem for path in (package_dir(family) / "resources").glob("[!_]*.py")}
    properties = {resources.resource_attribute(tag) for tag in tags}
    assert properties <= attributes
    assert attributes - properties == resources.CLIENT_ATTRIBUTES  # no resource hides an attribute of the client
    methods = {(resource, name) for resource, name, *_ in resource_methods(family)}
    for tag in tags:
        resource = getattr(client, resources.resource_attribute(tag))
        listed = {name for name in dir(resource) if not name.startswith("_")}
        assert listed == {name for each, name in methods if each == tag}
        assert all(getattr(resource, name).__doc__ for name in listed)
        assert repr(resource).startswith(f"<{type(resource).__name__} of Client(base_url='https://api.example.org'")


@pytest.mark.parametrize("family", PARAMETERS, ids=FAMILIES)
def test_the_readme_lists_every_method(family: Family) -> None:
    readme = (family.output_dir / "README.md").read_text()
    for resource, name, _, module, function in resource_methods(family):
        assert f"| `{name}` |" in readme or f"| `{name}` | `a" not in readme, f"{resource}.{name}"
        if function.startswith(("sync", "wait_for")):  # the table names the synchronous function a method calls
            row = next(line for line in readme.splitlines() if line.startswith(f"| `{name}` |") and module in line)
            assert f"`{module}.{function}`" in row


@pytest.mark.parametrize("family", PARAMETERS, ids=FAMILIES)
def test_no_argument_goes_undescribed(family: Family) -> None:
    for path in sorted(package_dir(family).rglob("*.py")):
        for function in functions(ast.parse(path.read_text())):
            doc = ast.get_docstring(function) or ""
            section = re.split(r"\n\s*\n", doc.split("Args:\n", 1)[1])[0] if "Args:\n" in doc else ""
            for line in section.splitlines():
                entry = re.match(r"^    (\w+)( \(.*?\))?:(.*)$", line)
                assert entry is None or entry.group(3).strip(), f"{path.name}:{function.name}: {line.strip()}"


LAZY = """
import json, sys
import httpx
import reviewpoint_client

def loaded():
    return sorted(m for m in sys.modules if m.startswith(("reviewpoint_client.resources.", "reviewpoint_client.api.")))

user = {"id": 7, "email": "ada@example.org", "name": "Ada"}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=user))
client = reviewpoint_client.Client("https://api.example.org", transport=transport)
steps = [loaded()]
client.users
steps.append(loaded())
client.users.get(7)
steps.append(loaded())
print(json.dumps(steps))
"""


def test_resources_and_operation_modules_are_imported_on_first_use() -> None:
    family = FAMILIES["reviewpoint"]
    result = subprocess.run(
        [sys.executable, "-c", LAZY], cwd=family.output_dir, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    imported, resource, called = json.loads(result.stdout)
    assert imported == []
    assert resource == ["reviewpoint_client.resources.users"]
    assert called == [
        "reviewpoint_client.api.users",
        "reviewpoint_client.api.users.get_user",
        "reviewpoint_client.resources.users",
    ]


def test_per_call_options_reach_the_request_and_leave_the_client_alone() -> None:
    package = importlib.import_module("reviewpoint_client")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"users": [], "total": 0, "page": 2, "size": 5, "has_next": False})

    client = package.Client(
        "https://api.example.org", transport=httpx.MockTransport(answer), async_transport=httpx.MockTransport(answer)
    )
    options: dict[str, Any] = {
        "timeout": 3.5,
        "extra_headers": {"X-Request-Source": "report", "Accept": "text/plain"},
        "extra_query": {"trace": "yes", "page": 9},
        "idempotency_key": "k-1",
    }
    client.users.list(page=2, size=5, **options)
    asyncio.run(client.users.alist(page=2, size=5, **options))
    list(client.users.iter(size=5, **options))
    client.users.list()

    for request in seen[:3]:
        assert request.headers["X-Request-Source"] == "report" and request.headers["Idempotency-Key"] == "k-1"
        assert request.url.params["trace"] == "yes" and request.url.params["page"] in ("2", "1")  # the operation's wins
        assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}
    assert seen[0].headers["Accept"] == "text/plain"  # besides what the operation sets
    plain = seen[3]
    assert "X-Request-Source" not in plain.headers and "Idempotency-Key" not in plain.headers
    assert "trace" not in plain.url.params and plain.extensions["timeout"]["read"] == 30.0
