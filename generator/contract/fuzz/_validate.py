"""Up-front checks of fuzzing options: each problem is one line, raised before any request is sent."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from urllib.parse import urlsplit

from generator.contract._model import Api, linked_operations
from generator.contract.fuzz._options import PHASES, FuzzOptions

__all__ = ["UsageError", "applicable_phases", "check_options"]

_RATE = re.compile(r"(\d+)/([smhd])")
_RATE_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


class UsageError(ValueError):
    """An option that cannot work; the message is one line, ready to print."""


def check_options(options: FuzzOptions, api: Api) -> FuzzOptions:
    """Return the options, normalized (the runner leaves out phases that do not apply, with a note).

    Raises:
        UsageError: An option is malformed, names something the spec does not have, or leaves nothing to run.
    """
    if options.base_url is not None:
        check_url(options.base_url)
    for name, value, least in (
        ("--max-examples", options.max_examples, 1),
        ("--max-time", options.max_time, 1),
        ("--request-timeout", options.request_timeout, 0.001),
        ("--websocket-seconds", options.websocket_seconds, 0),
        ("stateful steps", options.stateful_steps, 1),
        ("workers", options.workers, 1),
    ):
        if value is not None and value < least:
            msg = f"{name} must be at least {least:g} (got {value:g})"
            raise UsageError(msg)
    rate = check_rate(options.rate_limit) if options.rate_limit is not None else None
    check_phases(options.phases)
    check_operations(options.operations + options.skip_operations, api)
    if not any(options.selects(operation.name) for operation in api.operations):
        msg = f"every operation is left out ({', '.join(options.skip_operations)}): nothing to fuzz"
        raise UsageError(msg)
    phases, skipped = applicable_phases(options, api)
    if not phases:
        reason = "; ".join(f"{name}: {why}" for name, why in skipped.items())
        msg = f"no phase applies to the selected operations ({reason})"
        raise UsageError(msg)
    return replace(options, rate_limit=rate)


def check_url(url: str) -> None:
    """Raise :class:`UsageError` unless ``url`` is an absolute http(s) URL."""
    parts = urlsplit(url)
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        hint = f" (did you mean http://{url}?)" if "://" not in url and url else ""
        msg = f"--base-url {url!r} is not an http:// or https:// URL{hint}"
        raise UsageError(msg)
    if parts.username or parts.password:
        msg = "--base-url must not carry credentials: set them in the environment (see --help)"
        raise UsageError(msg)
    if parts.query or parts.fragment:
        msg = f"--base-url {url!r} must not carry a query or fragment"
        raise UsageError(msg)


def check_rate(rate: str) -> str:
    """Return a rate such as ``10/s`` normalized; raise :class:`UsageError` for anything else."""
    match = _RATE.fullmatch(rate.replace(" ", ""))
    if match is None or int(match.group(1)) < 1:
        units = ", ".join(f"N/{unit} (per {name})" for unit, name in _RATE_UNITS.items())
        msg = f"--rate-limit {rate!r} is not a rate: use {units}, e.g. 10/s"
        raise UsageError(msg)
    return f"{int(match.group(1))}/{match.group(2)}"


def check_phases(phases: tuple[str, ...]) -> None:
    unknown = [phase for phase in phases if phase not in PHASES]
    if unknown or not phases:
        shown = ", ".join(repr(phase) for phase in unknown) or "none given"
        msg = f"unknown phase {shown} (valid: {', '.join(PHASES)})"
        raise UsageError(msg)


def check_operations(operation_ids: tuple[str, ...], api: Api) -> None:
    known = [operation.name for operation in api.operations]
    for operation_id in operation_ids:
        if operation_id in known:
            continue
        near = difflib.get_close_matches(operation_id, known, n=3, cutoff=0.6)
        near += [name for name in known if operation_id.lower() in name.lower() and name not in near][: 3 - len(near)]
        hint = f"did you mean {', '.join(near)}?" if near else f"{api.family.name} has {_listing(known)}"
        msg = f"unknown operation {operation_id!r} in {api.family.name} ({hint})"
        raise UsageError(msg)


def applicable_phases(options: FuzzOptions, api: Api) -> tuple[tuple[str, ...], dict[str, str]]:
    """Split the requested phases into those that apply and those that do not (with why).

    The stateful phase follows response links, so it needs a link between two selected operations.
    """
    selected = {operation.name for operation in api.operations if options.selects(operation.name)}
    skipped: dict[str, str] = {}
    if "stateful" in options.phases and not linked_operations(api, selected):
        which = "the selected operations" if options.operations or options.skip_operations else "the spec's operations"
        skipped["stateful"] = f"no response link between {which}"
    phases = tuple(dict.fromkeys(phase for phase in options.phases if phase not in skipped))
    return phases, skipped


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:8])
    return f"{shown}, and {len(names) - 8} more" if len(names) > 8 else shown
