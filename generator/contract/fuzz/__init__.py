"""Contract fuzzing: schemathesis against the mock or a live deployment, with verdicts and divergences as data."""

from generator.contract.fuzz._auth import Access, CredentialProvider, mock_credentials, plan_access
from generator.contract.fuzz._junit import junit_xml, write_junit
from generator.contract.fuzz._options import PHASES, Credentials, FuzzOptions, Progress, credentials_from_env
from generator.contract.fuzz._render import render_markdown, render_text, summary_lines, write_reports
from generator.contract.fuzz._report import (
    FAILED,
    NOT_FOUND,
    NOT_RUN,
    OK,
    UNAUTHENTICATED,
    VERDICTS,
    Cause,
    Finding,
    FuzzReport,
    OperationResult,
    Problem,
)
from generator.contract.fuzz._runner import fuzz, preflight, schemathesis_config
from generator.contract.fuzz._session import LOGIN_ATTEMPTS, LoginFailure, Session
from generator.contract.fuzz._validate import UsageError, check_options

__all__ = [
    "FAILED",
    "LOGIN_ATTEMPTS",
    "NOT_FOUND",
    "NOT_RUN",
    "OK",
    "PHASES",
    "UNAUTHENTICATED",
    "VERDICTS",
    "Access",
    "Cause",
    "CredentialProvider",
    "Credentials",
    "Finding",
    "FuzzOptions",
    "FuzzReport",
    "LoginFailure",
    "OperationResult",
    "Problem",
    "Progress",
    "Session",
    "UsageError",
    "check_options",
    "credentials_from_env",
    "fuzz",
    "junit_xml",
    "mock_credentials",
    "plan_access",
    "preflight",
    "render_markdown",
    "render_text",
    "schemathesis_config",
    "summary_lines",
    "write_junit",
    "write_reports",
]
