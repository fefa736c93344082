"""The default openapi-python-client output, generated from the same spec into a temporary folder.

The other alternatives are hand-written: ``_pydantic_models`` and ``_msgspec_structs``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

__all__ = ["generate_default_client", "upstream_command"]

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def upstream_command(spec: Path, output: Path) -> list[str]:
    """Plain openapi-python-client, generating a package (no project around it) at ``output``."""
    return [str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(output)]


def generate_default_client(folder: Path, package: str = "pwc_default") -> Path:
    """Generate openapi-python-client's default package for ``openapi/pwc.yaml`` into ``folder / package``."""
    output = folder / package
    command = [*upstream_command(ROOT / "openapi" / "pwc.yaml", output), "--meta", "none"]
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if result.returncode != 0:
        raise RuntimeError(f"openapi-python-client failed: {result.stdout[-500:]}{result.stderr[-500:]}")
    return output
