"""Launches sent by wget, HTTPie (`http`, `https`) and xh (`xh`, `xhs`) in shell scripts are read and judged as curl's
are (sources/shell_clients.py, through the one shell reader of sources/curl.py); each was a bare FL011 before."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, codes, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW_ID = "2b7e8c1e-9a4b-4c1d-8f3e-1a2b3c4d5e6f"  # (no bundled contract: a body read says FL200 with -v)

#: (a script sending a launch with a wrong flow ID and a member that is none, the same script written right)
LAUNCHES = {
    "wget --post-data": (
        f"""wget --post-data='{{"flowId": "callback", "extra": 1}}' --header='Content-Type: application/json' {URL}\n""",
        f"""wget --post-data='{{"flowId": "{FLOW_ID}"}}' --header='Content-Type: application/json' {URL}\n"""),
    "wget --method --body-data, split options": (
        f"""wget -q -O - --method POST --header 'Content-Type: application/json' \\\n"""
        f"""  --body-data '{{"flowId": "callback", "extra": 1}}' "{URL}"\n""",
        f"""wget -q -O - --method POST --header 'Content-Type: application/json' \\\n"""
        f"""  --body-data '{{"flowId": "{FLOW_ID}"}}' "{URL}"\n"""),
    "wget, the body in a variable": (
        f"""BODY='{{"flowId": "callback", "extra": 1}}'\nwget -qO- --header="Content-Type: application/json" """
        f"""--post-data="$BODY" {URL}\n""",
        f"""BODY='{{"flowId": "{FLOW_ID}"}}'\nwget -qO- --header="Content-Type: application/json" """
        f"""--post-data="$BODY" {URL}\n"""),
    "HTTPie items": (
        f"""http POST {URL} "Authorization:Bearer $TOKEN" flowId=callback inputData:='{{"Flow.x": 1}}' extra=1\n""",
        f"""http POST {URL} "Authorization:Bearer $TOKEN" flowId={FLOW_ID} inputData:='{{"Flow.x": 1}}'\n"""),
    "HTTPie without a method or scheme": (
        "https --ignore-stdin api.mypurecloud.com/api/v2/flows/executions flowId=callback extra:=true\n",
        f"https --ignore-stdin api.mypurecloud.com/api/v2/flows/executions flowId={FLOW_ID}\n"),
    "xh with a here-string": (
        f"""xh post {URL} <<< '{{"flowId": "callback", "extra": 1}}'\n""",
        f"""xh post {URL} <<< '{{"flowId": "{FLOW_ID}"}}'\n"""),
    "HTTPie --raw": (
        f"""http --raw '{{"flowId": "callback", "extra": 1}}' POST {URL} Content-Type:application/json\n""",
        f"""http --raw '{{"flowId": "{FLOW_ID}"}}' POST {URL} Content-Type:application/json\n"""),
}


@pytest.mark.parametrize("name", LAUNCHES)
def test_a_launch_is_read_and_judged(tmp_path: Path, name: str) -> None:
    wrong, right = LAUNCHES[name]
    found = check_file(tmp_path, "launch.sh", "#!/bin/sh\n" + wrong)
    assert sorted(codes(found)) == ["FL102", "FL104"], found
    found = check_file(tmp_path, "launch.sh", "#!/bin/sh\n" + right, "-v")
    assert codes(found) == ["FL200"], found  # read: its body names a flow no contract here describes, nothing more


def test_the_same_commands_in_a_markdown_block_and_a_workflow_are_read(tmp_path: Path) -> None:
    wrong = LAUNCHES["HTTPie items"][0]
    assert "FL104" in codes(check_file(tmp_path, "README.md", f"# Launch\n\n```bash\n{wrong}```\n"))
    workflow = f"on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          " \
               f"{LAUNCHES['wget --post-data'][0]}"
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    assert "FL104" in codes(check_file(tmp_path, ".github/workflows/launch.yml", workflow))


def test_a_url_bound_to_a_name_is_followed(tmp_path: Path) -> None:
    text = (f"#!/bin/bash\nU={URL}\n"
            "http POST \"$U\" \"Authorization:Bearer $TOKEN\" flowId=$FLOW_ID inputs:='{\"customerId\": \"C-1\"}'\n"
            "wget -qO- --header='Content-Type: application/json' --post-data='{\"flowId\": \"x\"}' \"${U}\"\n")
    found = check_file(tmp_path, "launch.sh", text, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 3), ("FL104", 4)], found


def test_how_each_client_sends_the_body_is_judged(tmp_path: Path) -> None:
    # wget sends its body form-encoded unless a Content-Type is given
    found = check_file(tmp_path, "launch.sh", f"""wget --post-data='{{"flowId": "{FLOW_ID}"}}' {URL}\n""",
                       contract_findings=False)
    assert codes(found) == ["FL303"] and "--header='Content-Type: application/json'" in found[0]["help"], found
    # HTTPie sends its items as JSON, under the Content-Type a header gives
    found = check_file(tmp_path, "launch.sh", f"http {URL} Content-Type:text/plain flowId={FLOW_ID}\n",
                       contract_findings=False)
    assert codes(found) == ["FL303"], found
    # --form (or a file field) makes it a form
    found = check_file(tmp_path, "launch.sh", f"http -f POST {URL} flowId={FLOW_ID}\n", contract_findings=False)
    assert codes(found) == ["FL304"], found
    # a method written wrong is told, with the client's own help
    found = check_file(tmp_path, "launch.sh", f"http PUT {URL} flowId={FLOW_ID}\n", contract_findings=False)
    assert codes(found) == ["FL301"] and "http POST" in found[0]["help"], found
    found = check_file(tmp_path, "launch.sh", f"""wget --method=PUT --body-data='{{"flowId": "{FLOW_ID}"}}' """
                       f"""--header='Content-Type: application/json' {URL}\n""", contract_findings=False)
    assert codes(found) == ["FL301"] and "--method=POST" in found[0]["help"], found


def test_what_cannot_be_known_is_unknown(tmp_path: Path) -> None:
    # reached: the same command with a wrong member written out is judged
    assert "FL102" in codes(check_file(tmp_path, "launch.sh", f"http {URL} flowId=$FLOW extra=1\n"))
    # a value from the environment, nested JSON (HTTPie 3's, a plain key before), an escaped separator, a file: unknown
    for items in ("flowId=$FLOW", "flowId=$FLOW 'inputData[Flow.x]=1'", r"flowId=$FLOW 'in\=putData=1'",
                  "flowId:=@flow.json", f"flowId={FLOW_ID} inputData:=@inputs.json"):
        found = check_file(tmp_path, "launch.sh", f"http {URL} {items}\n", contract_findings=False)
        assert found == [], (items, found)
    # a body piped in is not known: no missing flowId
    assert check_file(tmp_path, "launch.sh", f"cat body.json | http POST {URL}\n", contract_findings=False) == []
    # printed, never sent
    found = check_file(tmp_path, "launch.sh", f"http --offline {URL} flowId=callback\n", "-v")
    assert "FL104" not in codes(found)


def test_wget_reads_its_body_file_in_the_checked_tree(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_text('{"flowId": "callback"}\n')
    found = check_file(tmp_path, "launch.sh", f"cd \"$(dirname \"$0\")\"\nwget --post-file=launch.json "
                       f"--header='Content-Type: application/json' {URL}\n")
    assert codes(found) == ["FL104"] and found[0]["file"].endswith("launch.json"), found
    found = check_file(tmp_path, "launch.sh", f"wget --post-file=missing.json --header='Content-Type: application/json' "
                       f"{URL}\n", "-v")
    assert codes(found) == ["FL011"] and "wget reads it from the file `missing.json`" in found[0]["message"], found


@pytest.mark.parametrize("command", [
    f"""wget --http-user=ops --http-password=Pa55w0rdSecret --post-data='{{"flowId": "x"}}' {URL}""",
    f"""wget --user ops --password Pa55w0rdSecret --post-data='{{"flowId": "x"}}' {URL}""",
    f"http -a ops:Pa55w0rdSecret POST {URL} flowId=x",
    f"xh --auth=ops:Pa55w0rdSecret POST {URL} flowId=x",
])
def test_a_password_given_to_the_client_is_said_and_never_shown(tmp_path: Path, command: str) -> None:
    found = check_file(tmp_path, "launch.sh", command + "\n")
    assert "FL104" in codes(found)  # reached: the launch beside it is read
    assert "FL305" in codes(found), found
    assert "Pa55w0rdSecret" not in str(found)
    shown = flowlint("check", "--no-cache", str(tmp_path / "launch.sh")).output
    assert "FL305" in shown and "Pa55w0rdSecret" not in shown


def test_a_function_or_alias_of_the_same_name_is_not_the_client(tmp_path: Path) -> None:
    # `http` here is the script's own function wrapping curl: read as that curl (its launch is right), never as HTTPie
    text = (f"#!/bin/bash\nhttp() {{ curl -s -H 'Content-Type: application/json' \"$@\"; }}\n"
            f"""http -X POST "{URL}" -d '{{"flowId": "{FLOW_ID}"}}'\n""")
    assert codes(check_file(tmp_path, "launch.sh", text, "-v")) == ["FL200"]  # reached: the wrapped curl is read
    # an alias runs what it stands for: not read as wget (no error on options wget does not have), still said
    text = f"""#!/bin/bash\nalias wget='curl -s'\nwget -X POST {URL} -d '{{"flowId": "x"}}'\n"""
    found = check_file(tmp_path, "launch.sh", text, "-v")
    assert codes(found) == ["FL011"], found
