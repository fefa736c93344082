"""Every Python block of the root README and of each package README runs, in order, against the mocks.

A README is run the way a reader pastes its blocks one after the other into one interpreter (a fresh one per
README), with the URLs it writes pointed at the session's mocks and every other host refused. Some sections are
also checked for what they print.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mocks import Served
from .readme_examples import ROOT, python_blocks, run_blocks

READMES = ("README.md", *(f"generated/{name}_client/README.md" for name in ("pwc", "cortex", "reviewpoint")))
FILES = {"research_paper.pdf": b"%PDF-1.7 a paper\n"}  # what a reader of the examples has on disk

# heading -> what the blocks under it print, block by block
EXPECTED: dict[str, dict[str, list[list[str]]]] = {
    "README.md": {
        "Websocket channels": [
            ["widget widget-456", "export processing", "export handler: processing"],
            ["uploaded: research_paper.pdf", "FileUploadedMessage", "1520.75"],
        ],
        "A 30-second tour": [["Enrollment overview", "404", "CARDIO-3 Phase III"]],
    },
    "generated/cortex_client/README.md": {"Real-time channels": [["widget_id='widget-456'"], ["got "]]},
    "generated/reviewpoint_client/README.md": {"Real-time channels": [["FileUploadedMessage"], ["got "]]},
    "generated/pwc_client/README.md": {"Real-time channels": [["SalesUpdateMessage"], ["got "]]},
}


@pytest.mark.parametrize("readme", READMES)
def test_every_python_block_runs_against_the_mocks(readme: str, mocks: dict[str, Served], tmp_path: Path) -> None:
    path = ROOT / readme
    blocks = python_blocks(path)
    for name, content in FILES.items():
        (tmp_path / name).write_bytes(content)

    run = run_blocks(path, blocks, mocks, tmp_path)

    assert run.returncode == 0, f"{readme}: block {len(run.outputs) + 1} of {len(blocks)} failed:\n{run.stderr}"
    assert len(run.outputs) == len(blocks) > 0
    assert run.network == [], f"{readme} tried to reach {run.network}: only the mocks on loopback may be used"
    for heading, expected in EXPECTED.get(readme, {}).items():
        printed = [output for block, output in zip(blocks, run.outputs, strict=True) if block.heading == heading]
        assert len(printed) == len(expected), f"{readme}: {heading!r} has {len(printed)} blocks"
        for output, needles in zip(printed, expected, strict=True):
            assert all(needle in output for needle in needles), f"{readme} {heading!r} printed:\n{output}"


def test_blocks_are_found_with_their_line_and_heading() -> None:
    blocks = python_blocks(ROOT / "generated" / "reviewpoint_client" / "README.md")
    text = (ROOT / "generated" / "reviewpoint_client" / "README.md").read_text().splitlines()
    assert blocks[0].heading == "Log in and call the API"
    assert all(text[block.line - 2] == "```python" for block in blocks)
    assert all(text[block.line - 1] == block.code.splitlines()[0] for block in blocks)
