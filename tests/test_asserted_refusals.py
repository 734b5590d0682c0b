"""A negative test that asserts the refusal (a 4xx) of the launch it sends makes the body's mistake its point: the launch
is read but not judged, as one sent to a stand-in the test has answer with a 4xx is. The assertion must be tied to that
request (its response's name, the first assertion on it; a request file's own expected response): a launch whose test
asserts a 200, or asserts another response's 400, is judged. (/tmp/s36/revA/4)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file, diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BAD = '{"flowId": "{{flowId}}", "inputs": {}}'

PYTEST = """\
import httpx


def test_fake_rejects_missing_flow_id(live_server):
    r = httpx.post(f"http://127.0.0.1:{live_server.port}/api/v2/flows/executions", json={"inputData": {}})
    assert r.status_code == %(status)s


def test_on_the_call():
    assert httpx.post("http://localhost:8787/api/v2/flows/executions", json={"flowId": "abc", "inputs": {}}).status_code == %(status)s
"""
JEST = """\
describe('fake genesys', () => {
  it('refuses', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v2/flows/executions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inputData: {} }),
    });
    expect(res.status).toBe(%(status)s);
  });
});
"""
HURL = f"POST {URL}\nAuthorization: Bearer {{{{token}}}}\nContent-Type: application/json\n{BAD}\nHTTP %(status)s\n"
HTTP_FILE = (f"POST {URL}\nAuthorization: Bearer {{{{token}}}}\nContent-Type: application/json\n\n{BAD}\n\n"
             "> {%%\n  client.test(\"refused\", () => client.assert(response.status === %(status)s));\n%%}\n")
POSTMAN = """\
{"info": {"name": "contract", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [{"name": "rejects inputs",
   "event": [{"listen": "test", "script": {"type": "text/javascript",
              "exec": ["pm.test('refused', () => pm.response.to.have.status(%(status)s));"]}}],
   "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": "{\\"flowId\\": \\"{{flowId}}\\", \\"inputs\\": {}}",
                        "options": {"raw": {"language": "json"}}},
               "url": {"raw": "%(url)s"}}}]}
"""
FILES = {"test_live.py": PYTEST, "fake.test.ts": JEST, "refused.hurl": HURL, "neg.http": HTTP_FILE,
         "contract.postman_collection.json": POSTMAN}


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in found if d["severity"] == "error"]


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_refusal_the_test_asserts_is_not_judged(tmp_path: Path, name: str) -> None:
    asserted = FILES[name] % {"status": 400, "url": URL}
    assert codes(check_file(tmp_path, name, asserted, contract_findings=False)) == []
    # reached: the same test asserting a success is a launch, and its mistakes are said
    succeeds = FILES[name] % {"status": 200, "url": URL}
    assert {"FL101", "FL103"} & set(codes(check_file(tmp_path, name, succeeds, contract_findings=False))), name


def test_the_assertion_is_tied_to_its_request(tmp_path: Path) -> None:
    text = """\
import httpx


def test_two_launches():
    good = httpx.post("http://localhost:8787/api/v2/flows/executions", json={"flowId": "a", "inputs": {}})
    bad = httpx.post("http://localhost:8787/api/v2/flows/executions", json={"flowId": "b", "inputs": {}})
    assert bad.status_code == 400
    assert good.status_code == 200


def test_bound_again():
    r = httpx.post("http://localhost:8787/api/v2/flows/executions", json={"flowId": "c", "inputs": {}})
    r = httpx.get("http://localhost:8787/health")
    assert r.status_code == 400
"""
    found = check_file(tmp_path, "test_two.py", text, contract_findings=False)
    assert sorted({d["line"] for d in found if d["code"] == "FL101"}) == [5, 12]


@pytest.mark.parametrize("assertion", [
    "self.assertEqual(r.status_code, 422)", "assert r.status_code in (400, 422)",
    "assert r.status_code == HTTPStatus.BAD_REQUEST", "assert 400 == r.status_code",
    "assert r.status_code == status.HTTP_422_UNPROCESSABLE_ENTITY"])
def test_pythons_ways_of_asserting_a_refusal(tmp_path: Path, assertion: str) -> None:
    text = ("import requests\n\n\nclass T:\n    def test_it(self):\n"
            f"        r = requests.post('http://localhost:8787/api/v2/flows/executions', json={{'flowId': 'x', 'inputs': {{}}}})\n"
            f"        {assertion}\n")
    assert codes(check_file(tmp_path, "test_t.py", text, contract_findings=False)) == []
    judged = text.replace(assertion, "assert r.status_code == 201")
    assert "FL101" in codes(check_file(tmp_path, "test_t.py", judged, contract_findings=False))


@pytest.mark.parametrize("name", sorted(FILES))
@pytest.mark.parametrize("status", [401, 403, 429])
def test_an_auth_or_rate_limit_test_expects_a_valid_body(tmp_path: Path, name: str, status: int) -> None:
    # a 401/403/429 is about the token, the permission or the rate: the body is meant to be valid, so it is judged
    # (/tmp/s36/revC/7); only a 400 or 422 refuses the body itself
    text = FILES[name] % {"status": status, "url": URL}
    assert {"FL101", "FL103"} & set(codes(check_file(tmp_path, name, text, contract_findings=False))), name
    assert codes(check_file(tmp_path, name, FILES[name] % {"status": 422, "url": URL}, contract_findings=False)) == []


@pytest.mark.parametrize("assertion", [
    "assert r.status_code == HTTPStatus.UNAUTHORIZED", "assert r.status_code == status.HTTP_403_FORBIDDEN",
    "self.assertEqual(r.status_code, 429)"])
def test_pythons_auth_assertions_are_judged(tmp_path: Path, assertion: str) -> None:
    text = ("import requests\n\n\nclass T:\n    def test_it(self):\n"
            f"        r = requests.post('http://localhost:8787/api/v2/flows/executions', json={{'flowId': 'x', 'inputs': {{}}}})\n"
            f"        {assertion}\n")
    assert codes(check_file(tmp_path, "test_t.py", text, contract_findings=False)) != []


# A client that raises on a 4xx (axios, the Genesys SDKs, `raise_for_status()`): the negative test asserts the status
# through what it raises (/tmp/s39/review F10). `%(status)s` is the status asserted; `%(body)s` the launch's body.
AXIOS = "const axios = require('axios');\nconst U = '" + URL + "';\n"
BODY_JS = "{ flowId: '770ea816-7ce7-4e44-ac49-b935fba7f268', inputData: { j1: 1 } }"
BODY_PY = '{"flowId": "770ea816-7ce7-4e44-ac49-b935fba7f268", "inputData": {"p1": 1}}'
RAISED = {
    "try_catch.test.js": AXIOS + """\
test('refused', async () => {
  try {
    await axios.post(U, %(body)s);
  } catch (err) {
    expect(err.response.status).toBe(%(status)s);
  }
});
""",
    "rejects.test.js": AXIOS + """\
test('refused', async () => {
  await expect(axios.post(U, %(body)s)).rejects.toMatchObject({ response: { status: %(status)s } });
});
""",
    "rejects_message.test.ts": AXIOS + """\
it('refused', async () => {
  await expect(axios.post(U, %(body)s)).rejects.toThrow('Request failed with status code %(status)s');
});
""",
    "has_property.test.js": AXIOS + """\
test('refused', async () => {
  try {
    await axios.post(U, %(body)s);
  } catch (error) {
    expect(error).toHaveProperty('response.status', %(status)s);
  }
});
""",
    "promise_catch.test.js": AXIOS + """\
it('refused', () => axios.post(U, %(body)s).catch((err) => {
  assert.strictEqual(err.response.status, %(status)s);
}));
""",
    "catch_bound.test.js": AXIOS + """\
test('refused', async () => {
  const res = await axios.post(U, %(body)s).catch((err) => err.response);
  expect(res.status).toBe(%(status)s);
});
""",
    "catch_function.test.js": AXIOS + """\
it('refused', () => axios.post(U, %(body)s).catch(function (err) {
  expect(err.status).toEqual(%(status)s);
}));
""",
    "test_raises.py": """\
import pytest
from PureCloudPlatformClientV2 import ArchitectApi
from PureCloudPlatformClientV2.rest import ApiException


def test_refused():
    with pytest.raises(ApiException) as excinfo:
        ArchitectApi().post_flows_executions(%(body)s)
    assert excinfo.value.status == %(status)s
""",
    "test_raise_for_status.py": """\
import pytest
import requests

U = "%(url)s"


def test_refused():
    with pytest.raises(requests.HTTPError) as e:
        requests.post(U, json=%(body)s).raise_for_status()
    assert e.value.response.status_code == %(status)s
""",
    "test_assert_raises.py": """\
import unittest
from PureCloudPlatformClientV2 import ArchitectApi
from PureCloudPlatformClientV2.rest import ApiException


class LaunchTest(unittest.TestCase):
    def test_refused(self):
        with self.assertRaises(ApiException) as cm:
            ArchitectApi().post_flows_executions(%(body)s)
        self.assertEqual(cm.exception.status, %(status)s)
""",
    "test_except.py": """\
import requests


def test_refused():
    try:
        requests.post("%(url)s", json=%(body)s).raise_for_status()
    except requests.HTTPError as err:
        assert err.response.status_code == %(status)s
""",
}


def _raised(name: str, status: object) -> str:
    body = BODY_PY if name.endswith(".py") else BODY_JS
    return RAISED[name] % {"status": status, "body": body, "url": URL}


@pytest.mark.parametrize("name", sorted(RAISED))
def test_a_refusal_asserted_through_what_the_client_raises_is_not_judged(tmp_path: Path, name: str) -> None:
    assert codes(check_file(tmp_path, name, _raised(name, 400))) == []
    # reached: the same test asserting a 401 (the token, not the body) is a launch, and its mistake is said
    assert "FL203" in codes(check_file(tmp_path, name, _raised(name, 401))), name


@pytest.mark.parametrize(("name", "handler"), [
    ("launch.js", "catch (err) {\n    console.error('launch failed', err.response.status);\n  }"),
    ("launch.js", "catch (err) {\n    if (err.response.status === 400) { throw new Error('bad request'); }\n  }"),
    ("launch.py", "except requests.HTTPError as err:\n        log.error('launch failed: %s', err.response.status_code)"),
    ("launch.py", "except requests.HTTPError as err:\n        if err.response.status_code == 400:\n            raise"),
])
def test_a_launch_whose_catch_only_handles_the_error_is_judged(tmp_path: Path, name: str, handler: str) -> None:
    if name.endswith(".js"):
        text = AXIOS + f"async function launch() {{\n  try {{\n    await axios.post(U, {BODY_JS});\n  }} {handler}\n}}\n"
    else:
        text = (f"import logging\nimport requests\n\nlog = logging.getLogger()\n\n\ndef launch():\n    try:\n"
                f"        requests.post('{URL}', json={BODY_PY}).raise_for_status()\n    {handler}\n")
    assert "FL203" in codes(check_file(tmp_path, name, text))


@pytest.mark.parametrize("assertion", [
    "await expect(axios.post(U, %s)).rejects.toThrow();",  # (a network error or a 401 rejects too)
    "await expect(axios.post(U, %s)).rejects.toMatchObject({ response: { status: 403 } });",
])
def test_a_rejection_without_a_refused_status_is_judged(tmp_path: Path, assertion: str) -> None:
    text = AXIOS + "test('rejects', async () => {\n  " + assertion % BODY_JS + "\n});\n"
    assert "FL203" in codes(check_file(tmp_path, "launch.test.js", text))


def test_requests_own_name_for_the_refusal(tmp_path: Path) -> None:
    text = (f"import requests\n\n\ndef test_codes():\n    r = requests.post('{URL}', json={BODY_PY})\n"
            "    assert r.status_code == requests.codes.bad_request\n")
    assert codes(check_file(tmp_path, "test_codes.py", text)) == []
    judged = text.replace("bad_request", "unauthorized")
    assert "FL203" in codes(check_file(tmp_path, "test_codes.py", judged))


# Each rule declares the refusal it predicts (core.codes.Refusal): a body's mistakes a 400, FL308's near-miss path a
# 404, FL016's unencodable value a TypeError the call raises. A test asserting that refusal of a launch makes the launch
# read, not judged, for the rules predicting it, and only them (review F3, /tmp/s40/review/repro).
NEAR_MISS = "https://api.mypurecloud.com/api/v2/flows/execution"
FLOW = "770ea816-7ce7-4e44-ac49-b935fba7f268"
PATH_PY = f"""\
import requests


def test_wrong_path():
    r = requests.post("{NEAR_MISS}", json={{"flowId": "{FLOW}", %(extra)s}})
    assert r.status_code == %(status)s
"""
PATH_JS = f"""\
test('wrong path', async () => {{
  const res = await fetch('{NEAR_MISS}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}},
    body: JSON.stringify({{flowId: '{FLOW}', %(extra)s}})}});
  expect(res.status).toBe(%(status)s);
}});
"""
PATH_HURL = f"POST {NEAR_MISS}\nContent-Type: application/json\n{{\"flowId\": \"{FLOW}\", %(extra)s}}\nHTTP %(status)s\n"
PATHS = {"test_path.py": PATH_PY, "path.test.js": PATH_JS, "path.hurl": PATH_HURL}
EXTRA = {"test_path.py": '"inputs": {}', "path.test.js": "inputs: {}", "path.hurl": '"inputs": {}'}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_a_404_the_test_asserts_after_a_near_miss_is_not_fl308(tmp_path: Path, name: str) -> None:
    asserted = PATHS[name] % {"status": 404, "extra": EXTRA[name]}
    found = check_file(tmp_path, name, asserted, "-v", contract_findings=False)
    assert "FL308" not in codes(found), found
    # read: the body's own mistake (a 400's, not the 404 asserted) is still judged, and -v says what was not
    assert "FL101" in codes(found), found
    notes = [d["message"] for d in found if d["code"] == "FL011" and "404" in d["message"]]
    assert len(notes) == 1 and "FL308" in notes[0], found


@pytest.mark.parametrize("name", sorted(PATHS))
@pytest.mark.parametrize("status", [200, 201, 400, 401, 403])
def test_fl308_stands_where_the_test_asserts_success_or_another_status(tmp_path: Path, name: str, status: int) -> None:
    # a 2xx the near miss never gets, an auth status, or the 400 of a body: the platform answers 404, so the test is wrong
    text = PATHS[name] % {"status": status, "extra": EXTRA[name]}
    assert "FL308" in codes(check_file(tmp_path, name, text, contract_findings=False)), (name, status)


RAISES_PY = f"""\
import datetime
import unittest

import pytest
import requests

URL = "{URL}"


def test_a_date_is_refused_before_sending():
    with pytest.raises(%(raised)s):
        requests.post(URL, json={{"flowId": "{FLOW}", "inputData": {{"Flow.when": datetime.date.today()}}}})


class T(unittest.TestCase):
    def test_a_set(self):
        with self.assertRaises(%(unittest)s):
            requests.post(URL, json={{"flowId": "{FLOW}", "inputs": {{}}, "inputData": {{"Flow.tags": {{"a"}}}}}})
"""


@pytest.mark.parametrize("raised", ["TypeError", "(TypeError, ValueError)", "builtins.TypeError",
                                    "expected_exception=TypeError", "TypeError, match='not JSON serializable'"])
def test_a_typeerror_the_test_expects_is_not_fl016(tmp_path: Path, raised: str) -> None:
    unittest = raised.removeprefix("expected_exception=").partition(", match")[0]  # (unittest takes it by position)
    found = check_file(tmp_path, "test_encode.py", RAISES_PY % {"raised": raised, "unittest": unittest}, "-v",
                       contract_findings=False)
    assert "FL016" not in codes(found), found
    assert "FL101" in codes(found), found  # read: the body's own mistake is judged
    assert any(d["code"] == "FL011" and "TypeError" in d["message"] and "FL016" in d["message"] for d in found), found


@pytest.mark.parametrize("raised", [
    # requests wraps only a ValueError (a NaN's) in InvalidJSONError: a set or a date raises TypeError through it, so a
    # test expecting InvalidJSONError fails, and FL016 says why; anything raises Exception (a network error too)
    "requests.exceptions.InvalidJSONError", "ValueError", "Exception", "requests.RequestException"])
def test_fl016_stands_where_the_test_expects_another_raise(tmp_path: Path, raised: str) -> None:
    found = check_file(tmp_path, "test_encode.py", RAISES_PY % {"raised": raised, "unittest": raised}, contract_findings=False)
    assert codes(found).count("FL016") == 2, found


def test_fl016_stands_where_the_test_asserts_a_status(tmp_path: Path) -> None:
    text = (f"import datetime\nimport requests\n\n\ndef test_refused():\n"
            f"    r = requests.post('{URL}', json={{'flowId': '{FLOW}', 'inputData': {{'Flow.when': datetime.date.today()}}}})\n"
            "    assert r.status_code == 400\n")
    assert "FL016" in codes(check_file(tmp_path, "test_status.py", text, contract_findings=False))


def test_fix_leaves_the_near_miss_a_test_asserts_alone(tmp_path: Path) -> None:
    # the path is the test's point: --fix does not "fix" it (the same launch asserting a 200 is fixed: reached)
    path = tmp_path / "test_path.py"
    for status, fixed in ((404, False), (200, True)):
        text = PATH_PY % {"status": status, "extra": '"inputData": {}'}
        path.write_text(text)
        diagnostics("--no-cache", "--fix", str(path))
        assert (path.read_text() != text) is fixed, status
        assert ("/flows/executions" in path.read_text()) is fixed


@pytest.mark.parametrize("name", ["contract.postman_collection.json", "neg.http"])
def test_a_request_files_own_404_after_a_near_miss_is_not_fl308(tmp_path: Path, name: str) -> None:
    def text(status: int) -> str:
        return (FILES[name] % {"status": status, "url": NEAR_MISS}).replace(URL, NEAR_MISS)

    assert "FL308" not in codes(check_file(tmp_path, name, text(404), contract_findings=False))
    # reached: the same request asserting a 200 (or the 400 the near miss never gets) is FL308
    for status in (200, 400):
        assert "FL308" in codes(check_file(tmp_path, name, text(status), contract_findings=False)), (name, status)


class _CountedPattern:
    """A compiled pattern that counts the texts it is asked to search."""

    def __init__(self, pattern: Any, searched: list[str]) -> None:
        self.pattern, self._searched = pattern, searched

    def search(self, text: str) -> Any:
        self._searched.append(self.pattern.pattern)
        return self.pattern.search(text)

    def finditer(self, text: str) -> Any:
        self._searched.append(self.pattern.pattern)
        return self.pattern.finditer(text)


def test_an_assertion_pattern_is_searched_only_in_a_file_holding_its_word(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # a launch file that reads a status but asserts nothing is not searched by the six assertion patterns (`re` tries
    # each at every position of the file); one with a word is searched by that word's patterns, and still judged so
    from validator.sources import refusals

    searched: list[str] = []
    monkeypatch.setattr(refusals, "_ASSERTIONS", tuple((word, _CountedPattern(pattern, searched))
                                                       for word, pattern in refusals._ASSERTIONS))
    launch = ("import requests\n\n\ndef launch():\n"
              f"    r = requests.post('{URL}', json={{'flowId': 'x', 'inputs': {{}}}})\n"
              "    return r.status_code == %s\n")
    assert "FL101" in codes(check_file(tmp_path, "launch.py", launch % 200, contract_findings=False))
    assert searched == []
    asserted = launch.replace("return r.status_code", "assert r.status_code")
    assert codes(check_file(tmp_path, "test_launch.py", asserted % 400, contract_findings=False)) == []
    assert searched and {pattern[:8] for pattern in searched} == {r"\bassert"}


def test_each_assertion_pattern_opens_with_the_word_it_is_searched_after() -> None:
    # a word the pattern does not open with would skip files that hold a match: an asserted refusal judged after all
    from validator.sources import refusals

    assert refusals._ASSERTIONS  # reached
    assert all(pattern.pattern.startswith(rf"\b{word}") for word, pattern in refusals._ASSERTIONS)
