"""A launch read from code holds what reading it found, FL002 on a key its body's literal writes twice included, once
the reader hands it out: `LaunchRequest.findings` is a plain list that reading never changes, and the readers of both
languages share one `with_credentials` (their credentials, and a host written once in a URL constant)."""

from __future__ import annotations

from validator.core.codes import DUPLICATE_KEY
from validator.sources.extract import launches_in
from validator.sources.javascript import JavaScriptReader
from validator.sources.model import LaunchRequest, TreeSpans
from validator.sources.python import PythonReader

API = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def test_reading_a_requests_findings_never_changes_them() -> None:
    spans = TreeSpans()
    spans.repeat(("inputData",), (10, 21), "Python")
    request = LaunchRequest("requests", (0, 40), body={"inputData": {}}, body_locator=spans)
    assert request.findings == []
    assert request.findings == []
    assert spans.repeated  # still there: what said it is the reader that read the request


def test_a_launch_from_code_holds_its_repeated_keys_once() -> None:
    for kind, name, text in (
        ("python", "dup.py", f'import requests\nrequests.post("{API}", json={{"flowId": "{UUID}", '
                             f'"inputData": {{"Flow.a": 1}}, "inputData": {{}}}})\n'),
        ("javascript", "dup.js", f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
                                 f"body: JSON.stringify({{ flowId: '{UUID}', inputData: {{}}, inputData: {{}} }}) }});\n"),
    ):
        (request,) = launches_in(kind, text, name)
        codes = [finding.code for finding, _ in request.findings]
        assert codes == [DUPLICATE_KEY], (kind, codes)
        assert [finding.code for finding, _ in request.findings] == codes  # read again: the same


def test_both_readers_share_one_with_credentials() -> None:
    assert "with_credentials" not in vars(PythonReader) and "with_credentials" not in vars(JavaScriptReader)
