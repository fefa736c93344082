"""Generate a client package: openapi-python-client plus our templates and runtime modules, then swap it in.

Nothing is written into the output folder until the whole package was generated and formatted in a temporary
folder beside it; a failure leaves the previous output as it was. openapi-python-client, ruff and Jinja are
imported only once generation is needed: an up-to-date check hashes files and returns.
"""

from __future__ import annotations

import contextlib
import gc
import io
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from generator import manifest
from generator.families import ROOT, TEMPLATES_DIR, Auth, Family
from generator.findings import Finding, ordered, relative
from generator.manifest import CACHE_DIRS, MANIFEST

if TYPE_CHECKING:
    from openapi_python_client import Project
    from openapi_python_client.config import Config
    from openapi_python_client.parser import GeneratorData

    from generator.diff import Snapshot
    from generator.spec import Spec

__all__ = [
    "CACHE_DIRS",
    "MANIFEST",
    "GenerationError",
    "Outcome",
    "Rendered",
    "Target",
    "generate",
    "generate_many",
    "generate_target",
    "inputs",
    "is_up_to_date",
    "render",
    "render_target",
]

RUNTIME_DIR = TEMPLATES_DIR / "runtime"
JINJA_CACHE = ROOT / ".cache" / "jinja"
OPTIONAL_RUNTIME = {
    "_download.py": "has_downloads",
    "_jobs.py": "has_jobs",
    "_oauth.py": "oauth2",
    "_pagination.py": "has_pagination",
    "_sse.py": "has_event_streams",
    "_upload.py": "has_uploads",
    "_websocket.py": "has_websockets",
    "channels.py.jinja": "has_websockets",
}
EXTRA_MODULES = {"jobs.py.jinja": "has_jobs"}  # package modules of ours that openapi-python-client cannot add
RESOURCE_TEMPLATE = "resource.py.jinja"  # one module per tag: resources/<tag>.py


class GenerationError(Exception):
    """Generation failed; carries findings naming the file and the reason."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        super().__init__("\n".join(str(finding) for finding in self.findings))


@dataclass(frozen=True)
class Target:
    """One package to generate: from which document, under which name, with what no document can say.

    Args:
        package: The Python package name (and the name of its folder inside the output folder).
        spec_path: The OpenAPI document.
        spec_name: The document as recorded in the manifest and named in the package's README.
        output_dir: Where the project (pyproject.toml, README.md, the package) goes.
        env_prefix: Prefix of the environment variables ``Client.from_env`` reads.
        auth: How clients log in, when they can.
        error_schemas: Component schemas of the error bodies, the first one the default.
        regenerate: The command that regenerates the package, for its README.
        strict: Refuse a document lint rejects, and any operation or schema that cannot be generated as written;
            otherwise generate what can be and report the rest.
        semver: Refuse (strict) or report a change the spec's ``info.version`` does not step up for.
        snapshot_only: Render only to take the package's snapshot (``generator.diff``): lenient, not formatted,
            no history, changelog or manifest.
    """

    package: str
    spec_path: Path
    spec_name: str
    output_dir: Path
    env_prefix: str
    auth: Auth | None = None
    error_schemas: tuple[str, ...] = ("Error",)
    regenerate: str = "make generate"
    strict: bool = True
    label: str = ""
    semver: bool = False
    snapshot_only: bool = False

    @classmethod
    def of(cls, family: Family) -> Target:
        return cls(
            package=family.package,
            spec_path=family.spec_path,
            spec_name=family.spec,
            output_dir=family.output_dir,
            env_prefix=family.env_prefix,
            auth=family.auth,
            error_schemas=family.error_schemas,
            label=family.name,
            semver=True,
        )

    @property
    def name(self) -> str:
        return self.label or self.package

    def options(self) -> dict[str, Any]:
        """What besides the document shapes the output (recorded in the manifest of a standalone package)."""
        if self.regenerate == "make generate":
            return {}
        return {"env_prefix": self.env_prefix, "strict": self.strict, "error_schemas": list(self.error_schemas)}


@dataclass(frozen=True)
class Outcome:
    """What generating a package did."""

    target: Target
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    files: int
    skipped: bool
    findings: tuple[Finding, ...] = ()
    operations: int = 0
    generated: int = 0

    def summary(self) -> str:
        where = relative(self.target.output_dir)
        if self.skipped:
            return f"{self.target.name}: {where} is up to date, nothing to do"
        return (
            f"{self.target.name}: generated {where} ({self.files} files, {len(self.changed)} written,"
            f" {len(self.removed)} removed)"
        )


@dataclass(frozen=True)
class Rendered:
    """A package rendered into a folder, and what was reported on the way (warnings and notes)."""

    path: Path
    findings: tuple[Finding, ...] = ()
    operations: int = 0
    generated: int = 0
    snapshot: Snapshot | None = None


def inputs(family: Family) -> dict[str, Any]:
    """Return the hashes and versions the output of a family depends on."""
    return manifest.inputs(family.spec, family.spec_path)


def _target_inputs(target: Target) -> dict[str, Any]:
    return manifest.inputs(target.spec_name, target.spec_path, target.options())


def is_up_to_date(family: Family) -> bool:
    """Return True when the manifest matches the current inputs and the files on disk match the manifest."""
    return manifest.is_up_to_date(family.output_dir, inputs(family))


def generate(family: Family, *, force: bool = False) -> Outcome:
    """Generate a family's package into ``generated/`` unless it is already up to date.

    Raises:
        GenerationError: The spec is invalid, openapi-python-client reported a problem, or a template failed.
    """
    return generate_target(Target.of(family), force=force)


def generate_many(families: Sequence[Family], *, force: bool = False) -> list[Outcome | GenerationError]:
    """Generate several families, side by side on a machine with several cores; each result in registry order.

    The up-to-date check runs first and alone; only the families that need it import openapi-python-client.
    """
    results: list[Outcome | GenerationError | None] = [
        None if force else _skipped(Target.of(family)) for family in families
    ]
    pending = [index for index, result in enumerate(results) if result is None]
    workers = min(len(pending), os.cpu_count() or 1)
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        _preload()  # once, before forking: every worker starts with the libraries imported
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_settle) as pool:
            done = pool.map(_generate_or_findings, [families[index] for index in pending], [force] * len(pending))
            for index, result in zip(pending, done, strict=True):
                results[index] = result if isinstance(result, Outcome) else GenerationError(result)
    else:
        for index in pending:
            outcome = _generate_or_findings(families[index], force)
            results[index] = outcome if isinstance(outcome, Outcome) else GenerationError(outcome)
    return [result for result in results if result is not None]


def _generate_or_findings(family: Family, force: bool) -> Outcome | list[Finding]:
    """:func:`generate`, with a refusal returned as its findings (what crosses a process boundary)."""
    try:
        return generate(family, force=force)
    except GenerationError as exc:
        return exc.findings


def _settle() -> None:
    """Tune the garbage collector of a worker, which lives for one or two packages.

    What the parent imported before forking is frozen: no collection scans it again (nor copies its pages). The
    youngest generation is collected every 20,000 allocations instead of 700: generating a package builds parse
    trees, templates and AST nodes by the hundred thousand, and the default spends a fifth of a worker's time
    scanning them while they are all still in use.
    """
    gc.freeze()
    gc.set_threshold(20_000, 10, 10)


def _preload() -> None:
    import importlib

    for module in ("openapi_python_client.parser", "generator.lint", "generator.normalize", "jsonschema"):
        importlib.import_module(module)
    importlib.import_module("generator.spec._validate")._validator_class(False)


def generate_target(target: Target, *, force: bool = False) -> Outcome:
    """Generate a package into its output folder unless it is already up to date (see :func:`generate`)."""
    skipped = None if force else _skipped(target)
    if skipped is not None:
        return skipped
    parent = target.output_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".tmp-{target.package}-", dir=parent) as scratch:
        rendered = render_target(target, Path(scratch) / target.output_dir.name)
        old = manifest.files(target.output_dir)
        new = manifest.files(rendered.path)
        changed = tuple(sorted(name for name, digest in new.items() if old.get(name) != digest))
        removed = tuple(sorted(set(old) - set(new)))
        _swap(rendered.path, target.output_dir)
    return Outcome(
        target, changed, removed, len(new), False, rendered.findings, rendered.operations, rendered.generated
    )


def _skipped(target: Target) -> Outcome | None:
    """What generating an up-to-date package does (nothing: its inputs and files hashed once); None otherwise."""
    if not target.spec_path.is_file():
        return None
    on_disk = manifest.up_to_date_files(target.output_dir, _target_inputs(target))
    return None if on_disk is None else Outcome(target, (), (), len(on_disk), skipped=True)


def render(family: Family, destination: Path) -> Path:
    """Generate a family's complete, formatted package into ``destination`` (which must not exist).

    Raises:
        GenerationError: See :func:`generate`.
    """
    return render_target(Target.of(family), destination).path


def render_target(target: Target, destination: Path) -> Rendered:
    """Generate a complete, formatted package into ``destination`` (which must not exist).

    A strict target refuses any lint finding and anything openapi-python-client cannot generate; a lenient one
    generates what it can and returns the rest as findings.

    Raises:
        GenerationError: The document is refused, or a template or the formatter failed.
    """
    from generator import lint, normalize
    from generator.spec import SpecError, load

    try:
        spec = load(target.spec_path)
    except SpecError as exc:
        raise GenerationError(exc.findings) from None
    problems: Callable[[], list[Finding]] = list
    reported: list[Finding] = []
    if target.strict:
        refused = [*lint.lint_spec(spec, target.error_schemas), *lint.check_auth(spec, target.auth)]
        if refused:
            raise GenerationError(ordered(refused))
    elif (
        not target.snapshot_only
    ):  # validity is reported, not refused: found on another core while openapi-python-client works
        extensions = lint.extension_problems(spec)  # the channels and jobs modules rely on them, in any mode
        if extensions:
            raise GenerationError(ordered(extensions))
        problems = _in_background(lint.generation_problems_at, target.spec_path)
        reported = lint.check_auth(spec, target.auth)
    document, notes = normalize.prepare(spec)
    reported.extend(notes)
    project, data, config = _project(target, spec, document, destination)
    dropped = normalize.upstream_problems(spec, data, project)
    reported.extend(dropped)
    package = _context(target, spec, data, config, reported)
    warnings = [finding for finding in reported if finding.severity != "note"]
    if target.strict and warnings:
        raise GenerationError(ordered(warnings))
    project.env.globals.update(package)
    _build(project)
    _render_runtime(project)
    _render_resources(project)
    if target.snapshot_only:
        return Rendered(destination, snapshot=_snapshot(target, spec, data, config, destination, package["resources"]))
    _format(target, destination)
    snapshot, versions = _record_history(target, spec, data, config, destination, package["resources"])
    if target.strict and versions:
        raise GenerationError(versions)
    reported.extend(problems())
    reported.extend(replace(finding, severity="warning") for finding in versions)
    recorded = manifest.manifest_text(target.package, _target_inputs(target), destination)
    (destination / MANIFEST).write_text(recorded, encoding="utf-8")
    counted = normalize.counts(spec, data)
    return Rendered(destination, tuple(ordered(reported)), counted[0], counted[1], snapshot)


def _snapshot(
    target: Target, spec: Spec, data: GeneratorData, config: Config, destination: Path, layer: Sequence[Any]
) -> Snapshot:
    """The spec and the public surface of the package rendered into ``destination``.

    Each endpoint module, and each resource method calling one, is attributed to its operation (``GET /users``).
    """
    from openapi_python_client.strings import PythonIdentifier

    from generator import diff

    operations = {
        f"api.{tag}.{PythonIdentifier(endpoint.name, config.field_prefix)}": (
            f"{endpoint.method.upper()} {endpoint.path.get_untrusted_value()}"
        )
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    operations |= {
        f"resources.{resource.module}.{resource.class_name}.{name}": operations[method.operation]
        for resource in layer
        for method in resource.methods
        if method.operation in operations
        for name in (method.name, method.async_name)
    }
    return diff.take(spec, destination / target.package, operations)


def _record_history(
    target: Target, spec: Spec, data: GeneratorData, config: Config, destination: Path, layer: Sequence[Any]
) -> tuple[Snapshot, list[Finding]]:
    """Write the package's history and changelog; return its snapshot and what its version number misses."""
    from generator import changelog, history

    snapshot = _snapshot(target, spec, data, config, destination, layer)
    try:
        previous = history.read(target.output_dir)
    except history.HistoryError as exc:
        raise GenerationError([exc.finding]) from None
    record = target.output_dir / history.RECORD
    recorded = history.advance(
        previous, snapshot, spec_path=target.spec_path, spec_file=_spec_file(target), record=record
    )
    (destination / history.RECORD).write_text(recorded.text(), encoding="utf-8")
    (destination / changelog.CHANGELOG).write_text(changelog.render(recorded), encoding="utf-8")
    problems = history.version_problems(recorded) if target.semver else []
    return snapshot, [spec.finding("/info/version", "version-bump", problem) for problem in problems]


def _spec_file(target: Target) -> str:
    """The document as the package names it: ``openapi/<family>.yaml``, or the file given to ``client``."""
    return target.spec_name if target.regenerate != "make generate" else f"openapi/{target.spec_path.name}"


def _in_background(function: Callable[[Path], list[Finding]], path: Path) -> Callable[[], list[Finding]]:
    """Start ``function(path)`` in a forked process where the platform has fork; return how to collect it."""
    if "fork" not in multiprocessing.get_all_start_methods():
        found = function(path)
        return lambda: found
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(function, path)

    def collect() -> list[Finding]:
        try:
            return future.result()
        finally:
            pool.shutdown()

    return collect


def _project(target: Target, spec: Spec, document: dict[str, Any], destination: Path) -> tuple[Project, Any, Any]:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    from generator import fast_decode, open_models, template_context

    config = Config.from_sources(
        ConfigFile(package_name_override=target.package, project_name_override=target.package, post_hooks=[]),
        MetaType.UV,
        target.spec_path,
        "utf-8",
        overwrite=True,
        output_path=destination,
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        detail = " ".join(f"{data.header}: {data.detail or ''}".split())
        raise GenerationError([spec.finding("", "openapi-python-client-error", detail)])
    open_models.open_unions(data)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.filters.update(template_context.FILTERS | open_models.FILTERS | fast_decode.FILTERS)
    project.env.bytecode_cache = _bytecode_cache()
    return project, data, config


def _bytecode_cache() -> Any:
    """Compiled templates, kept between runs (keyed by each template's source, so an edit recompiles it)."""
    import jinja2

    folder = JINJA_CACHE
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _context(
    target: Target, spec: Spec, data: GeneratorData, config: Config, reported: list[Finding]
) -> dict[str, Any]:
    from generator import template_context

    package, findings = template_context.build(
        spec,
        data,
        config,
        auth=target.auth,
        env_prefix=target.env_prefix,
        spec_file=_spec_file(target),
        error_schemas=target.error_schemas,
        regenerate=target.regenerate,
    )
    reported.extend(findings)
    return package.globals()


def _build(project: Project) -> None:
    """Lay the package out (what openapi-python-client reports was accounted for before)."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            project.build()
    except Exception as exc:  # a template raised: name the template and the reason
        raise GenerationError([Finding(relative(TEMPLATES_DIR), "", "template-error", _describe(exc))]) from None


def _render_runtime(project: Project) -> None:
    """Copy the runtime modules the API needs verbatim; render the modules of its constants, channels and jobs."""
    for source in sorted(RUNTIME_DIR.glob("_[!_]*.py")):
        condition = OPTIONAL_RUNTIME.get(source.name)
        if condition is None or project.env.globals[condition]:
            shutil.copyfile(source, project.package_dir / source.name)
    templates = [*sorted(RUNTIME_DIR.glob("*.jinja"))]
    templates += [TEMPLATES_DIR / name for name, condition in EXTRA_MODULES.items() if project.env.globals[condition]]
    for template_path in templates:
        condition = OPTIONAL_RUNTIME.get(template_path.name)
        if condition is not None and not project.env.globals[condition]:
            continue
        name = template_path.relative_to(TEMPLATES_DIR).as_posix()
        try:
            text = project.env.get_template(name).render()
        except Exception as exc:
            raise GenerationError([Finding(relative(template_path), "", "template-error", _describe(exc))]) from None
        (project.package_dir / template_path.name.removesuffix(".jinja")).write_text(text, encoding="utf-8")


def _render_resources(project: Project) -> None:
    """Render the resource layer: ``resources/<tag>.py`` per tag (``client.<tag>`` imports it on first use)."""
    layer = cast("list[Any]", project.env.globals["resources"])
    if not layer:
        return
    folder = project.package_dir / "resources"
    folder.mkdir()
    doc = '"""The resource classes behind ``client.<tag>``: one module per tag, imported on first use."""\n'
    (folder / "__init__.py").write_text(doc, encoding="utf-8")
    template_path = TEMPLATES_DIR / RESOURCE_TEMPLATE
    for resource in layer:
        try:
            text = project.env.get_template(RESOURCE_TEMPLATE).render(resource=resource)
        except Exception as exc:
            raise GenerationError([Finding(relative(template_path), "", "template-error", _describe(exc))]) from None
        (folder / f"{resource.module}.py").write_text(text, encoding="utf-8")


def _format(target: Target, destination: Path) -> None:
    from ruff import find_ruff_bin  # type: ignore[import-untyped]  # the binary `python -m ruff` runs, found here

    try:
        ruff = find_ruff_bin()
    except FileNotFoundError as exc:  # the ruff package without its binary: what `python -m ruff` says too
        raise GenerationError([Finding(relative(target.spec_path), "", "format-error", str(exc).strip())]) from None
    for command in (
        ["check", "--fix-only", "--unsafe-fixes", "--extend-select", "I", "-q", "."],
        ["format", "-q", "."],
    ):
        result = subprocess.run([ruff, *command], cwd=destination, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            message = f"ruff {command[0]} failed: {(result.stderr or result.stdout).strip()}"
            raise GenerationError([Finding(relative(target.spec_path), "", "format-error", message)])


def _swap(fresh: Path, target: Path) -> None:
    if not target.exists():
        os.replace(fresh, target)
        return
    retired = fresh.parent / (target.name + ".old")
    os.replace(target, retired)
    os.replace(fresh, target)
    shutil.rmtree(retired)


def _describe(exc: Exception) -> str:
    """Name the template line that raised (Jinja puts template frames into tracebacks), then the error."""
    import jinja2

    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith("jinja")]
    if isinstance(exc, jinja2.TemplateSyntaxError):
        frames.append((exc.filename or exc.name or "?", exc.lineno))
    where = f"{relative(Path(frames[-1][0]))}:{frames[-1][1]}: " if frames else ""
    return f"{where}{type(exc).__name__}: {exc}"
