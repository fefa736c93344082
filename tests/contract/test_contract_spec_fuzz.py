"""Spec validation: schemathesis fuzzes every operation of every family against its mock, in-process.

Examples, coverage (positive and negative), fuzzing and the stateful phase run with every check on. A failure
names the operation and the check, and prints a curl command that reproduces it. The seed is fixed (override
with FUZZ_SEED, or FUZZ_SEED=random); FUZZ_MAX_EXAMPLES raises the budget.
"""

from __future__ import annotations

import os
import random

import pytest

from generator.contract._model import load_api
from generator.contract.fuzz import OK, FuzzOptions, fuzz, mock_credentials, render_text
from generator.contract.mock import create_app
from generator.families import FAMILIES

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES") or (6 if CI else 10))
_SEED = os.environ.get("FUZZ_SEED", "20240501")
SEED = random.randrange(2**32) if _SEED == "random" else int(_SEED)
# Checks every family's run must have exercised: all of schemathesis' OpenAPI checks.
CHECKS = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "ignored_auth",
    "use_after_free",
    "ensure_resource_availability",
    "object_level_authorization",
}


@pytest.mark.parametrize("name", list(FAMILIES))
def test_spec_holds_against_its_mock(name: str) -> None:
    family = FAMILIES[name]
    api = load_api(family)
    options = FuzzOptions(
        family,
        app=create_app(family, api=api),
        credentials=mock_credentials(api),
        max_examples=MAX_EXAMPLES,
        seed=SEED,
        stateful_steps=10 if CI else 20,
    )
    report = fuzz(options, api)
    hint = f"curl commands target the in-process app: run `python -m generator mock {name} --port 8000` and use its URL"
    assert report.ok, f"seed {SEED} ({hint}):\n\n{render_text(report)}"
    assert all(result.verdict == OK for result in report.operations.values())

    assert set(report.phases) >= {"examples", "coverage", "fuzzing", "stateful"}, report.phases
    has_links = any(link for op in api.operations for r in op.responses for link in r.links)
    assert report.phases["stateful"] == ("success" if has_links else "skip"), report.phases
    missing_checks = CHECKS - set(report.checks)
    assert not missing_checks, f"checks never run: {sorted(missing_checks)}"

    # Every operation was exercised, and answered with success at least once: the mock rejects nothing valid
    # (the refresh operation of a family that refreshes by bearer gets the refresh token).
    assert report.logins == 1, "one login for the whole run"
    for operation in api.operations:
        summary = report.operations[operation.label]
        assert summary.requests > 0 and summary.checks_run > 0, f"{operation.label} was never tested"
        successes = sum(count for status, count in summary.statuses.items() if 200 <= status < 400)
        assert successes, f"{operation.label} never succeeded: {dict(summary.statuses)}"
