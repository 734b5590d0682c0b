"""Shell launches as people write them: a here-document in a CI step's block scalar (YAML takes the block's indentation
off before bash looks for the closing delimiter); an expansion standing for an object's members (`{$ATTRS}`,
`${NAME:+, "name": …}`, GitHub's `{${{ inputs.attributes }}}`) leaves that object open, the rest of the body checked;
an expansion that is several arguments (`"${HEADERS[@]}"`) may hold the headers; a curl a compound command runs is read;
a command using a name bound to the endpoint (`U=…/flows/executions`, `wget "$U"`) is noted when no launch is read
from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def found(tmp_path: Path, name: str, text: str, *extra: str) -> list[tuple[str, int, int]]:
    """(code, line, column) of each finding but the contract notes (FL2xx) of `text` checked as `name`."""
    return [(d["code"], d["line"], d["column"]) for d in _diagnostics(tmp_path, name, text, *extra)]


def _diagnostics(tmp_path: Path, name: str, text: str, *extra: str) -> list[dict[str, Any]]:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    return check_file(tmp_path, name, text, *extra, contract_findings=False)


def where(text: str, part: str) -> tuple[int, int]:
    """The line and column of the first `part` in `text`."""
    before = text[:text.index(part)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


# --- a here-document in a CI step's block scalar ----------------------------------------------------------------------

#: Each CI service's step holding a script as a literal block scalar, its lines indented by `{pad}` under the key.
STEPS = {
    ".github/workflows/launch.yml": "on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n"
                                    "      - name: Launch\n        run: |\n{script}",
    ".gitlab-ci.yml": "launch:\n  script:\n    - |\n{script}",
    "azure-pipelines.yml": "steps:\n  - bash: |\n{script}",
    ".circleci/config.yml": "version: 2.1\njobs:\n  launch:\n    docker:\n      - image: cimg/base:current\n    steps:\n"
                            "      - run:\n          name: Launch\n          command: |\n{script}",
}
#: The script's indentation under each key (the block's: YAML takes it off each line).
PADS = {".github/workflows/launch.yml": 10, ".gitlab-ci.yml": 6, "azure-pipelines.yml": 6, ".circleci/config.yml": 12}
#: Here-documents as written: the opening (`{body}` the JSON's lines, `\t` a tab after the block's indentation).
DOCUMENTS = [
    "--data @- <<JSON\n{body}\nJSON",
    "--data @- <<'JSON'\n{body}\nJSON",
    '-d @- <<"EOF"\n{body}\nEOF',
    "--data @- <<-JSON\n\t{body}\n\tJSON",
]
WRONG = '{"flowId": "%s",\n  "inputs": {"runId": "1"}}' % FLOW  # FL101 at `"inputs"`


@pytest.mark.parametrize("name", sorted(STEPS))
@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_here_document_in_a_ci_block_ends_at_its_delimiter(tmp_path: Path, name: str, document: str) -> None:
    tab = "\t" if "<<-" in document else ""
    body = WRONG.replace("\n", "\n" + tab)
    script = (f'curl -sS -X POST "{URL}" \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -H "Content-Type: application/json" \\\n'
              f"  {document.format(body=body)}\necho done\n")
    pad = " " * PADS[name]
    text = STEPS[name].format(script="".join(pad + line if line.strip() else line for line in script.splitlines(True)))
    # Before, the closing delimiter was looked for with the block's indentation still on it: never found, the rest of
    # the script was the here-document (FL001 "more than one JSON value" there, the wrong member unseen).
    assert found(tmp_path, name, text) == [("FL101", *where(text, '"inputs"'))]
    assert found(tmp_path, name, text.replace('"inputs"', '"inputData"').replace('"runId"', '"Flow.runId"')) == []


# --- an expansion standing for an object's members ----------------------------------------------------------------------

LAUNCH = f'curl -sf -X POST {URL} -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\\n  -d '
#: Bodies whose expansion stands where members go (written in a double-quoted word), each with a wrong member beside it
#: (`flowVersoin`: FL102) to show the rest of the body is still read.
MEMBER_HOLES = [
    '"{\\"flowId\\": \\"$FLOW_ID\\", \\"flowVersoin\\": \\"1\\", \\"inputData\\": {$ATTRS}}"',
    '"{\\"flowId\\": \\"$FLOW_ID\\", \\"flowVersoin\\": \\"1\\", \\"inputData\\": { ${ATTRS} }}"',
    '"{\\"flowId\\": \\"$FLOW_ID\\", \\"flowVersoin\\": \\"1\\", \\"inputData\\": {$ATTRS, \\"Flow.x\\": 1}}"',
    '"{\\"flowId\\": \\"$FLOW_ID\\", \\"flowVersoin\\": \\"1\\"${NAME:+, \\"name\\": \\"$NAME\\"}}"',
    '"{\\"flowId\\": \\"$FLOW_ID\\"${NAME:+, \\"name\\": \\"$NAME\\"}, \\"flowVersoin\\": \\"1\\"}"',
    '"{${EXTRA}\\"flowId\\": \\"$FLOW_ID\\", \\"flowVersoin\\": \\"1\\"}"',
    '"{\\"flowId\\": \\"$FLOW_ID\\", \\"flowVersoin\\": \\"1\\", \\"inputData\\": {$(jq -r .attrs in.json)}}"',
]


@pytest.mark.parametrize("body", MEMBER_HOLES)
def test_an_expansion_where_members_go_leaves_the_object_open(tmp_path: Path, body: str) -> None:
    script = f"#!/bin/sh\n{LAUNCH}{body}\n"
    # Before: FL001 (the hole read as a string where a member's name goes, or its braces as the object's).
    assert found(tmp_path, "launch.sh", script) == [("FL102", *where(script, '"flowVersoin'))]
    assert found(tmp_path, "launch.sh", script.replace("flowVersoin", "flowVersion")) == []


#: CI expressions where members go: GitHub's `${{ inputs.x }}` in either quotes, Azure's template expression.
CI_MEMBER_HOLES = {
    ".github/workflows/launch.yml": "on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                                    "          {launch}'{{\"flowId\": \"${{{{ vars.FLOW_ID }}}}\", \"flowVersoin\": \"1\", "
                                    "\"inputData\": {{${{{{ inputs.attributes }}}}}}}}'\n"
                                    "      - run: |\n          {launch}\"{{\\\"flowId\\\": \\\"$FLOW_ID\\\", "
                                    "\\\"inputData\\\": {{ ${{{{ inputs.attributes }}}} }}}}\"\n",
    "azure-pipelines.yml": "steps:\n  - bash: |\n      {launch}'{{\"flowId\": \"$(FlowId)\", \"flowVersoin\": \"1\", "
                           "\"inputData\": {{${{{{ parameters.attributes }}}}}}}}'\n",
}


@pytest.mark.parametrize("name", sorted(CI_MEMBER_HOLES))
def test_a_ci_expression_where_members_go_leaves_the_object_open(tmp_path: Path, name: str) -> None:
    text = CI_MEMBER_HOLES[name].format(launch=LAUNCH.replace("\\\n  ", ""))
    assert found(tmp_path, name, text) == [("FL102", *where(text, '"flowVersoin'))]


def test_a_request_files_variable_where_members_go_leaves_the_object_open(tmp_path: Path) -> None:
    text = (f"POST {URL}\nContent-Type: application/json\n\n"
            '{"flowId": "{{flowId}}", "flowVersoin": "1", "inputData": { {{attributes}} }}\n')
    assert found(tmp_path, "launch.http", text) == [("FL102", *where(text, '"flowVersoin'))]


# --- words an expansion makes: several arguments, or none -----------------------------------------------------------------

WRONG_BODY = '-d "{\\"flowId\\": \\"$FLOW_ID\\", \\"inputs\\": {}}"'  # FL101 at `inputs`
SPREADS = [
    'HEADERS=(-H "Authorization: Bearer ${TOKEN}" -H "Content-Type: application/json")\n'
    'curl -sf -X POST "$URL" "${HEADERS[@]}" BODY',
    'curl -sf -X POST "$URL" "${HEADERS[@]:1}" BODY',
    'CURL_OPTS="-sf -H Content-Type:application/json"\ncurl $CURL_OPTS -X POST "$URL" BODY',
    'curl $(cat opts.txt) -X POST "$URL" BODY',
    'curl -sf -X POST "$URL" "$@" BODY',
]


@pytest.mark.parametrize("command", SPREADS)
def test_an_expansion_that_is_several_arguments_may_hold_the_headers(tmp_path: Path, command: str) -> None:
    script = f'#!/bin/bash\nURL="{URL}"\n{command.replace("BODY", WRONG_BODY)}\n'
    # Before: FL303 (no Content-Type seen, the array's ignored), or nothing at all (`$CURL_OPTS` taken for the URL).
    assert found(tmp_path, "launch.sh", script) == [("FL101", *where(script, '"inputs'))]


@pytest.mark.parametrize("url", ["$URL", '"$URL"', "${URL}"])
def test_a_url_given_by_an_expansion_alone_is_still_the_url(tmp_path: Path, url: str) -> None:
    script = f'#!/bin/bash\nURL="{URL}"\ncurl -sf -X POST {url} {WRONG_BODY}\n'
    assert [code for code, _, _ in found(tmp_path, "launch.sh", script)] == ["FL303", "FL101"]


# --- a curl a compound command runs -------------------------------------------------------------------------------------

CURL_WRONG = f"curl -sf -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{FLOW}\", \"inputs\": {{}}}}'"
COMPOUNDS = [
    "if ! CURL; then exit 1; fi",
    "if true; then CURL; fi",
    "if false; then :; else CURL; fi",
    "for i in 1 2; do CURL; done",
    "while ! CURL; do sleep 1; done",
    "launch() { CURL; }",
    "function launch { CURL; }",
    "function launch() {\n  CURL\n}",
    "( CURL )",
    'case "$1" in\n  launch) CURL ;;\nesac',
    'case "$1" in\n  (launch) CURL ;;\nesac',
]


@pytest.mark.parametrize("script", COMPOUNDS)
def test_a_curl_a_compound_command_runs_is_read(tmp_path: Path, script: str) -> None:
    text = "#!/bin/bash\n" + script.replace("CURL", CURL_WRONG) + "\n"
    # Before: unread (its first word `if`, `then`, `do`, `{` or `launch()` taken for the command's name), the file noted.
    assert found(tmp_path, "launch.sh", text) == [("FL101", *where(text, '"inputs'))]


def test_an_unread_command_after_a_reserved_word_is_named_in_its_note(tmp_path: Path) -> None:
    text = (f"#!/bin/bash\n{CURL_WRONG.replace('inputs', 'inputData')}\n"
            f"if ! lwp-request -m POST {URL} < body.json; then exit 1; fi\n")
    notes = _diagnostics(tmp_path, "launch.sh", text)
    assert [(d["code"], d["line"]) for d in notes] == [("FL011", 3)]
    assert "it is in `lwp-request`" in notes[0]["message"]


# --- a launch URL bound to a name: each command using it that no launch is read from is noted ---------------------------

VIA_NAME = (f"#!/bin/bash\nU={URL}\n"
            "curl -sf -X POST \"$U\" -H 'Content-Type: application/json' -d '{\"flowId\": \"%s\"}'\n"
            "lwp-request -m POST \"$U\" < body.json\n"
            "echo \"launched at $U\"\n"
            "httpx -m POST -j '{\"flowId\": \"x\"}' \"${U}\"\n") % FLOW


def test_each_command_using_a_name_bound_to_the_endpoint_is_noted_when_unread(tmp_path: Path) -> None:
    notes = _diagnostics(tmp_path, "launch.sh", VIA_NAME)
    # Before: nothing (the binding `U=…` is used, so it was taken to feed the curl read, and the uses were no mentions).
    assert [(d["code"], d["line"], d["column"]) for d in notes] == [
        ("FL011", *where(VIA_NAME, '$U" <')), ("FL011", *where(VIA_NAME, "${U}"))]
    assert ["`lwp-request`" in notes[0]["message"], "`httpx`" in notes[1]["message"]] == [True, True]


def test_a_curl_sending_to_a_name_bound_where_it_is_not_followed_is_noted(tmp_path: Path) -> None:
    # (An action before it may set GC_URL for the steps after it: the job's `env:` value is not followed there.)
    text = (f"on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    env:\n      GC_URL: {URL}\n    steps:\n"
            "      - uses: someone/setup-genesys@v1\n"
            "      - run: |\n          curl -X POST \"$GC_URL\" -H 'Content-Type: application/json' "
            "-d '{\"flowId\": \"%s\", \"inputs\": {}}'\n"
            "      - run: wget --post-data='{}' \"$GC_URL\"\n") % FLOW
    notes = _diagnostics(tmp_path, ".github/workflows/launch.yml", text)
    # Before: nothing, walked (the binding used, so taken to feed a launch read; none was, the curl's URL not followed).
    assert [(d["code"], d["line"], d["column"]) for d in notes] == [
        ("FL011", *where(text, '$GC_URL" -H')), ("FL011", *where(text, '$GC_URL"\n'))]
    assert "a curl command sending to `$GC_URL`" in notes[0]["message"] and "a wget command sending to `$GC_URL`" in notes[1]["message"]
    # Where the job's `env:` is followed, the curl's launch is read and checked (its `inputs`), and so is the wget's (its
    # body sent form-encoded, with no flowId).
    followed = _diagnostics(tmp_path, ".github/workflows/launch.yml", text.replace("      - uses: someone/setup-genesys@v1\n", ""))
    assert [d["code"] for d in followed] == ["FL101", "FL303", "FL103"], followed


def test_a_file_whose_requests_are_no_launch_notes_a_launch_it_does_not_read(tmp_path: Path) -> None:
    text = f"#!/bin/bash\ncurl -s https://example.com/health\nlwp-request -m POST {URL} < body.json\n"
    notes = _diagnostics(tmp_path, "launch.sh", text)
    # Before: nothing (a request read, none a launch: neither the file's note nor the per-command ones were made).
    assert [(d["code"], d["line"]) for d in notes] == [("FL011", 3)]


# --- a body the script assigns a name, then sends -------------------------------------------------------------------------

SEND = f"curl -sf -X POST {URL} -H 'Content-Type: application/json' -d \"$BODY\"\n"
ASSIGNED = [
    "BODY='{\"flowId\": \"%s\", \"inputs\": {}}'\n" % FLOW,
    "export BODY=\"{\\\"flowId\\\": \\\"$FLOW_ID\\\", \\\"inputs\\\": {}}\"\n",
    "BODY='{\n  \"flowId\": \"%s\",\n  \"inputs\": {}\n}'\n" % FLOW,
    "read -r -d '' BODY <<'EOF'\n{\"flowId\": \"%s\", \"inputs\": {}}\nEOF\n" % FLOW,
    "read -r -d '' BODY <<EOF\n{\"flowId\": \"$FLOW_ID\", \"inputs\": {}}\nEOF\n",
    "BODY=$(cat <<EOF\n{\"flowId\": \"$FLOW_ID\", \"inputs\": {}}\nEOF\n)\n",
]


@pytest.mark.parametrize("assignment", ASSIGNED)
def test_a_body_assigned_to_a_name_is_read_where_it_is_written(tmp_path: Path, assignment: str) -> None:
    script = f"#!/bin/bash\nset -euo pipefail\n{assignment}{SEND}"
    # Before: the body unknown (`$BODY`), nothing in it checked (an FL011 note under -v).
    assert found(tmp_path, "launch.sh", script) == [("FL101", *where(script, '"inputs'))]


@pytest.mark.parametrize("script", [
    "if [ -n \"$X\" ]; then\n  BODY='{\"flowId\": \"%s\", \"inputs\": {}}'\nfi\n" + SEND,  # maybe unset
    "BODY='{\"flowId\": \"%s\", \"inputs\": {}}'\nread -r BODY\n" + SEND,  # set again from stdin
    "read -d '' BODY <<'EOF'\n{\"flowId\": \"%s\", \"inputs\": {}}\nEOF\n" + SEND,  # no -r: backslashes are read
    SEND + "BODY='{\"flowId\": \"%s\", \"inputs\": {}}'\n",  # after the send
])
def test_a_body_a_name_may_not_hold_stays_unknown(tmp_path: Path, script: str) -> None:
    notes = _diagnostics(tmp_path, "launch.sh", "#!/bin/bash\n" + (script % FLOW if "%s" in script else script), "-v")
    assert [(d["code"], "not known" in d["message"]) for d in notes] == [("FL011", True)]  # reached: the launch read


# --- a function wrapping curl, called with the launch's words -------------------------------------------------------------

WRAPPERS = [
    'api() { curl -sf -H "Authorization: Bearer ${TOKEN}" -H "Content-Type: application/json" "$@"; }\n'
    'api -X POST "$URL" BODY\n',
    'function api {\n  curl -sf -H "Content-Type: application/json" "$@"\n}\napi -X POST "$URL" BODY\n',
    'api() {\n  curl -sf -H "Content-Type: application/json" "$@" || return 1\n}\nif ! api -X POST "$URL" BODY; then exit 1; fi\n',
]


@pytest.mark.parametrize("script", WRAPPERS)
def test_a_function_wrapping_curl_is_read_at_its_calls(tmp_path: Path, script: str) -> None:
    text = f'#!/bin/bash\nURL="{URL}"\n' + script.replace("BODY", WRONG_BODY)
    # Before: the function's curl sent to "$@" (no URL), the call no command flowlint reads: at most an FL011 note.
    assert found(tmp_path, "launch.sh", text) == [("FL101", *where(text, '"inputs'))]


@pytest.mark.parametrize("script", [
    'api() { curl -sf "$@"; }\napi() { curl -sf -H "Content-Type: application/json" "$@"; }\napi -X POST "$URL" BODY\n',
    'api -X POST "$URL" BODY\napi() { curl -sf -H "Content-Type: application/json" "$@"; }\n',  # called before it is defined
])
def test_a_call_of_a_function_not_known_there_is_not_read_as_its_curl(tmp_path: Path, script: str) -> None:
    text = f'#!/bin/bash\nURL="{URL}"\n' + script.replace("BODY", WRONG_BODY)
    assert [code for code, _, _ in found(tmp_path, "launch.sh", text)] == ["FL011"]  # (the call's `$URL`, unread)
