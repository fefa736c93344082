"""The ``mock`` and ``fuzz`` subcommands (wired into generator.cli)."""

from __future__ import annotations

import argparse
from typing import Any


def add(commands: Any) -> None:
    """Register the contract subcommands on the CLI's subparsers."""
    del commands  # filled in by the contract-fuzzing work (issue 5)


def _unused(args: argparse.Namespace) -> None:  # pragma: no cover - placeholder
    del args
