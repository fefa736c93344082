"""The command line: turn arguments into calls of the library, print its findings, pick the exit code.

Heavy libraries (openapi-python-client, schemathesis, uvicorn) are imported by the commands that use them, so
that ``generate`` with nothing to do answers at once.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from generator import build
from generator.families import FAMILIES, Family, select
from generator.findings import Finding, ordered

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
OWN_COMMANDS = frozenset({"generate", "check", "lint", "client", "diff", "vendor"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``apigen`` command line; return the exit code."""
    _skip_httpx_command_line()
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(contract=not arguments or arguments[0] not in OWN_COMMANDS)
    args = parser.parse_args(arguments)
    try:
        families = select(getattr(args, "families", None))
    except KeyError as exc:
        parser.error(str(exc.args[0]))
    if args.handler is _client:
        problem = _client_usage(args)
        if problem:
            parser.error(problem)
    return int(args.handler(args, families))


def _skip_httpx_command_line() -> None:
    """Keep ``import httpx`` (done by openapi-python-client) from importing httpx's own command line.

    With click and rich installed, as here, that costs a third of a second per run; no command of ours uses it.
    """
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]  # None: "cannot be imported"


def _parser(contract: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apigen", description="Lint OpenAPI specs and generate Python clients.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    families_help = f"API families (default: all of {', '.join(FAMILIES)})"

    generate = commands.add_parser("generate", help="regenerate client packages into generated/")
    generate.add_argument("families", nargs="*", metavar="FAMILY", help=families_help)
    generate.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    generate.set_defaults(handler=_generate)

    check = commands.add_parser("check", help="fail if generated/ differs from a fresh generation")
    check.add_argument("families", nargs="*", metavar="FAMILY", help=families_help)
    check.add_argument(
        "--vendored",
        action="append",
        type=Path,
        metavar="PATH",
        help="instead: is this vendored copy current, stale (and what changed since) or edited by hand? (repeatable)",
    )
    check.set_defaults(handler=_check)

    lint_command = commands.add_parser("lint", help="check the specs")
    lint_command.add_argument("families", nargs="*", metavar="FAMILY", help=families_help)
    lint_command.set_defaults(handler=_lint)

    client = commands.add_parser(
        "client",
        help="generate a standalone client package from any OpenAPI 3.0/3.1 document (JSON or YAML)",
        description="Generate a client package from any OpenAPI document, without a registry entry. Every operation "
        "or schema that cannot be generated as written is reported with its JSON pointer and the reason; --strict "
        "refuses the document instead.",
    )
    client.add_argument("spec", type=Path, metavar="SPEC", help="the OpenAPI document (.json, .yaml or .yml)")
    client.add_argument("--package", required=True, help="the Python package name, e.g. acme_client")
    client.add_argument("--output", required=True, type=Path, help="the project folder to write (or regenerate)")
    client.add_argument("--env-prefix", help="prefix of the environment variables Client.from_env reads")
    client.add_argument("--strict", action="store_true", help="refuse the document on any problem")
    client.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    client.add_argument("--verbose", action="store_true", help="list every note (names given on your behalf)")
    client.set_defaults(handler=_client)

    copy = commands.add_parser(
        "vendor",
        help="copy a generated package into another project, with a stamp `check --vendored` reads",
        description="Copy generated/<package>/<package>/ to DEST/<name>/ (name: --package, default the package's "
        "own), the package's name rewritten in its modules, with vendor-stamp.json. A copy edited by hand is not "
        "overwritten without --force.",
    )
    copy.add_argument("family", metavar="FAMILY", help=f"one of {', '.join(FAMILIES)}")
    copy.add_argument("--dest", required=True, type=Path, metavar="DIR", help="the folder to put the package in")
    copy.add_argument("--package", metavar="NAME", help="the package's name in the other project")
    copy.add_argument("--force", action="store_true", help="overwrite a copy that was edited by hand")
    copy.set_defaults(handler=_vendor)

    changes = commands.add_parser(
        "diff",
        help="what a spec change breaks, on the wire and in the generated Python API",
        description="Compare two versions of a spec: two files (OLD NEW), or a family's spec at a git revision with "
        "the work tree (FAMILY --base REV). Both are generated into temporary folders to compare their Python API. "
        "Exit status: 1 when a change is breaking, 0 otherwise, 2 on bad input.",
    )
    changes.add_argument("versions", nargs="+", metavar="OLD NEW | FAMILY", help="two spec files, or a family")
    changes.add_argument("--base", metavar="REV", help="git revision of the family's spec to compare with")
    changes.add_argument("--format", choices=("markdown", "json"), default="markdown", help="output format")
    changes.add_argument("--package", help="package name to generate two files as (default: from the file name)")
    changes.set_defaults(handler=_diff)

    if contract:
        from generator.contract import commands as contract_commands

        contract_commands.add(commands)
    return parser


def _generate(args: argparse.Namespace, families: list[Family]) -> int:
    failed = False
    for family, result in zip(families, build.generate_many(families, force=args.force), strict=True):
        if isinstance(result, build.GenerationError):
            failed = True
            _report(result.findings)
            print(f"{family.name}: not generated; generated/{family.package} left as it was", file=sys.stderr)
        else:
            print(result.summary())
    return EXIT_FINDINGS if failed else EXIT_OK


def _check(args: argparse.Namespace, families: list[Family]) -> int:
    from generator import drift

    if args.vendored:
        if args.families:
            return _usage("check --vendored PATH takes no family: the copy's stamp names it")
        return _check_vendored(args.vendored)
    findings: list[Finding] = []
    for family in families:
        try:
            findings.extend(drift.check(family))
        except build.GenerationError as exc:
            findings.extend(exc.findings)
    _report(findings)
    if not findings:
        print(f"check: generated/ matches the specs and templates ({', '.join(f.name for f in families)})")
    return EXIT_FINDINGS if findings else EXIT_OK


def _lint(args: argparse.Namespace, families: list[Family]) -> int:
    from generator import lint

    findings = [finding for family in families for finding in lint.lint_family(family)]
    _report(findings)
    if not findings:
        print(f"lint: no findings ({', '.join(f.name for f in families)})")
    return EXIT_FINDINGS if findings else EXIT_OK


def _diff(args: argparse.Namespace, families: list[Family]) -> int:
    from generator import diff

    del families
    try:
        if args.base is not None:
            if len(args.versions) != 1 or args.versions[0] not in FAMILIES:
                known = ", ".join(FAMILIES)
                return _usage(f"diff --base REV takes one family ({known}), not {' '.join(args.versions)}")
            old, new = diff.since_revision(FAMILIES[args.versions[0]], args.base)
        elif len(args.versions) != 2:
            return _usage("diff takes two spec files (OLD NEW), or a family and --base REV")
        else:
            old, new = diff.between_files(Path(args.versions[0]), Path(args.versions[1]), args.package)
    except diff.DiffError as exc:
        for finding in exc.findings:
            print(f"diff: {finding}", file=sys.stderr)
        return EXIT_USAGE
    changes = diff.compare(old, new)
    if args.format == "json":
        print(diff.to_json(changes, old={"version": old.version}, new={"version": new.version}), end="")
    else:
        print(f"# {new.python.package}: {old.version} -> {new.version}\n\n{diff.summary(changes)}.\n")
        print(diff.markdown(changes), end="")
    return EXIT_FINDINGS if diff.worst(changes) == "breaking" else EXIT_OK


def _vendor(args: argparse.Namespace, families: list[Family]) -> int:
    from generator import vendor

    del families
    family = FAMILIES.get(args.family)
    if family is None:
        return _usage(f"unknown API family {args.family} (known: {', '.join(FAMILIES)})")
    try:
        written = vendor.vendor(family, args.dest, args.package, force=args.force)
    except vendor.VendorError as exc:
        print(f"vendor: {exc.finding}", file=sys.stderr)
        return EXIT_FINDINGS if exc.refused else EXIT_USAGE
    print(
        f"vendor: {family.package} copied to {written} (check it with: python -m generator check --vendored {written})"
    )
    return EXIT_OK


def _check_vendored(paths: list[Path]) -> int:
    from generator import diff, vendor

    worst = EXIT_OK
    for path in paths:
        try:
            verdict = vendor.check(path)
        except vendor.VendorError as exc:
            print(f"check: {exc.finding}", file=sys.stderr)
            worst = EXIT_USAGE
            continue
        family, where = verdict.family, path
        label = f"{where}: {' and '.join(verdict.states)}"
        if verdict.states == ("current",):
            print(f"{label}: {family.package} {verdict.current_version} as generated/{family.package} has it")
        if verdict.outdated:
            versions = f"vendored {verdict.vendored_version}, generated/{family.package} is {verdict.current_version}"
            print(f"{label}: {versions}; {len(verdict.outdated)} file(s) differ")
            print(f"\n{diff.summary(verdict.changes)} since the copy was made.\n")
            print(diff.markdown(verdict.changes) if verdict.changes else "No API change (generator or templates).\n")
        if verdict.edited:
            print(f"{label}: edited by hand: {', '.join(verdict.edited)}")
        if verdict.states != ("current",):
            dest, name = path.parent, verdict.name
            option = f" PACKAGE={name}" if name != family.package else ""
            force = " FORCE=1" if verdict.edited else ""
            print(f"update with: make vendor API={family.name} DEST={dest}{option}{force}")
            worst = max(worst, EXIT_FINDINGS)
        if verdict.generated_is_stale:
            print(f"note: generated/{family.package} is not up to date with openapi/{family.spec}: `make generate`")
    return worst


def _usage(message: str) -> int:
    print(f"apigen: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _client_usage(args: argparse.Namespace) -> str | None:
    if not args.package.isidentifier() or not args.package.islower():
        return f"--package {args.package!r} is not a lower-case Python identifier (e.g. acme_client)"
    prefix = args.env_prefix
    if prefix is not None and not (prefix.replace("_", "").isalnum() and prefix.isascii()):
        return f"--env-prefix {prefix!r} must be letters, digits and underscores"
    return None


def _client(args: argparse.Namespace, families: list[Family]) -> int:
    from generator import standalone

    del families
    target = standalone.target(args.spec, args.package, args.output, env_prefix=args.env_prefix, strict=args.strict)
    try:
        outcome = standalone.generate(target, force=args.force)
    except build.GenerationError as exc:
        _report(exc.findings)
        print(f"{args.package}: not generated; {args.output} left as it was", file=sys.stderr)
        return EXIT_FINDINGS
    _report(list(outcome.findings), notes=args.verbose)
    print(standalone.summary(outcome))
    return EXIT_OK


def _report(findings: list[Finding], *, notes: bool = True) -> None:
    """Print findings, one a line; notes (names given on the user's behalf) only counted unless asked for."""
    for finding in ordered(findings):
        if notes or finding.severity != "note":
            print(finding, file=sys.stderr)
    counts = {severity: sum(f.severity == severity for f in findings) for severity in ("error", "warning", "note")}
    if not notes and counts["note"]:
        rules = Counter(f.rule for f in findings if f.severity == "note")
        named = ", ".join(f"{count} {rule}" for rule, count in sorted(rules.items()))
        print(f"{counts['note']} note(s) not listed ({named}): --verbose lists them", file=sys.stderr)
    if findings:
        print(", ".join(f"{count} {severity}(s)" for severity, count in counts.items() if count), file=sys.stderr)
