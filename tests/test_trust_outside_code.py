"""Misses and false positives outside the code readers: records that are no request, saved requests, URLs' userinfo,
the flow ID in the launch URL, Terraform inputs named `id`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

RUN_ID = "a1b2c3d4-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def found(*args: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", *args)


def codes(said: list[dict[str, Any]]) -> list[str]:
    return sorted(d["code"] for d in said if d["code"] != "FL200")


pytestmark = pytest.mark.usefixtures("in_tmp")


RECORD = {"flowId": UUID, "id": RUN_ID, "status": "RUNNING", "dateLaunched": "2024-03-01T10:00:00Z"}
RECORDS = {
    "run.json": json.dumps(RECORD),
    "runs.json": json.dumps([RECORD, {**RECORD, "status": "COMPLETED", "dateCompleted": "2024-03-01T10:01:00Z"}]),
    "run.yaml": f"flowId: {UUID}\nid: {RUN_ID}\nstatus: 'FAILED'\nflowErrorInfo:\n  message: boom\n",
}


@pytest.mark.parametrize("name", RECORDS)
def test_a_kept_record_of_a_run_is_no_request(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(RECORDS[name])
    said = found(name)
    assert codes(said) == ["FL012"] and "a record of a flow execution" in said[0]["message"]
    assert codes(found(".")) == []  # walked: passed in silence


@pytest.mark.parametrize("body", [
    {"flowId": UUID, "status": "RUNNING"},  # no member only a run has
    {"flowId": UUID, "inputData": {}, "status": "active", "dateLaunched": "2024-03-01T10:00:00Z"},  # no run's status
    {"flowId": UUID, "status": "RUNNING", "dateLaunched": "2024-03-01T10:00:00Z", "inputData": {"Flow.x": "1"}},  # sends inputs
])
def test_a_request_with_a_stray_status_is_judged(tmp_path: Path, body: dict[str, Any]) -> None:
    # (named so that its name says launch: a flowId beside a status and nothing else is a record, named or walked)
    (tmp_path / "launch-body.json").write_text(json.dumps(body))
    said = found("launch-body.json")
    assert "FL102" in codes(said) and any(d["pointer"] == "/status" for d in said)


API = "https://api.mypurecloud.com/api/v2/flows/executions"
YAML_REQUEST = f"""method: POST
url: {API}
headers:
  Authorization: Bearer {{{{token}}}}
body:
  flowId: {UUID}
  inputData:
    contactId: x
"""


def test_a_request_saved_as_yaml_is_read_as_the_json_one_is(tmp_path: Path) -> None:
    (tmp_path / "launch.yaml").write_text(YAML_REQUEST)
    said = found("launch.yaml")
    assert [(d["code"], d["line"], d["column"], d["pointer"]) for d in said if d["code"] != "FL200"] == \
        [("FL203", 8, 5, "/inputData/contactId")]


def test_a_yaml_saved_request_s_json_text_body_gets_its_syntax_fix(tmp_path: Path) -> None:
    body = f'{{\n  "flowId": "{UUID}",\n  "inputData": {{"Flow.x": 1,}}\n}}\n'
    text = f"method: POST\nurl: {API}\nheaders:\n  Content-Type: application/json\nbody: |\n" + \
        "".join("  " + line for line in body.splitlines(keepends=True))
    (tmp_path / "launch.yaml").write_text(text)
    said = found("launch.yaml")
    assert [(d["code"], d["line"], d["column"]) for d in said] == [("FL001", 8, 30)]
    assert flowlint("check", "--no-cache", "--fix", "launch.yaml").exit_code == 0
    assert (tmp_path / "launch.yaml").read_text() == text.replace("1,}", "1}")


def test_a_saved_request_with_broken_json_gets_fl001_where_it_breaks_and_its_fix(tmp_path: Path) -> None:
    text = json.dumps({"method": "POST", "url": API, "body": {"flowId": UUID, "inputData": {"Flow.x": 1}}})
    broken = text.replace("1}}", "1,}}")
    (tmp_path / "launch.json").write_text(broken)
    said = found("launch.json")
    assert [(d["code"], d["column"], d["fix"]["edits"][0]["content"]) for d in said] == [("FL001", broken.index(",}") + 1, "")]
    assert flowlint("check", "--no-cache", "--fix", "launch.json").exit_code == 0
    assert (tmp_path / "launch.json").read_text() == text


def test_a_yaml_saved_request_s_variables_are_unknown_as_in_a_json_one(tmp_path: Path) -> None:
    (tmp_path / "launch.yaml").write_text(YAML_REQUEST.replace(UUID, '"{{flowId}}"'))
    said = found("launch.yaml")
    assert [d["code"] for d in said] == ["FL203"]  # reached: the body is read; `{{flowId}}` is no bad flow ID (FL104)


SHORT = "https://bot:pw@api.mypurecloud.com/api/v2/flows/executions"
SHELL_LAUNCH = "curl -X POST '{url}' -H 'Content-Type: application/json' -d '{{\"flowId\": \"" + UUID + "\"}}'\n"


@pytest.mark.parametrize(("name", "text"), [
    ("launch.sh", SHELL_LAUNCH.format(url=SHORT)),
    ("launch.http", f"POST {SHORT}\nContent-Type: application/json\n\n{{\"flowId\": \"{UUID}\"}}\n"),
    ("launch.js", f"fetch('{SHORT}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
                  f"body: JSON.stringify({{flowId: '{UUID}'}})}});\n"),
    ("mixed.http", f"POST {SHORT.replace(':pw@', ':Pa55w0rdSecret@')}\nContent-Type: application/json\n\n{{\"flowId\": \"{UUID}\"}}\n"),
    ("sign-in.sh", f"curl -u bot:pw -X POST {API} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\"}}'\n"),
])
def test_a_short_password_in_a_url_s_userinfo_is_a_literal_credential(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    said = found(name)
    assert codes(said) == ["FL305"]
    shown = flowlint("check", "--no-cache", "--no-color", name).stdout
    assert "bot:pw" not in shown and "bot:Pa55" not in shown  # masked


@pytest.mark.parametrize("url", [
    "https://bot:${PW}@api.mypurecloud.com/api/v2/flows/executions",  # the shell's variable
    "https://bot:<password>@api.mypurecloud.com/api/v2/flows/executions",
    "https://bot:password@api.mypurecloud.com/api/v2/flows/executions",  # the word itself: a placeholder
])
def test_a_placeholder_password_in_a_url_is_none(tmp_path: Path, url: str) -> None:
    (tmp_path / "launch.sh").write_text(SHELL_LAUNCH.format(url=url))
    said = found("launch.sh")
    assert codes(said) == [] and [d["code"] for d in said] == ["FL200"]  # reached: the launch was read


def test_known_text_around_a_template_hole_is_never_joined_into_a_password(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(
        "const pw = process.env.PW;\n"
        "fetch(`https://bot:x${pw}@api.mypurecloud.com/api/v2/flows/executions`, {method: 'POST', "
        f"headers: {{'Content-Type': 'application/json'}}, body: JSON.stringify({{flowId: '{UUID}'}})}});\n")
    said = found("launch.js")
    assert [d["code"] for d in said] == ["FL200"]  # reached: the launch was read, and no FL305


FLOW_URLS = {
    "after": f"https://api.mypurecloud.com/api/v2/flows/executions/{UUID}",
    "before": f"https://api.mypurecloud.com/api/v2/flows/{UUID}/executions",
}
FIXED_KINDS = {
    "launch.http": "POST {url}\nContent-Type: application/json\n\n{body}\n",
    "launch.sh": "curl -X POST '{url}' -H 'Content-Type: application/json' -d '{body}'\n",
    "launch.md": "# Launch\n\n```sh\ncurl -X POST '{url}' -H 'Content-Type: application/json' -d '{body}'\n```\n",
    "launch.json": '{{"method": "POST", "url": "{url}", "body": {body}}}\n',
    "launch.tf": 'resource "genesyscloud_integration_action" "a" {{\n  name = "a"\n  category = "a"\n  integration_id = "a"\n'
                 '  contract_input = "{{}}"\n  contract_output = "{{}}"\n  config_request {{\n    request_url_template = "{url}"\n'
                 '    request_type = "POST"\n    request_template = "{escaped}"\n    headers = {{ "Content-Type" = "application/json" }}\n'
                 '  }}\n}}\n',
}


@pytest.mark.parametrize("form", FLOW_URLS)
@pytest.mark.parametrize("name", FIXED_KINDS)
def test_the_flow_id_in_the_launch_url_is_moved_to_the_body_by_fl106_s_fix(tmp_path: Path, name: str, form: str) -> None:
    body = '{"inputData": {"Flow.a": "1"}}'
    text = FIXED_KINDS[name].format(url=FLOW_URLS[form], body=body, escaped=body.replace('"', '\\"'))
    (tmp_path / name).write_text(text)
    said = found(name)
    fl106 = [d for d in said if d["code"] == "FL106"]
    assert [d["fix"]["applicability"] for d in fl106] == ["safe"], said
    assert fl106[0]["help"] == f'send it to /api/v2/flows/executions and add "flowId": "{UUID}" to the body'
    assert "FL103" in codes(said)  # the body lacks the ID: one mistake, fixed by FL106's fix
    assert flowlint("check", "--no-cache", "--fix", name).exit_code == 0
    fixed = (tmp_path / name).read_text()
    assert FLOW_URLS[form] not in fixed and "https://api.mypurecloud.com/api/v2/flows/executions" in fixed
    assert codes(found(name)) == []


@pytest.mark.parametrize(("url", "body", "why"), [
    (f"https://api.mypurecloud.com/api/v2/flows/executions/{UUID}", '{"flowId": "8f3c2a1e-0000-4c9e-a2f4-6d1b3e5a7c90"}',
     "two IDs"),
    ("https://api.mypurecloud.com/api/v2/flows/executions/{{flowId}}", '{"inputData": {}}', "a variable"),
    (f"https:\\/\\/api.mypurecloud.com\\/api\\/v2\\/flows\\/executions\\/{UUID}", '{"inputData": {}}', "escaped"),
])
def test_fl106_offers_no_fix_it_cannot_write_exactly(tmp_path: Path, url: str, body: str, why: str) -> None:
    (tmp_path / "launch.json").write_text(f'{{"method": "POST", "url": "{url}", "body": {body}}}\n')
    said = [d for d in found("launch.json") if d["code"] == "FL106"]
    assert len(said) == 1 and said[0]["fix"] is None and said[0]["help"].startswith("POST to"), why


def test_fl106_s_fix_is_unsafe_when_the_body_buries_a_flow_id(tmp_path: Path) -> None:
    (tmp_path / "launch.http").write_text(f"POST {FLOW_URLS['after']}\nContent-Type: application/json\n\n"
                                          f'{{"configuration": {{"flowId": "{UUID}"}}}}\n')
    said = [d for d in found("launch.http") if d["code"] == "FL106"]
    assert [d["fix"]["applicability"] for d in said] == ["unsafe"]


@pytest.mark.parametrize("url", [
    f"http://localhost:3000/api/v2/flows/{UUID}/executions",  # the project's own service, or a test stand-in
    f"https://flows.internal/api/v2/flows/executions/{UUID}",
    f"https://myorg.mypurecloud.com/api/v2/flows/{UUID}/executions",  # a Genesys domain, but no API host (FL302)
])
def test_fl106_s_fix_is_unsafe_on_any_host_but_a_genesys_cloud_api_host(tmp_path: Path, url: str) -> None:
    text = f'POST {url}\nContent-Type: application/json\n\n{{"inputData": {{"Flow.x": 1}}}}\n'
    (tmp_path / "own.http").write_text(text)
    said = [d for d in found("own.http") if d["code"] == "FL106"]
    assert [d["fix"]["applicability"] for d in said] == ["unsafe"]
    flowlint("check", "--no-cache", "--fix", "own.http")
    assert (tmp_path / "own.http").read_text() == text  # plain --fix leaves someone's own service alone


OTHER_UUID = "11111111-5b7d-4c9e-a2f4-6d1b3e5a7c90"


@pytest.mark.parametrize(("inputs", "flow_id_said"), [
    ({"id": "c-1"}, False),  # a record's ID: an input lacking its prefix
    ({"id": OTHER_UUID}, False),  # a UUID beside another flowId: a conversation's as often as a flow's
    ({"id": UUID}, True),  # the launch's own flow ID again
    ({"flow_id": "c-1"}, True),  # named as the flow ID
])
def test_an_input_named_id_is_said_to_be_the_flow_id_only_when_it_is(tmp_path: Path, inputs: dict[str, str],
                                                                     flow_id_said: bool) -> None:
    (tmp_path / "body.json").write_text(json.dumps({"flowId": UUID, "inputData": inputs}))
    said = [d for d in found("body.json") if d["code"] == "FL203"]
    assert len(said) == 1  # reached
    assert ("the flow ID goes only at the top level" in said[0]["message"]) is flow_id_said


def test_a_terraform_data_action_s_input_named_id_is_an_input(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(
        'resource "genesyscloud_integration_action" "a" {\n  name = "a"\n  category = "a"\n  integration_id = "a"\n'
        '  contract_input = jsonencode({ type = "object", properties = { id = { type = "string" } } })\n'
        '  contract_output = "{}"\n  config_request {\n    request_url_template = "/api/v2/flows/executions"\n'
        '    request_type = "POST"\n'
        f'    request_template = "{{\\"flowId\\": \\"{UUID}\\", \\"inputData\\": {{\\"id\\": \\"$${{input.id}}\\"}}}}"\n'
        '    headers = { "Content-Type" = "application/json" }\n  }\n}\n')
    said = [d for d in found("main.tf") if d["code"] == "FL203"]
    assert [d["message"] for d in said] == ["the input `id` lacks the `Flow.` prefix every flow input variable carries"]


CURL_USER = "curl -u '{user}' -X POST " + API + " -H 'Content-Type: application/json' -d '{{\"flowId\": \"" + UUID + "\"}}'\n"
#: Credential placeholders named for their role, as documentation writes them.
PLACEHOLDERS = ["client_id:client_secret", "CLIENT_ID:CLIENT_SECRET", "your_client_id:your_client_secret",
                "myClientId:myClientSecret", "client-id:client-secret", "user:my-api-key", "id:<secret>", "id:${SECRET}",
                "id:{{clientSecret}}", "id:xxxx-xxxx", "id:YOUR_CLIENT_SECRET_HERE", "user:mysecret",
                "user:%2A%2A%2A"]  # percent-encoded ***, as a URL's userinfo writes it


@pytest.mark.parametrize("user", PLACEHOLDERS)
def test_a_credential_placeholder_named_for_its_role_is_no_password(tmp_path: Path, user: str) -> None:
    (tmp_path / "launch.sh").write_text(CURL_USER.format(user=user))
    (tmp_path / "README.md").write_text(f"# Launch\n\n```sh\n{CURL_USER.format(user=user)}```\n")
    (tmp_path / "url.sh").write_text(SHELL_LAUNCH.format(url=SHORT.replace("bot:pw", user)))
    for name in ("launch.sh", "README.md", "url.sh"):
        said = found(name)
        assert [d["code"] for d in said] == ["FL200"], (name, said)  # reached: the launch was read, and no FL305


def test_a_readme_s_unquoted_placeholder_is_no_password(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(f"# Launch\n\n```sh\ncurl -u client_id:client_secret -X POST {API} -H 'Content-Type: "
                                        f"application/json' -d '{{\"flowId\": \"{UUID}\"}}'\n```\n")
    said = found("README.md")
    assert [d["code"] for d in said] == ["FL200"], said


@pytest.mark.parametrize(("name", "text", "secret"), [
    ("alice.sh", CURL_USER.format(user="alice:s3cret"), "s3cret"),
    ("words.sh", CURL_USER.format(user="client_id:Pa55w0rdSecret"), "Pa55w0rdSecret"),
    ("me.sh", SHELL_LAUNCH.format(url=SHORT.replace("bot:pw", "me:Tr0ub4dor3")), "Tr0ub4dor3"),
    ("bot.sh", SHELL_LAUNCH.format(url=SHORT.replace("bot:pw", "bot:hunter2hunter2")), "hunter2hunter2"),
    ("super.sh", SHELL_LAUNCH.format(url=SHORT.replace("bot:pw", "bot:supersecret")), "supersecret"),  # `super` is no role
])
def test_a_password_beside_placeholders_is_still_one(tmp_path: Path, name: str, text: str, secret: str) -> None:
    (tmp_path / name).write_text(text)
    assert codes(found(name)) == ["FL305"]
    assert secret not in flowlint("check", "--no-cache", "--no-color", name).stdout  # masked
