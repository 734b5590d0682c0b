"""A shell script's here-documents belong to the command they are given to: a launch whose body is one is read (a quoted
delimiter: literal; unquoted: each expansion an unknown value), a mention inside a launch's here-document is no launch
left unread, and one inside another command's here-document (`python3 - <<'EOF'`) is said where it is (FL011)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def found(tmp_path: Path, script: str, name: str = "launch.sh") -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in check_file(tmp_path, name, script, contract_findings=False)]


def unread(tmp_path: Path, script: str) -> list[tuple[int, str]]:
    return [(d["line"], d["message"]) for d in check_file(tmp_path, "launch.sh", script) if d["code"] == "FL011"]


@pytest.mark.parametrize("opening", ["<<EOF", "<<'EOF'", '<< "EOF"', "<<-EOF"])
@pytest.mark.parametrize("stdin", ["@-", "@/dev/stdin"])
def test_a_launch_whose_body_is_a_here_document_is_read(tmp_path: Path, opening: str, stdin: str) -> None:
    tab = "\t" if opening == "<<-EOF" else ""
    script = (f"curl -X POST {URL} -H 'Content-Type: application/json' \\\n  -H \"Authorization: Bearer $TOKEN\" "
              f"--data-binary {stdin} {opening}\n"
              f'{tab}{{"flowId": "{FLOW}", "type": "flow", "inputData": {{"Flow.callback": "{URL}"}}}}\n{tab}EOF\n')
    assert found(tmp_path, script) == [("FL101", 3)]  # read, and the mention in its body is no launch unread


def test_an_unquoted_here_document_s_expansions_are_unknown_values(tmp_path: Path) -> None:
    script = (f"curl -X POST {URL} -H 'Content-Type: application/json' --data-binary @- <<EOF\n"
              f'{{"flowId": "$FLOW_ID", "inputData": {{"Flow.count": $COUNT}}}}\nEOF\n')
    assert found(tmp_path, script) == []
    quoted = script.replace("<<EOF", "<<'EOF'")  # literal: `$COUNT` is no JSON value
    assert ("FL001", 2) in found(tmp_path, quoted)


def test_a_here_document_piped_in_by_cat_is_the_launch_s_body(tmp_path: Path) -> None:
    script = (f"cat <<'EOF' | curl -X POST {URL} -H 'Content-Type: application/json' --data-binary @-\n"
              f'{{"flowId": "{FLOW}", "type": "flow", "inputData": {{"Flow.callback": "{URL}"}}}}\nEOF\n')
    assert found(tmp_path, script) == [("FL101", 2)]


#: A launch read beside: what makes each other mention said by its own command (a file with none says its first).
READ = f"curl -X POST {URL} -H 'Content-Type: application/json' --data-binary '{{\"flowId\": \"{FLOW}\"}}'\n"


@pytest.mark.parametrize(("command", "said"), [("ssh ops@jump <<'EOF'", "`lwp-request`"),  # (run by a remote shell: read as its script)
                                               ("python3 - <<'EOF'", "`python3`"),
                                               ("kubectl exec -i pod -- sh <<EOF", "`kubectl`")])
def test_a_mention_in_another_command_s_here_document_is_said(tmp_path: Path, command: str, said: str) -> None:
    script = f"{READ}{command}\nlwp-request -m POST {URL} < body.json\nEOF\n"
    assert [(line, said in message) for line, message in unread(tmp_path, script)] == [(3, True)]


def test_a_shell_s_here_document_is_read_as_its_script(tmp_path: Path) -> None:
    script = f"{READ}bash <<EOF\nlwp-request -m POST {URL} < body.json\nEOF\n"
    said = unread(tmp_path, script)
    assert [line for line, _ in said] == [3] and "`lwp-request`" in said[0][1]  # the command inside, not `bash`
