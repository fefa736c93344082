"""The command line: turn arguments into calls of the library, print its findings, pick the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator import build, drift, lint
from generator.contract import commands as contract_commands
from generator.families import FAMILIES, Family, select
from generator.findings import Finding

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``apigen`` command line; return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        families = select(getattr(args, "families", None))
    except KeyError as exc:
        parser.error(str(exc.args[0]))
    handler = args.handler
    return int(handler(args, families))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apigen", description="Lint OpenAPI specs and generate Python clients.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    families_help = f"API families (default: all of {', '.join(FAMILIES)})"

    generate = commands.add_parser("generate", help="regenerate client packages into generated/")
    generate.add_argument("families", nargs="*", metavar="FAMILY", help=families_help)
    generate.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    generate.set_defaults(handler=_generate)

    check = commands.add_parser("check", help="fail if generated/ differs from a fresh generation")
    check.add_argument("families", nargs="*", metavar="FAMILY", help=families_help)
    check.set_defaults(handler=_check)

    lint_command = commands.add_parser("lint", help="check the specs")
    lint_command.add_argument("families", nargs="*", metavar="FAMILY", help=families_help)
    lint_command.set_defaults(handler=_lint)

    contract_commands.add(commands)
    return parser


def _generate(args: argparse.Namespace, families: list[Family]) -> int:
    failed = False
    for family in families:
        try:
            outcome = build.generate(family, force=args.force)
        except build.GenerationError as exc:
            failed = True
            _report(exc.findings)
            print(f"{family.name}: not generated; generated/{family.package} left as it was", file=sys.stderr)
            continue
        print(outcome.summary())
    return EXIT_FINDINGS if failed else EXIT_OK


def _check(args: argparse.Namespace, families: list[Family]) -> int:
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
    findings = [finding for family in families for finding in lint.lint_family(family)]
    _report(findings)
    if not findings:
        print(f"lint: no findings ({', '.join(f.name for f in families)})")
    return EXIT_FINDINGS if findings else EXIT_OK


def _report(findings: list[Finding]) -> None:
    for finding in findings:
        print(finding, file=sys.stderr)
    if findings:
        print(f"{len(findings)} finding(s)", file=sys.stderr)
