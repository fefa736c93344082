"""Shared fixtures: the repository root and the generated packages on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = Path(__file__).resolve().parent / "specs"

for package_dir in sorted((ROOT / "generated").glob("*_client")):
    if str(package_dir) not in sys.path:
        sys.path.insert(0, str(package_dir))
