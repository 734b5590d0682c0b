"""A file named on the command line (`flowlint check $(git diff --name-only)`) whose suffix flowlint has no reader for
is never read as YAML by default (an Apex class, an INI, prose got "FL001 invalid YAML", exit 1): Apex (.cls, .trigger)
gets the note any unread language gets (FL011 where it names the endpoint, else FL012); .pyw and .pyi are Python, read
so; a suffix flowlint knows nothing of (.conf, .txt) is judged as a payload only when its bytes certainly are one (a
JSON object, a JSON array that parses, YAML whose first line is a key, naming no endpoint), else it gets the note an
unread configuration file (.ini, .xml) gets, FL012."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, diagnostics, flowlint

_URL = "https://api.mypurecloud.com/api/v2/flows/executions"
_APEX = ("public with sharing class GenesysLauncher {\n    public static void launch(String orderId) {\n"
         "        HttpRequest req = new HttpRequest();\n"
         f"        req.setEndpoint('{_URL}');\n"
         "        req.setBody('{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", "
         "\"inputData\": {\"Flow.orderId\": \"' + orderId + '\"}}');\n"
         "    }\n}\n")


@pytest.mark.parametrize(("name", "text", "said"), [
    ("GenesysLauncher.cls", _APEX, "does not read Apex files"),
    ("OnCase.trigger", _APEX, "does not read Apex files"),
])
def test_a_named_file_flowlint_does_not_read_that_names_the_endpoint_gets_fl011(tmp_path: Path, name: str, text: str,
                                                                                 said: str) -> None:
    found = check_file(tmp_path, name, text)
    assert [d["code"] for d in found] == ["FL011"] and said in found[0]["message"]


@pytest.mark.parametrize(("name", "text"), [
    ("launcher.conf", f"[genesys]\nflow_id = 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\nurl = {_URL}\n"),
    ("howto.txt", f"POST {_URL} with {{\"flowId\": \"My Flow\"}}: it works\n"),
    ("settings.conf", "[genesys]\nflowId = 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\n"),
    ("Helper.cls", "public class Helper {\n    public static Map<String, Object> body() {\n"
                   "        return new Map<String, Object>{ 'flowId' => 'x' };\n    }\n}\n"),
    ("notes.txt", "Notes: we send the flowId\nThen: it works: yes\n"),
    ("Body.cls", "public class Body {\n    static void set(HttpRequest req) {\n"
                 "        req.setBody('{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}');\n    }\n}\n"),
    ("settings.cfg2", "flowId = 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\nname: the: launcher\n"),
])
def test_a_named_file_flowlint_does_not_read_gets_one_note_never_fl001(tmp_path: Path, name: str, text: str) -> None:
    found = check_file(tmp_path, name, text)
    assert [d["code"] for d in found] == ["FL012"]
    assert "Apex" in found[0]["message"] or "files for launch requests" in found[0]["message"] \
        or "neither a JSON nor a YAML file" in found[0]["message"]


@pytest.mark.parametrize("name", ["launch_gui.pyw", "launcher.pyi"])
def test_pyw_and_pyi_are_read_as_python(tmp_path: Path, name: str) -> None:
    text = f'import requests\nrequests.post("{_URL}", json={{"flowId": "My Flow"}})\n'
    assert [d["code"] for d in check_file(tmp_path, name, text, contract_findings=False)] == ["FL104"]


@pytest.mark.parametrize(("name", "text", "code"), [
    ("body.txt", '{"flowId": "My Flow"}\n', "FL104"),
    ("bodies.txt", '[{"flowId": "My Flow"}]\n', "FL003"),  # (an array is no body: judged so)
    ("body.conf", "flowId: My Flow\ninputData:\n  Flow.orderId: '1'\n", "FL104"),
    ("body.txt", "# the nightly launch\n%YAML 1.2\n---\nflowId: My Flow\n", "FL104"),  # (its first key after them)
])
def test_a_named_file_that_certainly_is_a_payload_is_judged_as_one(tmp_path: Path, name: str, text: str, code: str) -> None:
    assert code in [d["code"] for d in check_file(tmp_path, name, text)]


def test_a_walk_searches_apex_for_the_endpoint(tmp_path: Path) -> None:
    (tmp_path / "classes").mkdir()
    (tmp_path / "classes" / "GenesysLauncher.cls").write_text(_APEX)
    found = diagnostics("--no-cache", str(tmp_path))
    assert [d["code"] for d in found] == ["FL011"] and "Apex" in found[0]["message"]


_COMMENTED = ('// a launch body: fill in the flow ID\n{\n  "flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", /* the flow */\n'
              '  "inputs": {"Flow.orderId": "1"}\n}\n')


@pytest.mark.parametrize("name", ["launch.jsonc", "launch.json.tmpl", "launch.json.example", "launch.json.sample",
                                  "launch.json.dist", "launch.json.template"])
def test_json_with_comments_is_read_as_json_its_errors_said(tmp_path: Path, name: str) -> None:
    # (reviewer C 8: each got only FL012 "does not read `.jsonc` files", its wrong body unsaid; before that FL001)
    found = check_file(tmp_path, name, _COMMENTED, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 4)], found  # located in the file as written


def test_comments_are_blanked_at_their_width_strings_kept() -> None:
    from validator.sources.jsonc import blank_comments

    text = '{"a": "x // y /* z */", // note\n "b": 1 /* two\nlines */}'
    blanked = blank_comments(text)
    assert blanked == '{"a": "x // y /* z */",        \n "b": 1       \n        }' and len(blanked) == len(text)
    assert blank_comments('"open \\\n// c') == '"open \\\n    '  # (an unclosed string ends at its line)


def test_a_fix_in_json_with_comments_keeps_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "launch.jsonc"
    text = _COMMENTED.replace(" /* the flow */", "").replace("8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90",
                                                              "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c")  # (no contract)
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 0, result.stdout
    assert path.read_text(encoding="utf-8") == text.replace('"inputs"', '"inputData"'), result.stdout
