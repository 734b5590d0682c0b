"""A shell given its script by a here-document (`bash <<'EOF'`, `<<EOF sh`, a Dockerfile's `RUN <<A bash && <<B sh`)
runs that script: its curl launches are read, each where it is written. What the outer shell expands in an unquoted
here-document is unknown to the inner one, inside its single quotes too; a here-document given to any other command is
no script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources.curl import extract

from conftest import UUID2, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"


def position(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("opening", ["bash <<'EOF'", "sh -e <<EOF", "<<EOF /bin/bash", 'sudo bash -s <<"EOF"', "bash <<-EOF"])
def test_a_shell_reads_its_here_document_as_its_script(opening: str) -> None:
    text = f"echo start\n{opening}\n\tset -e\n\t{CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"x\"}}'\nEOF\necho done\n"
    [launch] = extract(text)
    assert launch.body == {"flowId": UUID2, "type": "x"}
    assert text[launch.site[0]:launch.site[0] + 4] == "curl"


def test_the_outer_shells_expansions_are_unknown_inside_single_quotes_too() -> None:
    text = ("bash <<EOF\n"
            f"{CURL} -H \"Authorization: Bearer \\$TOKEN\" -d '{{\"flowId\": \"$FLOW_ID\", \"inputData\": {{\"Flow.a\": \"x\"}}}}'\n"
            "EOF\n")
    [launch] = extract(text)
    assert isinstance(launch.body, dict) and isinstance(launch.body["flowId"], Unknown)
    assert launch.body["inputData"] == {"Flow.a": "x"}
    at = launch.body_span
    assert at is not None and text[at[0]] == "'"  # located in the file, not in the expanded script


def test_a_here_document_given_to_another_command_is_no_script() -> None:
    text = f"cat <<'EOF' > launch.sh\n{CURL} -d '{{\"flowId\": \"{UUID2}\"}}'\nEOF\nbash -c true <<'EOF'\n{CURL}\nEOF\n"
    assert extract(text) == []


def test_several_here_documents_on_a_dockerfile_run(tmp_path: Path) -> None:
    text = ("FROM alpine\n"
            "RUN <<EOT1 bash && <<EOT2 sh\n"
            f"{CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"x\"}}'\n"
            "EOT1\n"
            f"{CURL} -d '{{\"flowId\": \"{UUID2}\", \"kind\": \"y\"}}'\n"
            "EOT2\n")
    (tmp_path / "Dockerfile").write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "Dockerfile"))
    found = {(d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert ("FL101", *position(text, '"type"')) in found and ("FL101", *position(text, '"kind"')) in found
    assert not any(code == "FL011" for code, _, _ in found)


def test_nested_shell_here_documents_are_read_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.sources import curl

    read: list[int] = []
    commands = curl.commands

    def counted(text: str, base: int = 0, depth: int = 0) -> list[curl.Command]:
        read.append(len(text))
        return commands(text, base, depth)

    monkeypatch.setattr(curl, "commands", counted)
    levels = 40
    text = "".join(f"bash <<'E{k}'\n" for k in range(levels)) + f"{CURL} -d '{{}}'\n" + "".join(
        f"E{k}\n" for k in reversed(range(levels)))
    text = text * 50
    found = curl.extract(text)
    assert read[0] == len(text) and sum(read) <= 10 * len(text)  # each level's script read again at most 8 deep
    assert found == []  # (the launch is deeper than the bound: unread, never a crash)


def test_a_launch_in_a_here_document_no_shell_runs_is_noted_beside_a_read_one(tmp_path: Path) -> None:
    launch = f"{CURL} -d '{{\"flowId\": \"{UUID2}\", \"kind\": \"x\"}}'\n"
    text = ("FROM alpine\n"
            f"RUN {CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"x\"}}'\n"
            f"RUN cat <<'EOF' > /launch.sh\n{launch}EOF\n"
            f"RUN <<A <<B\n{launch}A\necho\nB\n")
    (tmp_path / "Dockerfile").write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "Dockerfile"))
    found = [(d["code"], d["line"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert ("FL101", 2) in found  # the launch read
    assert [line for code, line in found if code == "FL011"] == [4, 7]  # each here-document's launch: not read, said
