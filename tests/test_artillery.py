"""Artillery load tests (`config.target` + `scenarios[].flow[]`): a step posting to /api/v2/flows/executions is a launch,
checked (and fixed) where the YAML writes it; an Artillery script that launches nothing stays clean, and is never
judged as a body (a named one was: FL103, FL101 `config`, FL102 `scenarios`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources import artillery

from conftest import check_file, flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
TOKEN = "Rr4Ee3Ww2Qq1Tt5Yy6Uu7Ii8Oo9Pp0"


def script(flow: str, config: str = '  target: "https://api.mypurecloud.com"\n', scenario: str = "") -> str:
    return (f"config:\n{config}  phases:\n    - duration: 60\n      arrivalRate: 5\n"
            f"scenarios:\n  - name: launch\n{scenario}    flow:\n{flow}")


LAUNCH = f"""\
      - post:
          url: "/api/v2/flows/executions"
          json:
            flowId: "{FLOW}"  # the follow-up flow
            type: flow
            inputData:
              customerName: "{{{{ name }}}}"
"""
CLEAN = """\
config:
  target: "https://shop.example.com"
  phases:
    - duration: 60
      arrivalRate: 5
scenarios:
  - flow:
      - get:
          url: "/products"
      - post:
          url: "/cart"
          json:
            productId: 42
"""


def _codes(found: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(d["code"], d["line"], d["column"]) for d in found if d["code"] != "FL200"]


def _at(text: str, needle: str) -> tuple[int, int]:
    """The line and column where `needle` is first written in `text`."""
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def test_a_launch_step_is_checked_where_the_yaml_writes_it(tmp_path: Path) -> None:
    text = script(LAUNCH)
    found = check_file(tmp_path, "load.yml", text)
    assert _codes(found) == [("FL101", *_at(text, "type: flow")), ("FL203", *_at(text, "customerName"))], found


def test_its_fixes_are_made_in_the_yaml(tmp_path: Path) -> None:
    path = tmp_path / "load.yml"
    path.write_text(script(LAUNCH))
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_text() == script(LAUNCH).replace("            type: flow\n", "").replace(
        "customerName:", "Flow.customerName:")  # (the comment kept)


def test_an_artillery_script_that_launches_nothing_stays_clean(tmp_path: Path) -> None:
    (tmp_path / "clean.yml").write_text(CLEAN)
    walked = flowlint("check", "--no-cache", "--format", "json", str(tmp_path))
    assert walked.exit_code == 0 and '"diagnostics": []' in walked.stdout
    named = check_file(tmp_path, "clean.yml", CLEAN)
    assert [d["code"] for d in named] == ["FL012"] and "Artillery" in str(named[0]["message"])
    assert artillery.extract(CLEAN)[1].url is not None  # reached: its requests were read, none a launch


@pytest.mark.parametrize("flow", [
    "      - loop:\n" + "\n".join("    " + line for line in LAUNCH.splitlines()) + "\n        count: 3\n",
    "      - parallel:\n" + "\n".join("    " + line for line in LAUNCH.splitlines()) + "\n",
])
def test_steps_in_loops_are_read(tmp_path: Path, flow: str) -> None:
    assert [code for code, _, _ in _codes(check_file(tmp_path, "load.yml", script(flow)))] == ["FL101", "FL203"]


def test_a_json_text_body_is_read_at_its_lines(tmp_path: Path) -> None:
    flow = (f'      - post:\n          url: "/api/v2/flows/executions"\n          headers:\n'
            f'            Content-Type: "application/json"\n          body: |\n'
            f'            {{"flowId": "{FLOW}", "flow_version": "1.0"}}\n')
    text = script(flow)
    found = check_file(tmp_path, "load.yml", text)
    assert _codes(found) == [("FL102", *_at(text, '"flow_version"'))], found


def test_a_content_type_beside_json_is_judged(tmp_path: Path) -> None:
    flow = LAUNCH.replace("          json:", '          headers:\n            Content-Type: "text/plain"\n          json:')
    found = check_file(tmp_path, "load.yml", script(flow))
    assert "FL303" in [d["code"] for d in found]


@pytest.mark.parametrize(("config", "scenario", "said"), [
    ('  target: "https://api.mypurecloud.com"\n', "    beforeRequest: signBody\n", False),  # JavaScript may change it
    ('  target: "https://api.mypurecloud.com"\n', "    engine: ws\n", False),  # no HTTP request
    ('  target: "https://api.mypurecloud.com"\n  environments:\n    staging:\n      target: "https://api.usw2.pure.cloud"\n',
     "", True),  # the base is one of two: the path and body are still judged
])
def test_what_artillery_may_change_is_not_judged(tmp_path: Path, config: str, scenario: str, said: bool) -> None:
    found = check_file(tmp_path, "load.yml", script(LAUNCH, config, scenario))
    assert ("FL101" in [d["code"] for d in found]) is said, found


def test_a_wrong_host_as_target_is_said_there(tmp_path: Path) -> None:
    text = script(LAUNCH, '  target: "https://myinstance.mypurecloud.com"\n')
    found = check_file(tmp_path, "load.yml", text)
    host = [d for d in found if d["code"] == "FL302"]
    assert [(d["line"], d["column"]) for d in host] == [_at(text, "https://myinstance")], found


def test_a_literal_token_in_the_default_headers_is_said_and_never_printed(tmp_path: Path) -> None:
    config = f'  target: "https://api.mypurecloud.com"\n  defaults:\n    headers:\n      Authorization: "Bearer {TOKEN}"\n'
    path = tmp_path / "load.yml"
    path.write_text(script(LAUNCH, config))
    printed = flowlint("check", "--no-cache", str(path)).output
    assert "FL305" in printed and TOKEN not in printed


def test_hostile_nesting_is_bounded(tmp_path: Path) -> None:
    flow = "".join("  " * depth + "      - loop:\n" for depth in range(60)) + "  " * 60 + "      - get: {url: /x}\n"
    found = check_file(tmp_path, "load.yml", script(flow))
    assert all(d["code"] in ("FL012", "FL005", "FL001") for d in found), found


def test_a_url_starting_with_a_variable_is_not_put_after_the_target(tmp_path: Path) -> None:
    # Artillery templates the URL, then puts the target before it unless it is absolute: `{{ api }}` may be either.
    flow = LAUNCH.replace('"/api/v2/flows/executions"', '"{{ api }}/api/v2/flows/executions"')
    text = script(flow, '  target: "https://myinstance.mypurecloud.com"\n')
    [request] = artillery.extract(text)
    assert request.url is not None and request.url.shown() == "{{ api }}/api/v2/flows/executions"
    found = check_file(tmp_path, "load.yml", text)
    assert "FL101" in [d["code"] for d in found] and "FL302" not in [d["code"] for d in found], found
