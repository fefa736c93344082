"""Bad ``fuzz`` options: each exits 2 with one line naming the problem, before any request is sent."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.contract._model import load_api
from generator.contract.fuzz import FuzzOptions, UsageError, check_options
from generator.families import FAMILIES
from tests.contract.test_contract_fuzz_command import run_cli

BAD_OPTIONS = {
    "unknown operation": (
        ["--operation", "get_usr"],
        "unknown operation 'get_usr' in reviewpoint (did you mean get_user",
    ),
    "unknown operation to skip": (["--skip-operation", "loggin"], "unknown operation 'loggin' in reviewpoint"),
    "every operation skipped": (
        ["--operation", "login", "--skip-operation", "login"],
        "every operation is left out (login): nothing to fuzz",
    ),
    "operation far from any": (["--operation", "zzz"], "reviewpoint has login, refresh_access_token, register_user"),
    "URL without scheme": (["--base-url", "127.0.0.1:8011"], "did you mean http://127.0.0.1:8011?"),
    "URL with another scheme": (["--base-url", "ftp://host/v1"], "is not an http:// or https:// URL"),
    "URL with a bad port": (["--base-url", "http://host:99999"], "is not an http:// or https:// URL"),
    "URL with credentials": (["--base-url", "https://me:pw@host"], "must not carry credentials"),
    "rate in words": (["--rate-limit", "fast"], "--rate-limit 'fast' is not a rate: use N/s (per second)"),
    "rate of zero": (["--rate-limit", "0/s"], "is not a rate"),
    "unknown phase": (["--phases", "examples,nonsense"], "unknown phase 'nonsense' (valid: examples, coverage"),
    "no phase": (["--phases", ","], "unknown phase none given (valid: examples, coverage, fuzzing, stateful)"),
    "stateful alone on one operation": (["--phases", "stateful", "--operation", "get_user"], "no phase applies"),
    "examples below one": (["--max-examples", "0"], "--max-examples must be at least 1"),
    "examples not a number": (["--max-examples", "many"], "argument --max-examples: invalid int value: 'many'"),
    "time not a number": (["--max-time", "1m"], "argument --max-time: invalid int value"),
    "negative timeout": (["--request-timeout", "-1"], "--request-timeout must be at least"),
    "unknown option": (["--bogus"], "unrecognized arguments: --bogus"),
}


@pytest.mark.parametrize("case", list(BAD_OPTIONS))
def test_a_bad_option_exits_2_with_one_line(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    args, expected = BAD_OPTIONS[case]
    try:
        code = main(["fuzz", "reviewpoint", *args])
    except SystemExit as exc:  # argparse's own errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    lines = (out.out + out.err).strip().splitlines()
    assert code == 2 and len(lines) == 1, lines
    assert lines[0].startswith("fuzz: ") and expected in lines[0], lines[0]


def test_an_unknown_family_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["fuzz", "reviewpont"])
    out = capsys.readouterr()
    assert exit_info.value.code == 2
    assert (out.out + out.err).strip().splitlines() == [
        "fuzz: argument FAMILY: invalid choice: 'reviewpont' (choose from 'pwc', 'cortex', 'reviewpoint') (see --help)"
    ]


def test_the_library_checks_the_same_options() -> None:
    api = load_api(FAMILIES["cortex"])
    with pytest.raises(UsageError, match="did you mean list_dashboards"):
        check_options(FuzzOptions(FAMILIES["cortex"], operations=("list_dashboard",)), api)
    options = check_options(FuzzOptions(FAMILIES["cortex"], base_url="https://h/v1", rate_limit=" 10 / m "), api)
    assert options.rate_limit == "10/m"


def test_bad_options_give_no_traceback_from_the_command_line() -> None:
    result = run_cli("reviewpoint", "--base-url", "127.0.0.1:8011", "--rate-limit", "fast")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "fuzz: --base-url '127.0.0.1:8011' is not an http:// or https:// URL (did you mean http://127.0.0.1:8011?)"
    ]
