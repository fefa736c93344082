"""The Python blocks of a README, and running them all against the mocks (see ``readme_runner``)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .mocks import Served
from .readme_runner import MARKER

RUNNER = Path(__file__).with_name("readme_runner.py")
ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
TIMEOUT = 120


@dataclass(frozen=True)
class Block:
    """A fenced Python block: the README line its code starts on, the heading it is under, the code."""

    line: int
    heading: str
    code: str


@dataclass(frozen=True)
class Run:
    """What running a README's blocks printed, block by block, and the hosts it tried to reach besides loopback."""

    outputs: list[str]
    network: list[str]
    returncode: int
    stderr: str


def python_blocks(path: Path) -> list[Block]:
    """Every ```python block of a Markdown file, in order."""
    text = path.read_text(encoding="utf-8")
    blocks = []
    for found in FENCE.finditer(text):
        before = text[: found.start()]
        headings = re.findall(r"^#+ (.+)$", before, re.MULTILINE)
        blocks.append(Block(before.count("\n") + 2, headings[-1] if headings else "", found.group(1)))
    return blocks


def run_blocks(path: Path, blocks: list[Block], mocks: dict[str, Served], cwd: Path) -> Run:
    """Run the blocks in order, in one interpreter, with every URL a README writes pointed at the mocks."""
    urls = {served.family.module("_family").DEFAULT_BASE_URL: served.base_url for served in mocks.values()}
    job = {"file": str(path), "blocks": [[block.line, block.code] for block in blocks], "urls": urls}
    packages = [str(ROOT / "generated" / served.family.package_name) for served in mocks.values()]
    env = {key: value for key, value in os.environ.items() if not key.endswith(("_BASE_URL", "_API_KEY"))}
    env["PYTHONPATH"] = os.pathsep.join(packages)
    result = subprocess.run(
        [sys.executable, str(RUNNER)],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )
    network = re.findall(rf"^{re.escape(MARKER)} network (.+)$", result.stdout, re.MULTILINE)
    parts = re.split(rf"^{re.escape(MARKER)}\n", result.stdout, flags=re.MULTILINE)
    return Run(parts[:-1], network, result.returncode, result.stderr)
