"""A Postman request's saved examples (`response[].originalRequest`) record a launch rather than send one: read as the
request is, as documentation (a placeholder is the reader's to fill in), and one whose response is a refusal or whose
name marks it wrong is the collection's wrong example, read and never judged nor fixed. The request itself sends what
it writes: a placeholder in its body is FL104."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import check_file, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"


def _request(raw: str, header: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"method": "POST", "header": header or [], "url": {"raw": URL},
            "body": {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}}


def _collection(request: str, *examples: tuple[str, str, int]) -> str:
    saved = [{"name": name, "originalRequest": _request(raw), "code": code, "status": "Bad Request" if code == 400 else "OK",
              "body": "{}"} for name, raw, code in examples]
    return json.dumps({"info": {"name": "Genesys", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": [{"name": "Launch", "response": saved, "request": _request(
                           request, [{"key": "Content-Type", "value": "application/json"}])}]}, indent=1)


def _line(text: str, written: str, after: str = "") -> int:
    return text[:text.index(written, text.index(after) if after else 0)].count("\n") + 1


def test_a_saved_examples_placeholders_are_unknown_and_the_requests_are_sent(tmp_path: Path) -> None:
    placeholder = '{"flowId": "<your-flow-id>", "flowVersion": "<version>", "inputData": {"Flow.x": "<value>"}}'
    text = _collection(placeholder, ("Launched", placeholder, 200),
                       ("Launched again", '{"flowId": "YOUR_FLOW_ID", "inputs": {}}', 200))
    found = check_file(tmp_path, "g.postman_collection.json", text, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [  # the example's `inputs`: reached, judged; its placeholder not
        ("FL101", _line(text, "inputs", "Launched again")), ("FL104", _line(text, "<your-flow-id>", '"request"'))], found
    assert "sends it as written" in found[1]["message"], found[1]  # the request's own placeholder: it is sent


def test_a_saved_example_refused_or_named_wrong_is_read_never_judged_nor_fixed(tmp_path: Path) -> None:
    wrong = '{"flowId": "%s", "inputs": {"Flow.x": "1"}}' % UUID
    text = _collection('{"flowId": "%s"}' % UUID, ("Missing prefix", wrong, 400), ("Bad request", wrong, 200),
                       ("If the flow is missing", wrong, 200))
    found = check_file(tmp_path, "g.postman_collection.json", text, "-v", contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [
        ("FL011", _line(text, "originalRequest", "Missing prefix")), ("FL011", _line(text, "originalRequest", "Bad request")),
        ("FL101", _line(text, "inputs", "If the flow is missing"))], found
    assert '("its response: 400 Bad Request", line' in found[0]["message"], found[0]
    assert found[1]["message"].startswith('this launch was not judged: the collection shows it as a wrong example ("Bad '
                                          'request", line'), found[1]
    path = tmp_path / "g.postman_collection.json"
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8").count("inputs") == 2  # only the unmarked example was fixed


def test_a_saved_example_about_the_token_is_judged_whatever_its_name(tmp_path: Path) -> None:
    """An example whose response is a 401, 403 or 429 is about the token or the rate: its name ("Invalid token") marks
    no wrong body, and the body it records is judged."""
    body = '{"flowId": "%s", "inputs": {}}' % UUID
    text = _collection('{"flowId": "%s"}' % UUID, ("Invalid token", body, 401))
    found = check_file(tmp_path, "g.postman_collection.json", text, "-v", contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", _line(text, "inputs", "Invalid token"))], found
