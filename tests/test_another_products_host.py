"""A request the file sends to another product is not judged as a Genesys Cloud launch (reviewer C's finds, rebuilt in
/tmp/s38/hosts/): a base read when it runs whose literal fallback is another product's host (`os.environ.get("X",
"https://sched.example.com")`, `process.env.X ?? '…'`, `${X:-…}`), a shell, Cloud Build, GitHub Actions or Jenkins
base given from outside (`${SCHEDULER_URL}`) with a body of members no launch has, and a body holding nothing of a
launch's sent to a stand-in or a relative path. Each is said (FL011), and the same shapes sent to Genesys Cloud, or
with a launch's evidence, are still judged."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID2, check_file

check = functools.partial(check_file, contract_findings=False)

#: The file shows Genesys Cloud elsewhere (a sign-in to its login host), so only the call's own evidence decides.
PY_SIGN_IN = 'TOKEN_URL = "https://login.mypurecloud.com/oauth/token"\n'
JS_SIGN_IN = "const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';\n"
SH_SIGN_IN = "TOKEN=$(curl -s -X POST https://login.mypurecloud.com/oauth/token -d grant_type=client_credentials)\n"

#: A base read when the code runs with its fallback written (HOST), and a call sending BODY to it, by language.
DEFAULTED = {
    "environ_get.py": ('import os\nimport requests\n' + PY_SIGN_IN + 'BASE = os.environ.get("SCHED_URL", "HOST")\n'
                       'requests.post(f"{BASE}/api/v2/flows/executions", json=BODY)\n'),
    "getenv_or.py": ('import os\nimport requests\n' + PY_SIGN_IN + 'BASE = os.getenv("SCHED_URL") or "HOST"\n'
                     'requests.post(BASE + "/api/v2/flows/executions", json=BODY)\n'),
    "inline.py": ('import os\nimport requests\n' + PY_SIGN_IN +
                  'requests.post(os.environ.get("SCHED_URL", "HOST") + "/api/v2/flows/executions", json=BODY)\n'),
    "nullish.js": ("const axios = require('axios');\n" + JS_SIGN_IN + "const BASE = process.env.SCHED_URL ?? 'HOST';\n"
                   "axios.post(`${BASE}/api/v2/flows/executions`, BODY);\n"),
    "or_inline.js": ("const axios = require('axios');\n" + JS_SIGN_IN +
                     "axios.post(`${process.env.SCHED_URL || 'HOST'}/api/v2/flows/executions`, BODY);\n"),
    "config.ts": (JS_SIGN_IN + "const config = { schedulerUrl: process.env.SCHED_URL ?? 'HOST' };\n"
                  "export const go = () => fetch(`${config.schedulerUrl}/api/v2/flows/executions`, {\n"
                  "  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BODY) });\n"),
    "default.sh": (SH_SIGN_IN + "curl -X POST \"${SCHED_URL:-HOST}/api/v2/flows/executions\" "
                   "-H 'Content-Type: application/json' -d 'BODY'\n"),
    "assigned.sh": (SH_SIGN_IN + 'BASE="${SCHED_URL-HOST}"\ncurl -X POST "$BASE/api/v2/flows/executions" '
                    "-H 'Content-Type: application/json' -d 'BODY'\n"),
}
#: Bodies as each language writes them: another product's members, and a launch's own vocabulary (flowId, inputData).
FOREIGN = {"py": '{"job": "nightly", "priority": 5, "parameters": {"x": 1}}',
           "js": "{ job: 'nightly', priority: 5, parameters: { x: 1 } }", "sh": '{"job": "nightly", "priority": 5}'}
LAUNCH_LIKE = {"py": '{"flowId": "nightly", "inputData": {"x": 1}, "priority": 5}',
               "js": "{ flowId: 'nightly', inputData: { x: 1 }, priority: 5 }",
               "sh": '{"flowId": "nightly", "inputData": {"x": 1}, "priority": 5}'}
#: A launch written wrong (the flowId misspelt, a member no launch has): FL102 where it is judged.
WRONG_LAUNCH = {"py": '{"flowID": "nightly", "priority": 5}', "js": "{ flowID: 'nightly', priority: 5 }",
                "sh": '{"flowID": "nightly", "priority": 5}'}


def written(name: str, host: str, bodies: dict[str, str]) -> str:
    language = "js" if name.endswith((".js", ".ts")) else name.rpartition(".")[2]
    return DEFAULTED[name].replace("HOST", host).replace("BODY", bodies[language])


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in found]


@pytest.mark.parametrize("bodies", [FOREIGN, LAUNCH_LIKE], ids=["foreign", "launch-like"])
@pytest.mark.parametrize("name", sorted(DEFAULTED))
def test_a_base_falling_back_to_another_products_host_is_not_judged_and_said(
        tmp_path: Path, name: str, bodies: dict[str, str]) -> None:
    text = written(name, "https://sched.example.com", bodies)
    found = check(tmp_path, name, text)
    # reached: the request was read, and said not checked (as one written to that host is), whatever -v
    assert codes(found) == ["FL011"], found
    assert "falls back to sched.example.com" in found[0]["message"]
    assert found[0]["line"] == text.count("\n", 0, text.index("/api/v2/flows/executions")) + 1


@pytest.mark.parametrize("name", sorted(DEFAULTED))
def test_a_base_falling_back_to_genesys_cloud_is_judged(tmp_path: Path, name: str) -> None:
    found = check(tmp_path, name, written(name, "https://api.mypurecloud.com", WRONG_LAUNCH))
    assert "FL102" in codes(found) and "FL103" in codes(found), found


@pytest.mark.parametrize("name", ["environ_get.py", "nullish.js", "default.sh"])
def test_a_fallback_whose_name_says_genesys_is_a_gateway_and_judged(tmp_path: Path, name: str) -> None:
    text = written(name, "https://gateway.acme.com", WRONG_LAUNCH).replace("SCHED_URL", "GENESYS_GATEWAY")
    assert "FL102" in codes(check(tmp_path, name, text))


def test_a_fallback_to_a_local_host_leaves_the_base_unknown(tmp_path: Path) -> None:
    """A local default (`http://localhost:8080`) names no product: a launch's own vocabulary there is judged, as any
    base read from the environment is; another API's members are not."""
    launch = f'{{"flowId": "{UUID2}", "inputData": {{"Flow.x": 1}}, "priority": 5}}'
    text = written("environ_get.py", "http://localhost:8080", {"py": launch})
    assert codes(check(tmp_path, "environ_get.py", text)) == ["FL102"]
    text = written("environ_get.py", "http://localhost:8080", {"py": '{"flowId": "nightly", "priority": 5}'})
    assert check(tmp_path, "environ_get.py", text) == []
    noted = check(tmp_path, "environ_get.py", text, "-v")
    assert codes(noted) == ["FL011"] and "another API's" in noted[0]["message"], noted


#: A curl posting BODY to a base given from outside the file (BASE), in each host of shell scripts.
OUTSIDE = {
    "run.sh": SH_SIGN_IN + "curl -X POST \"BASE/api/v2/flows/executions\" -H 'Content-Type: application/json' -d 'BODY'\n",
    "cloudbuild.yaml": ("steps:\n  - name: gcr.io/cloud-builders/curl\n    entrypoint: bash\n    args:\n      - -c\n"
                        "      - |\n        TOKEN=$$(curl -s https://login.mypurecloud.com/oauth/token)\n"
                        "        curl -X POST \"BASE/api/v2/flows/executions\" -H 'Content-Type: application/json' "
                        "-d 'BODY'\n"),
    ".github/workflows/nightly.yml": ("on: push\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n"
                                      "      GENESYSCLOUD_REGION: us-east-1\n    steps:\n      - run: |\n"
                                      "          curl -X POST \"BASE/api/v2/flows/executions\" "
                                      "-H 'Content-Type: application/json' -d 'BODY'\n"),
    "Jenkinsfile": ("pipeline {\n  agent any\n  environment { GENESYSCLOUD_REGION = 'us-east-1' }\n  stages {\n"
                    "    stage('run') {\n      steps {\n        sh \"\"\"\n"
                    "          curl -X POST \"BASE/api/v2/flows/executions\" -H 'Content-Type: application/json' "
                    "-d 'BODY'\n        \"\"\"\n      }\n    }\n  }\n}\n"),
}
BASES = {"run.sh": ["${SCHEDULER_URL}", "$API"], "cloudbuild.yaml": ["${_SCHEDULER_URL}"],
         ".github/workflows/nightly.yml": ["${SCHEDULER_URL}", "${{ vars.SCHEDULER_URL }}"],
         "Jenkinsfile": ["${env.SCHEDULER_URL}", "\\$SCHEDULER_URL"]}
OUTSIDE_CASES = [(name, base) for name in sorted(OUTSIDE) for base in BASES[name]]


def outside(tmp_path: Path, name: str, base: str, body: str, *extra: str) -> list[dict[str, Any]]:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    return check(tmp_path, name, OUTSIDE[name].replace("BASE", base).replace("BODY", body), *extra)


@pytest.mark.parametrize("body", ['{"flowId": "nightly-report", "priority": 5}', '{"job": "nightly", "priority": 5}'])
@pytest.mark.parametrize(("name", "base"), OUTSIDE_CASES)
def test_a_base_given_from_outside_with_another_products_body_is_not_judged(
        tmp_path: Path, name: str, base: str, body: str) -> None:
    # (no note that the curl was not read: it was; a CI file's kind says none of its steps launches a flow)
    assert codes(outside(tmp_path, name, base, body)) in ([], ["FL012"])
    noted = [d for d in outside(tmp_path, name, base, body, "-v") if d["code"] != "FL012"]
    assert codes(noted) == ["FL011"] and "not read as a launch" in noted[0]["message"], noted  # reached, decided


@pytest.mark.parametrize(("name", "base"), OUTSIDE_CASES)
def test_a_launch_to_a_base_given_from_outside_is_still_judged(tmp_path: Path, name: str, base: str) -> None:
    body = f'{{"flowId": "{UUID2}", "inputData": {{"Flow.x": 1}}, "priority": 5}}'
    assert codes(outside(tmp_path, name, base, body)) == ["FL102"]  # `priority`


@pytest.mark.parametrize(("name", "base"), [("run.sh", "${GENESYS_API_URL}"), ("cloudbuild.yaml", "${_GENESYS_API}"),
                                            ("Jenkinsfile", "${env.GENESYS_API}")])
def test_a_base_from_outside_named_for_genesys_cloud_is_judged(tmp_path: Path, name: str, base: str) -> None:
    assert "FL102" in codes(outside(tmp_path, name, base, '{"flowId": "nightly-report", "priority": 5}'))


def test_a_base_the_script_builds_is_judged_where_the_file_shows_genesys(tmp_path: Path) -> None:
    text = (SH_SIGN_IN + 'BASE="https://api.$REGION"\ncurl -X POST "$BASE/api/v2/flows/executions" '
            "-H 'Content-Type: application/json' -d '{\"flowId\": \"nightly-report\", \"priority\": 5}'\n")
    assert "FL102" in codes(check(tmp_path, "run.sh", text))


#: Requests with a body holding nothing of a launch's, to a stand-in or the app's own path, in files showing Genesys
#: Cloud or `flowlint serve` (which made them launches before).
NO_VOCABULARY = {
    "test_serve.py": ('import requests\n' + PY_SIGN_IN + 'def test_bad_body():\n'
                      '    r = requests.post("URL", json=BODY)\n    print(r.json())\n'),
    "app.test.js": ("const genesys = 'https://api.mypurecloud.com';\n"
                    "it('answers', async () => {\n  const res = await fetch('URL', { method: 'POST', "
                    "headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BODY) });\n"
                    "  console.log(res.status, genesys);\n});\n"),
    "serve.sh": ("flowlint serve &\ncurl -s -X POST URL -H 'Content-Type: application/json' -d 'BODY'\n"),
}
URLS = ["http://localhost:8080/api/v2/flows/executions", "http://127.0.0.1:8787/api/v2/flows/executions"]


def stand_in(tmp_path: Path, name: str, url: str, body: str, *extra: str) -> list[dict[str, Any]]:
    return check(tmp_path, name, NO_VOCABULARY[name].replace("URL", url).replace("BODY", body), *extra)


@pytest.mark.parametrize("body", ['{"foo": 1}', "{}"])
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("name", sorted(NO_VOCABULARY))
def test_a_body_of_nothing_a_launch_has_to_a_stand_in_is_not_judged(tmp_path: Path, name: str, url: str,
                                                                     body: str) -> None:
    body = body.replace('"foo"', "foo") if name.endswith(".js") else body
    assert stand_in(tmp_path, name, url, body) == []
    noted = stand_in(tmp_path, name, url, body, "-v")
    assert codes(noted) == ["FL011"] and "holds nothing of a launch's" in noted[0]["message"], noted


def test_a_relative_path_with_an_empty_body_is_the_apps_own_route(tmp_path: Path) -> None:
    found = stand_in(tmp_path, "app.test.js", "/api/v2/flows/executions", "{}", "-v")
    assert codes(found) == ["FL011"] and "a relative URL" in found[0]["message"], found


@pytest.mark.parametrize(("body", "code"), [('{"flowID": "nightly"}', "FL102"), ('{"inputs": {"Flow.x": 1}}', "FL101"),
                                            ('{"name": "run"}', "FL103")])
@pytest.mark.parametrize("name", sorted(NO_VOCABULARY))
def test_a_launch_written_wrong_to_a_stand_in_is_still_judged(tmp_path: Path, name: str, body: str, code: str) -> None:
    if name.endswith(".js"):
        body = body.replace('"flowID"', "flowID").replace('"inputs"', "inputs").replace('"name"', "name")
    assert code in codes(stand_in(tmp_path, name, URLS[0], body))


@pytest.mark.parametrize("name", sorted(NO_VOCABULARY))
def test_an_empty_body_to_genesys_cloud_is_judged(tmp_path: Path, name: str) -> None:
    assert "FL103" in codes(stand_in(tmp_path, name, "https://api.mypurecloud.com/api/v2/flows/executions", "{}"))


#: A base a settings object reads from the environment with no default, used through the object's member.
SETTINGS = {
    "settings.ts": ("import platformClient from 'purecloud-platform-client-v2';\n"
                    "const config = {\n  schedulerUrl: process.env.VARIABLE,\n};\n"
                    "export const go = () => fetch(`${config.schedulerUrl}/api/v2/flows/executions`, {\n"
                    "  method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
                    "  body: JSON.stringify({ flowId: 'nightly-report', priority: 5 }) });\nexport { platformClient };\n"),
    "settings.js": ("const axios = require('axios');\n" + JS_SIGN_IN +
                    "const settings = { scheduler: { url: process.env['VARIABLE'] } };\n"
                    "axios.post(settings.scheduler.url + '/api/v2/flows/executions', { flowId: 'nightly-report', priority: 5 });\n"),
    "settings.py": ('import os\nimport requests\n' + PY_SIGN_IN + 'SETTINGS = {"scheduler": os.getenv("VARIABLE")}\n'
                    'requests.post(f"{SETTINGS[\'scheduler\']}/api/v2/flows/executions", '
                    'json={"flowId": "nightly-report", "priority": 5})\n'),
}


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_a_settings_member_read_from_the_environment_is_another_apis_base(tmp_path: Path, name: str) -> None:
    text = SETTINGS[name].replace("VARIABLE", "SCHEDULER_URL")
    assert check(tmp_path, name, text) == []
    noted = check(tmp_path, name, text, "-v")
    assert codes(noted) == ["FL011"] and "another API's" in noted[0]["message"], noted  # reached, decided


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_a_settings_member_read_from_a_genesys_variable_is_judged(tmp_path: Path, name: str) -> None:
    assert "FL102" in codes(check(tmp_path, name, SETTINGS[name].replace("VARIABLE", "GENESYS_API_URL")))


#: A .http file that signs in to Genesys Cloud, then posts to a base BASE the file does not write.
HTTP = ("@login = https://login.mypurecloud.com\n@base = {{$processEnv SCHED_URL}}\n@built = https://api.{{region}}\n\n"
        "### sign in\nPOST {{login}}/oauth/token\nContent-Type: application/x-www-form-urlencoded\n\n"
        "grant_type=client_credentials\n\n### the job\nPOST BASE/api/v2/flows/executions\n"
        "Content-Type: application/json\n\n{\"flowId\": \"nightly-report\", \"priority\": 5}\n")


@pytest.mark.parametrize("base", ["{{base}}", "{{schedulerUrl}}", "{{$dotenv SCHED_URL}}"])
def test_a_request_files_base_given_from_outside_is_another_apis(tmp_path: Path, base: str) -> None:
    text = HTTP.replace("BASE", base)
    assert check(tmp_path, "job.http", text) == []
    noted = check(tmp_path, "job.http", text, "-v")
    assert codes(noted) == ["FL011"] and "another API's" in noted[0]["message"], noted  # reached, decided


@pytest.mark.parametrize("base", ["{{built}}", "{{genesysApi}}"])
def test_a_request_files_base_built_or_named_for_genesys_is_judged(tmp_path: Path, base: str) -> None:
    assert "FL102" in codes(check(tmp_path, "job.http", HTTP.replace("BASE", base)))


def test_a_request_files_base_its_environments_give_is_judged(tmp_path: Path) -> None:
    (tmp_path / "http-client.env.json").write_text(
        '{"dev": {"schedulerUrl": "http://localhost:8787"}, "prod": {"schedulerUrl": "https://api.mypurecloud.com"}}')
    assert "FL102" in codes(check(tmp_path, "job.http", HTTP.replace("BASE", "{{schedulerUrl}}")))
