"""Generate one family's client package: openapi-python-client plus our runtime modules, then swap it in.

Nothing is written into ``generated/`` until the whole package was generated and formatted in a temporary
folder beside it; a failure leaves the previous output as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator import template_context
from generator.families import GENERATED_DIR, ROOT, TEMPLATES_DIR, Family
from generator.findings import Finding, relative
from generator.lint import WEBSOCKET_RULES, Context, check_jobs, check_references, check_valid
from generator.spec import SpecError, load

MANIFEST = "generation-manifest.json"
RUNTIME_DIR = TEMPLATES_DIR / "runtime"
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
TOOLS = ("openapi-python-client", "ruff", "jinja2")
GENERATION_MODULES = (
    "build.py",
    "channels.py",
    "families.py",
    "findings.py",
    "jobs.py",
    "lint.py",
    "spec.py",
    "template_context.py",
)
CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


class GenerationError(Exception):
    """Generation failed; carries findings naming the file and the reason."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(str(finding) for finding in findings))


@dataclass(frozen=True)
class Outcome:
    """What generating a family did."""

    family: Family
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    files: int
    skipped: bool

    def summary(self) -> str:
        where = relative(self.family.output_dir)
        if self.skipped:
            return f"{self.family.name}: {where} is up to date, nothing to do"
        return (
            f"{self.family.name}: generated {where} ({self.files} files, {len(self.changed)} written,"
            f" {len(self.removed)} removed)"
        )


def inputs(family: Family) -> dict[str, Any]:
    """Return the hashes and versions the output of a family depends on."""
    return {
        "spec": {"path": family.spec, "sha256": _sha256(family.spec_path.read_bytes())},
        "templates_sha256": _tree_hash(TEMPLATES_DIR),
        "generator_sha256": _sha256(b"".join((ROOT / "generator" / name).read_bytes() for name in GENERATION_MODULES)),
        "tools": {tool: version(tool) for tool in TOOLS},
    }


def generate(family: Family, *, force: bool = False) -> Outcome:
    """Generate a family's package into ``generated/`` unless it is already up to date.

    Raises:
        GenerationError: The spec is invalid, openapi-python-client reported a problem, or a template failed.
    """
    if not force and is_up_to_date(family):
        return Outcome(family, (), (), len(_files(family.output_dir)), skipped=True)
    GENERATED_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".tmp-{family.package}-", dir=GENERATED_DIR) as scratch:
        fresh = render(family, Path(scratch) / family.package)
        old = _files(family.output_dir)
        new = _files(fresh)
        changed = tuple(sorted(name for name, digest in new.items() if old.get(name) != digest))
        removed = tuple(sorted(set(old) - set(new)))
        _swap(fresh, family.output_dir)
    return Outcome(family, changed, removed, len(new), skipped=False)


def is_up_to_date(family: Family) -> bool:
    """Return True when the manifest matches the current inputs and the files on disk match the manifest."""
    manifest_path = family.output_dir / MANIFEST
    if not manifest_path.is_file():
        return False
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except ValueError:
        return False
    on_disk = _files(family.output_dir)
    on_disk.pop(MANIFEST, None)
    return bool(manifest.get("inputs") == inputs(family) and manifest.get("files") == on_disk)


def render(family: Family, destination: Path) -> Path:
    """Generate a family's complete, formatted package into ``destination`` (which must not exist).

    Raises:
        GenerationError: See :func:`generate`.
    """
    try:
        document = load(family.spec_path)
    except SpecError as exc:
        raise GenerationError(exc.findings) from exc
    context = Context(document, relative(family.spec_path), family.error_schemas)
    invalid = [*check_valid(context), *(f for f in check_references(context) if f.rule == "ref-dangling")]
    invalid += [finding for rule in WEBSOCKET_RULES for finding in rule(context)]  # channels.py relies on them
    invalid = invalid or list(check_jobs(context))  # job checks read a valid document
    if invalid:
        raise GenerationError(invalid)
    project = _project(family, document, destination)
    _build(family, project)
    _render_runtime(family, project)
    _format(family, destination)
    _write_manifest(family, destination)
    return destination


def _project(family: Family, document: dict[str, Any], destination: Path) -> Project:
    config = Config.from_sources(
        ConfigFile(package_name_override=family.package, project_name_override=family.package, post_hooks=[]),
        MetaType.UV,
        family.spec_path,
        "utf-8",
        overwrite=True,
        output_path=destination,
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError([_finding(family, data)])
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.globals.update(template_context.globals_for(family, document))
    project.env.filters.update(template_context.FILTERS)
    return project


def _build(family: Family, project: Project) -> None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            errors = project.build()
    except Exception as exc:  # a template raised: name the template and the reason
        raise GenerationError([Finding(relative(TEMPLATES_DIR), "", "template-error", _describe(exc))]) from exc
    if errors:
        raise GenerationError([_finding(family, error) for error in errors])


def _render_runtime(family: Family, project: Project) -> None:
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
            raise GenerationError([Finding(relative(template_path), "", "template-error", _describe(exc))]) from exc
        (project.package_dir / template_path.name.removesuffix(".jinja")).write_text(text, encoding="utf-8")


def _format(family: Family, destination: Path) -> None:
    for command in (
        ["check", "--fix-only", "--unsafe-fixes", "--extend-select", "I", "-q", "."],
        ["format", "-q", "."],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command], cwd=destination, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            message = f"ruff {command[0]} failed: {(result.stderr or result.stdout).strip()}"
            raise GenerationError([Finding(relative(family.spec_path), "", "format-error", message)])


def _write_manifest(family: Family, destination: Path) -> None:
    manifest = {"package": family.package, "inputs": inputs(family), "files": _files(destination)}
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (destination / MANIFEST).write_text(text, encoding="utf-8")


def _swap(fresh: Path, target: Path) -> None:
    if not target.exists():
        os.replace(fresh, target)
        return
    retired = fresh.parent / (target.name + ".old")
    os.replace(target, retired)
    os.replace(fresh, target)
    shutil.rmtree(retired)


def _files(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): _sha256(path.read_bytes())
        for path in sorted(root.rglob("*"))
        if path.is_file() and not any(part in CACHE_DIRS for part in path.parts)
    }


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _finding(family: Family, error: GeneratorError) -> Finding:
    detail = " ".join(f"{error.header}: {error.detail or ''}".split())
    return Finding(relative(family.spec_path), "", f"openapi-python-client-{error.level.value.lower()}", detail)


def _describe(exc: Exception) -> str:
    """Name the template line that raised (Jinja puts template frames into tracebacks), then the error."""
    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith("jinja")]
    if isinstance(exc, jinja2.TemplateSyntaxError):
        frames.append((exc.filename or exc.name or "?", exc.lineno))
    where = f"{relative(Path(frames[-1][0]))}:{frames[-1][1]}: " if frames else ""
    return f"{where}{type(exc).__name__}: {exc}"
