"""The resident set of the current process, as the memory figures' child processes read it (Linux ``/proc``).

``reset_peak`` starts a new high-water mark (``VmHWM``) from the current resident set; ``status("VmHWM")`` after
some work minus ``status("VmRSS")`` before it is that work's peak rise.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["reset_peak", "status"]

STATUS = Path("/proc/self/status")


def status(field: str) -> int:
    """A size field of ``/proc/self/status`` (``VmRSS``, ``VmHWM``) in bytes; 0 when it is not there."""
    for line in STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def reset_peak() -> bool:
    """Reset the high-water mark to the current resident set; False where the kernel does not allow it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True
