"""Reports without a server: verdict rules, the 20-line summary, JUnit, Markdown, JSON, curl lines without secrets."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections import Counter

from generator.contract._model import auth_flow, load_api
from generator.contract.commands import ProgressLine
from generator.contract.fuzz import (
    FAILED,
    NOT_FOUND,
    NOT_RUN,
    OK,
    Access,
    Credentials,
    Finding,
    FuzzReport,
    OperationResult,
    Problem,
    Progress,
    Session,
    junit_xml,
    render_markdown,
    render_text,
    summary_lines,
)
from generator.contract.fuzz._collect import OperationLog, Sample
from generator.contract.fuzz._curl import Masker, curl_command
from generator.contract.fuzz._judge import Judging, judge
from generator.families import FAMILIES
from tests.contract.test_contract_fuzz_session import FakeTarget

API = load_api(FAMILIES["reviewpoint"])
GET_USER = API.by_id["get_user"]
NOT_FOUND_TEXT = b"Not Found"


def sample(path: str, status: int, body: bytes, media: str = "text/plain") -> Sample:
    return Sample("GET", f"http://h{path}", {"X-API-Key": "k-secret"}, None, status, {"content-type": media}, body)


def judged(log: OperationLog, canary: Sample | None) -> OperationResult:
    session = Session(auth_flow(API), Credentials(api_key="k-secret"), FakeTarget([]))  # type: ignore[arg-type]
    access = {GET_USER.label: Access(api_key=True, secured=True)}
    ctx = Judging(API, [GET_USER], access, {GET_USER.label: log}, session, Masker({"k-secret"}), canary)
    return judge(ctx)[0][GET_USER.label]


def log_of(*samples: Sample) -> OperationLog:
    log = OperationLog(GET_USER.label, "GET", requests=len(samples), valid=len(samples))
    for answer in samples:
        log.statuses[answer.status or 0] += 1
        log.with_credentials[answer.status or 0] += 1
        log.missing.append(answer)
    log.sources.add("REVIEWPOINT_API_KEY")
    return log


def test_a_templated_path_is_missing_when_its_404_is_the_servers_answer_for_any_unknown_path() -> None:
    canary = sample("/apigen-fuzz-no-such-path-1", 404, NOT_FOUND_TEXT)
    result = judged(log_of(sample("/api/v1/users/5", 404, NOT_FOUND_TEXT)), canary)
    assert result.verdict == NOT_FOUND and result.findings[0].kind == "not-found"
    assert "[Filtered]" in result.findings[0].curl and "k-secret" not in result.findings[0].curl


def test_a_documented_404_for_unknown_ids_is_not_a_missing_path() -> None:
    canary = sample("/apigen-fuzz-no-such-path-1", 404, NOT_FOUND_TEXT)
    answer = sample("/api/v1/users/5", 404, b'{"detail": "User not found"}', "application/json")
    result = judged(log_of(answer), canary)
    assert result.verdict == OK and result.reason.startswith("no success answer seen")


def test_an_echoed_path_still_matches_the_canary() -> None:
    canary = sample("/x-probe", 404, b'{"detail": "No route /x-probe"}', "application/json")
    answer = sample("/api/v1/users/5", 404, b'{"detail": "No route /api/v1/users/5"}', "application/json")
    assert judged(log_of(answer), canary).verdict == NOT_FOUND


def report_with(causes: int) -> FuzzReport:
    report = FuzzReport("reviewpoint", "http://h", 7, credentials="REVIEWPOINT_API_KEY", duration=1.5)
    report.problems.append(Problem("login", "login failed: POST http://h/login answered 401: no"))
    for index in range(causes):
        label = f"GET /thing/{index}"
        finding = Finding(
            label, "status", f"answered 418; the spec documents 200 ({index})", "Received: 418", 3, "curl x"
        )
        report.operations[label] = OperationResult(label, f"op{index}", FAILED, "1 divergence(s)", 3, Counter({418: 3}))
        report.operations[label].findings.append(finding)
        report.operations[label].duration = 0.25
    report.operations["GET /skipped"] = OperationResult("GET /skipped", "skipped", NOT_RUN, "accepts only ApiKeyAuth")
    report.operations["GET /ok"] = OperationResult("GET /ok", "fine", OK, "", 2, Counter({200: 2}), duration=0.5)
    return report


def test_the_summary_fits_in_20_lines_and_puts_the_run_failure_first() -> None:
    report = report_with(40)
    lines = summary_lines(report)
    assert len(lines) <= 20
    assert lines[2].startswith("RUN FAILED: login failed") and lines[-1].startswith("result: FAILED")
    assert "... and" in lines[-2] and "more cause(s)" in lines[-2]
    text = render_text(report)
    assert text.splitlines()[:20] == lines
    first, last = report.causes()[0].headline, report.causes()[-1].headline
    assert text.count(first) == 2, "in the summary, then once in the details"
    assert text.count(last) == 1, "past the summary's room, in the details only"
    assert not report.ok


def test_equal_divergences_of_several_operations_are_one_cause() -> None:
    report = report_with(0)
    for label in ("GET /a", "GET /b"):
        result = OperationResult(label, label, NOT_FOUND, "", 2, Counter({404: 2}))
        result.findings.append(Finding(label, "not-found", "not found at this URL", "", 2, "curl y"))
        report.operations[label] = result
    (cause,) = report.causes()
    assert cause.operations == ("GET /a", "GET /b") and cause.count == 4 and cause.curl == "curl y"


def test_junit_has_one_case_per_operation_with_durations_and_verdicts() -> None:
    root = ET.fromstring(junit_xml([report_with(2)]))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.attrib["tests"], suite.attrib["failures"], suite.attrib["skipped"]) == ("4", "2", "1")
    cases = {case.attrib["name"]: case for case in suite.iter("testcase")}
    assert set(cases) == {"GET /thing/0", "GET /thing/1", "GET /skipped", "GET /ok"}
    assert cases["GET /ok"].attrib["time"] == "0.500" and cases["GET /ok"].find("failure") is None
    assert cases["GET /skipped"].find("skipped") is not None
    failure = cases["GET /thing/0"].find("failure")
    assert failure is not None and failure.attrib["message"].startswith("answered 418")
    properties = {p.attrib["name"]: p.attrib["value"] for p in suite.iter("property")}
    assert properties["run-failure"].startswith("login failed")


def test_markdown_and_json_carry_the_same_report() -> None:
    report = report_with(1)
    markdown = render_markdown(report)
    assert markdown.startswith("# Contract fuzzing of `reviewpoint`: FAILED")
    assert "| `GET /thing/0` | failed | 3 | 418x3 | 0.25s | 1 divergence(s) |" in markdown
    assert "```sh\ncurl x\n```" in markdown
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ok"] is False and data["verdicts"] == {FAILED: 1, NOT_RUN: 1, OK: 1}
    assert data["operations"]["GET /thing/0"]["statuses"] == {"418": 3}
    assert data["problems"][0]["kind"] == "login"


def test_curl_lines_mask_credentials_and_stay_on_one_line() -> None:
    mask = Masker({"tok-abcdef", "pw-secret"}, frozenset({"authorization", "x-api-key"}))
    headers = {"Authorization": "Bearer tok-abcdef", "X-API-Key": "key-1", "Content-Type": "multipart/form-data"}
    body = b'--b\r\nContent-Disposition: form-data; name="file"\r\n\r\ndata pw-secret\r\n--b--\r\n'
    line = curl_command("post", "http://h/up?t=tok-abcdef", headers, body, mask)
    assert "\n" not in line and "tok-abcdef" not in line and "pw-secret" not in line and "key-1" not in line
    assert "'Authorization: [Filtered]'" in line and "\\r\\n" in line
    json_line = curl_command("post", "http://h/login", {}, b'{"email": "a@b.c", "password": "hunter22"}', mask)
    assert '"password": "[Filtered]"' in json_line and "hunter22" not in json_line


def test_the_progress_line_redraws_in_place() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream)
    line(Progress("coverage", 3, 7, 120, 4.2))
    line(Progress("stateful", 2, 0, 300, 9.0))
    line.close()
    text = stream.getvalue()
    assert "\rfuzz [coverage] 3/7 operations, 120 requests, 4s" in text
    assert "\rfuzz [stateful] 2 scenarios, 300 requests, 9s" in text and text.endswith("\r")
