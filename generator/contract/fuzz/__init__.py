"""Contract fuzzing: schemathesis against the mock or a live deployment, with results as data."""

from generator.contract.fuzz._auth import auth_config, mock_credentials
from generator.contract.fuzz._junit import junit_xml, write_junit
from generator.contract.fuzz._options import PHASES, Credentials, FuzzOptions, credentials_from_env
from generator.contract.fuzz._report import FuzzReport, OperationSummary, Violation, format_summary, format_violation
from generator.contract.fuzz._runner import fuzz, schemathesis_config

__all__ = [
    "PHASES",
    "Credentials",
    "FuzzOptions",
    "FuzzReport",
    "OperationSummary",
    "Violation",
    "auth_config",
    "credentials_from_env",
    "format_summary",
    "format_violation",
    "fuzz",
    "junit_xml",
    "mock_credentials",
    "schemathesis_config",
    "write_junit",
]
