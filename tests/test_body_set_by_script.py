"""A request whose pre-request script sets its body (Postman's `pm.request.body…`, Bruno's `req.setBody(…)`) is handled
by one helper (model.body_set_by_script): its saved body is not what is sent, so it is unknown, its syntax error is no
finding, and one FL011 note says where the script sets it."""

from __future__ import annotations

from validator.core.codes import PARSE_ERROR, UNREAD_LAUNCH
from validator.core.diagnostics import Finding
from validator.core.unknown import Unknown
from validator.sources import bruno
from validator.sources.model import LaunchRequest, Text, body_set_by_script

BRU = """meta {
  name: launch
}

post {
  url: https://api.mypurecloud.com/api/v2/flows/executions
  body: json
}

body:json {
  {"flowId": ,}
}

script:pre-request {
  req.setBody({flowId: bru.getEnvVar("flow")});
}
"""


def test_the_helper_makes_the_body_unknown_and_keeps_one_note() -> None:
    request = LaunchRequest("postman", (0, 1), Text.known("https://api.mypurecloud.com/api/v2/flows/executions"), "POST",
                            None, body={"flowId": 1})
    request.bodiless = True
    request.findings = [(Finding(PARSE_ERROR, (), "broken", "mend it"), (0, 1))]
    body_set_by_script(request, "set by a script", "check it", (3, 9))
    assert isinstance(request.body, Unknown) and not request.bodiless and request.body_locator is None
    assert [(finding.code, finding.message, at) for finding, at in request.findings] == [
        (UNREAD_LAUNCH, "set by a script", (3, 9))]


def test_a_bruno_request_set_by_its_script() -> None:
    (request,) = bruno.extract(BRU)
    assert isinstance(request.body, Unknown)
    ((finding, at),) = request.findings
    assert finding.code == UNREAD_LAUNCH and at is not None and BRU[at[0]:at[1]] == "req.setBody("
