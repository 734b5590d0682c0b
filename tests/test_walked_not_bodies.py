"""Walked files that are no launch body stay quiet: a locale's table whose keys are near misses of a launch member's
name (`flowIdHelp`) or whose labels start with a placeholder (`{count} runs`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources.candidates import launch_key_depth

from conftest import flowlint

#: Locale files seen in the wild (final review 26): a label about the flow ID under a near miss of its name.
NEAR_MISS_LOCALES = {
    "src/locales/en.json": json.dumps({"flowId": "Flow ID", "flowIdHelp": "The ID of the flow to start",
                                       "inputData": "Input data", "submit": "Launch"}),
    "src/lang/de.json": json.dumps({"flowId": "Flow-ID", "flowIdHint": "z. B. 8f3c2a1e-…",
                                    "inputData": "Eingabedaten (JSON)", "submit": "Starten",
                                    "count": "{count} Ausführungen"}, ensure_ascii=False),
}
LAUNCH = json.dumps({"flowId": "Customer Callback", "inputData": "Customer name and phone"})


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def codes_by_file(root: Path, *args: str) -> dict[str, set[str]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(root))
    assert result.exit_code in (0, 1), result.stdout
    by_file: dict[str, set[str]] = {}
    for diagnostic in json.loads(result.stdout)["diagnostics"]:
        relative = Path(str(diagnostic["file"])).resolve().relative_to(root.resolve()).as_posix()
        by_file.setdefault(relative, set()).add(str(diagnostic["code"]))
    return by_file


def test_locales_with_near_miss_keys_stay_quiet(tmp_path: Path) -> None:
    write(tmp_path, {**NEAR_MISS_LOCALES, "launch/callback.json": LAUNCH})
    codes = codes_by_file(tmp_path)
    assert codes.get("launch/callback.json") == {"FL104", "FL105"}  # the walk reached and judged the launch beside
    assert not set(codes) & set(NEAR_MISS_LOCALES)
    notes = codes_by_file(tmp_path, "-v")
    assert all(notes.get(name) == {"FL012"} for name in NEAR_MISS_LOCALES)  # told why, with -v


@pytest.mark.parametrize(("value", "depth"), [
    (json.loads(NEAR_MISS_LOCALES["src/locales/en.json"]), "record"),
    (json.loads(NEAR_MISS_LOCALES["src/lang/de.json"]), "record"),
    ({"flowId": "ID du flux", "flowIdAide": "L'identifiant du flux", "inputData": "Données d'entrée"}, "record"),
    ({"flowId": "ID du flux", "inputData": "Données d'entrée", "total": "{{ n }} exécutions"}, "record"),
    # a misspelt member holding what a launch sends is still a body's
    ({"flowId": "Customer Callback", "flowVerison": "2.0", "inputData": "Customer name"}, "shallow"),
    ({"flowId": "Customer Callback", "inputDta": {"Flow.a": 1}, "title": "Launch"}, "shallow"),
    ({"flowId": "Customer Callback", "inputData": "Customer name and phone", "total": "{count}"}, "shallow"),
])
def test_near_miss_label_tables(value: object, depth: str) -> None:
    assert launch_key_depth(value) == depth


#: Terraform's templatefile() of a launch body named `.json` (final review 26): its holes are filled before it is sent.
TERRAFORM = """resource "genesyscloud_integration_action" "a" {
  name = "A"
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = templatefile("${path.module}/templates/launch.json", {
      flow_id = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"
      count   = 3
    })
  }
}
"""
TEMPLATE = '{\n  "flowId": "${flow_id}",\n  "inputData": { "Flow.count": ${count}, "Flow.id": "$${input.id}" }\n}\n'
QUOTED_TEMPLATE = json.dumps({"flowId": "${flow_id}", "inputData": {"Flow.count": "${count}"}})
YAML_TEMPLATE = "flowId: ${flow_id}\ninputData:\n  Flow.count: '%{ if big }9%{ else }1%{ endif }'\n"


def test_a_walked_template_is_read_as_the_terraform_template_only(tmp_path: Path) -> None:
    write(tmp_path, {"main.tf": TERRAFORM, "templates/launch.json": TEMPLATE})
    codes = codes_by_file(tmp_path)
    assert codes == {"templates/launch.json": {"FL200"}}  # read through templatefile() (holes unknown), never as a literal body


@pytest.mark.parametrize("name", ["bodies/launch.json", "bodies/quoted.json", "bodies/launch.yaml"])
def test_walked_files_with_template_holes_get_no_finding_on_a_hole(tmp_path: Path, name: str) -> None:
    files = {"bodies/launch.json": TEMPLATE, "bodies/quoted.json": QUOTED_TEMPLATE, "bodies/launch.yaml": YAML_TEMPLATE}
    write(tmp_path, {name: files[name], "launch/callback.json": LAUNCH})
    codes = codes_by_file(tmp_path)
    assert codes == {"launch/callback.json": {"FL104", "FL105"}}  # a body without holes beside is judged as before
    # judged with each holed value unknown (test_walked_template_bodies.py): nothing to say, even with -v
    assert name not in codes_by_file(tmp_path, "-v")
    # named, one that parses is judged as the body it is (FL104 says the platform refuses the placeholder); one that
    # parses only with its bare holes unknown (`${count}` where a value goes) is a template by its content: read so,
    # no FL001 on the guess that it is sent as written (review A, issues 5 and 14)
    named = _named_codes(tmp_path / name)
    assert not named & {"FL001", "FL104"} if name == "bodies/launch.json" else named & {"FL001", "FL104"}, named


def _named_codes(path: Path) -> set[str]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    return {str(d["code"]) for d in json.loads(result.stdout)["diagnostics"]}


def test_an_escaped_hole_is_no_template(tmp_path: Path) -> None:
    write(tmp_path, {"launch/callback.json": json.dumps({"flowId": "Customer Callback", "inputData": {"Flow.x": "$${a}"}})})
    assert codes_by_file(tmp_path).get("launch/callback.json") == {"FL104"}


#: A Terraform state (JSON) as genesys-cloud-exporter leaves it: a data action's launch template and a secret among its values.
STATE = json.dumps({"version": 4, "terraform_version": "1.6.0", "resources": [
    {"type": "genesyscloud_integration_action", "name": "launch", "instances": [{"attributes": {
        "config_request": [{"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                            "request_template": '{"flowId": "${input.flowId}", "inputData": {"Flow.x": 1}}'}]}}]},
    {"type": "genesyscloud_oauth_client", "name": "c", "instances": [{"attributes": {
        "flowId": "Customer Callback", "client_secret": "s3cr3t-do-not-print-0451"}}]}]})


@pytest.mark.parametrize("name", ["terraform.tfstate", "terraform.tfstate.backup", "prod.TFSTATE"])
def test_a_named_state_file_is_one_note_and_never_printed(tmp_path: Path, name: str) -> None:
    write(tmp_path, {name: STATE})
    for output in ("text", "json"):
        result = flowlint("check", "--no-cache", "--format", output, "-v", str(tmp_path / name))
        assert result.exit_code == 0, result.stdout
        # The state names the endpoint: the FL011 note says flowlint does not read it (its backup is not read at all).
        assert ("FL012" if name.endswith("backup") else "FL011") in result.stdout and "Terraform state" in result.stdout
        assert "s3cr3t" not in result.stdout + result.stderr and "Customer Callback" not in result.stdout


def test_a_walked_state_file_is_never_read_as_a_body(tmp_path: Path) -> None:
    write(tmp_path, {"terraform/terraform.tfstate": STATE, "terraform/terraform.tfstate.backup": STATE,
                     "launch/callback.json": LAUNCH})
    # (its mention of the endpoint is an FL011 note: tests/test_terraform_state_mention.py; the backup is not walked)
    assert codes_by_file(tmp_path, "-v") == {"launch/callback.json": {"FL104", "FL105"}, "terraform/terraform.tfstate": {"FL011"}}
