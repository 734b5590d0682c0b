"""Jenkins Groovy launches that were only a bare FL011 (or an unknown body): a Groovy local an sh step fills in
(`def body = '''{…}'''`, then `sh "curl … -d '${body}'"`), the HTTP Request plugin's `httpRequest` step, and a shared
library's `vars/*.groovy` steps, which are walked and read as a Jenkinsfile is."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW_ID = "2b7e8c1e-9a4b-4c1d-8f3e-1a2b3c4d5e6f"  # (no bundled contract: a body read says FL200 with -v)
WRONG = '{"flowId": "callback", "extra": true}'
RIGHT = f'{{"flowId": "{FLOW_ID}"}}'


def local_then_sh(body: str, declaration: str = "def body = '''BODY'''") -> str:
    return (f"pipeline {{\n  agent any\n  stages {{\n    stage('launch') {{\n      steps {{\n        script {{\n"
            f"          {declaration.replace('BODY', body)}\n"
            f"          sh \"curl -X POST {URL} -H 'Content-Type: application/json' -d '${{body}}'\"\n"
            f"        }}\n      }}\n    }}\n  }}\n}}\n")


@pytest.mark.parametrize("declaration", ["def body = '''BODY'''", "String body = 'BODY'", "final body = '''BODY'''"])
def test_a_groovy_local_an_sh_step_fills_in_is_read_where_it_is_declared(tmp_path: Path, declaration: str) -> None:
    found = check_file(tmp_path, "Jenkinsfile", local_then_sh(WRONG, declaration))
    assert sorted(codes(found)) == ["FL102", "FL104"], found
    assert {d["line"] for d in found} == {7}  # where the local's string writes them
    found = check_file(tmp_path, "Jenkinsfile", local_then_sh(RIGHT, declaration), "-v")
    assert codes(found) == ["FL200"], found  # read, and right


@pytest.mark.parametrize("change", [
    "          body = '{}'\n",  # assigned again
    "          body += ''\n",  # changed in place of itself
    "",  # declared in another block (a sibling stage): not this step's
])
def test_a_local_that_may_not_be_what_the_step_sends_stays_unknown(tmp_path: Path, change: str) -> None:
    text = local_then_sh(WRONG)
    if change:
        text = text.replace("          sh ", change + "          sh ")
    else:  # the local in a block of its own, closed before the step
        text = text.replace("'''\n          sh", "'''\n        }\n        script {\n          sh")
        assert text.count("def body") == 1 and text.index("}\n        script {\n          sh") > text.index("def body")
    found = check_file(tmp_path, "Jenkinsfile", text, "-v")
    assert "FL104" not in codes(found) and "FL011" in codes(found), found  # (reached: the curl is read, its body unknown)


HTTP_REQUEST = f"""node {{
  stage('launch') {{
    def body = 'BODY'
    def response = httpRequest url: '{URL}',
        httpMode: 'POST',
        requestBody: body,
        contentType: 'APPLICATION_JSON',
        customHeaders: [[name: 'Authorization', value: "Bearer ${{env.TOKEN}}", maskValue: true]]
    echo response.content
  }}
}}
"""


def test_an_http_request_step_is_read_and_judged(tmp_path: Path) -> None:
    found = check_file(tmp_path, "Jenkinsfile", HTTP_REQUEST.replace("BODY", WRONG))
    assert sorted(codes(found)) == ["FL102", "FL104"], found
    found = check_file(tmp_path, "Jenkinsfile", HTTP_REQUEST.replace("BODY", RIGHT), "-v")
    assert codes(found) == ["FL200"], found
    # its own words: the method, the content type (a MimeType name), in the parenthesized form too
    text = HTTP_REQUEST.replace("BODY", RIGHT).replace("httpMode: 'POST'", "httpMode: 'PUT'") \
        .replace("'APPLICATION_JSON'", "'TEXT_PLAIN'").replace("httpRequest url:", "httpRequest(url:") \
        .replace("maskValue: true]]", "maskValue: true]])")
    found = check_file(tmp_path, "Jenkinsfile", text, contract_findings=False)
    assert sorted(codes(found)) == ["FL301", "FL303"], found
    assert "httpMode: 'POST'" in next(d["help"] for d in found if d["code"] == "FL301")


def test_what_an_http_request_step_does_not_write_is_not_judged(tmp_path: Path) -> None:
    # reached: the same step with its body written out is judged
    assert "FL104" in codes(check_file(tmp_path, "Jenkinsfile", HTTP_REQUEST.replace("BODY", WRONG)))
    # no contentType (NOT_SET): the HTTP client's own type, not judged; a body made by a call: unknown (-v says so)
    text = HTTP_REQUEST.replace("BODY", RIGHT).replace("        contentType: 'APPLICATION_JSON',\n", "")
    assert check_file(tmp_path, "Jenkinsfile", text, contract_findings=False) == []
    text = HTTP_REQUEST.replace("requestBody: body", "requestBody: makeBody(params)")
    found = check_file(tmp_path, "Jenkinsfile", text, "-v")
    assert codes(found) == ["FL011"] and "makeBody(params)" in found[0]["message"], found
    # its URL from the environment block: followed; from a parameter: not a launch it knows of, said at the mention
    text = HTTP_REQUEST.replace("BODY", WRONG).replace("node {", f"pipeline {{\n environment {{ GC_URL = '{URL}' }}\n")
    text = text.replace(f"url: '{URL}'", "url: env.GC_URL")
    assert "FL104" in codes(check_file(tmp_path, "Jenkinsfile", text))


def test_a_shared_library_step_is_walked_and_read_as_a_jenkinsfile(tmp_path: Path) -> None:
    step = (f"def call(String token) {{\n  sh \"\"\"\n    curl -X POST {URL} \\\\\n"
            f"      -H 'Content-Type: application/json' \\\\\n      -H \"Authorization: Bearer ${{token}}\" \\\\\n"
            f"      -d 'BODY'\n  \"\"\"\n}}\n")
    (tmp_path / "vars").mkdir()
    found = check_file(tmp_path, "vars/launchFlow.groovy", step.replace("BODY", WRONG))
    assert sorted(codes(found)) == ["FL102", "FL104"], found
    found = check_file(tmp_path, "vars/launchFlow.groovy", step.replace("BODY", RIGHT), "-v")
    assert codes(found) == ["FL200"], found
    # any other Groovy file is only searched, as before: its mention is said, nothing judged
    (tmp_path / "src").mkdir()
    found = check_file(tmp_path, "src/Launcher.groovy", step.replace("BODY", WRONG))
    assert codes(found) == ["FL011"], found
