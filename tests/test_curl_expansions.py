"""Shell expansions in a curl body are unknown values (never a parse error or a type finding); $'…' is decoded as bash does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.curl import commands

from conftest import UUID2, flowlint

CURL = "curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' -d "


def findings(tmp_path: Path, data: str) -> list[dict[str, Any]]:
    script = tmp_path / "launch.sh"
    script.write_text(CURL + data + "\n")
    result = flowlint("check", "--format", "json", str(script))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]


@pytest.mark.parametrize("data", [
    '"{\\"flowId\\": \\"${FLOW_ID}\\"}"',
    f'"{{\\"flowId\\": \\"${{FLOW_ID:-{UUID2}}}\\"}}"',
    '"{\\"flowId\\": \\"${FLOW_IDS[0]}\\"}"',
    '"{\\"flowId\\": \\"${FLOW_ID%%.*}\\"}"',
    '"{\\"flowId\\": \\"${A:-${B}}\\"}"',
    '"{\\"flowId\\": \\"$FLOW_ID\\"}"',
    '"{\\"flowId\\": \\"$(jq -r .id \\"flow.json\\")\\"}"',
    '"{\\"flowId\\": \\"`cat id.txt`\\"}"',
    '"{\\"flowId\\": \\"pre-${FLOW_ID}-post\\"}"',  # part of a string: the string is unknown
    f'"{{\\"flowId\\": \\"{UUID2}\\", \\"inputData\\": {{\\"Flow.agentId\\": ${{COUNT}}}}}}"',  # a whole JSON value
    f'"{{\\"flowId\\": \\"{UUID2}\\", \\"inputData\\": {{\\"Flow.agentId\\": $((1 + N)), \\"Flow.dates\\": $DATES}}}}"',
    f'"{{\\"flowId\\": \\"{UUID2}\\", \\"inputData\\": {{\\"Flow.agentId\\": $(date +%s)}}}}"',
    '{\\"flowId\\":\\"${FLOW_ID}\\"}',  # unquoted, escaped by backslashes
    f"$'{{\"flowId\": \"{UUID2}\"}}'",  # ANSI-C quoting
    f"$'{{\"flowId\": \"{UUID2}\",\\n \"name\": \"it\\'s\"}}'",
    '"{\\"flowId\\": "$FLOW_ID"}"',  # an unquoted expansion between quoted parts: a whole value
])
def test_expansions_are_unknown_values(tmp_path: Path, data: str) -> None:
    assert findings(tmp_path, data) == []


def test_a_known_mistake_next_to_an_expansion_is_still_found(tmp_path: Path) -> None:
    found = findings(tmp_path, '"{\\"flowId\\": \\"${FLOW_ID}\\", \\"type\\": \\"flow\\"}"')
    assert [(d["code"], d["pointer"]) for d in found] == [("FL101", "/type")]


def test_ansi_c_quoting_is_decoded_as_bash_does(tmp_path: Path) -> None:
    found = findings(tmp_path, "$'{\"flowId\": \"it\\'s\\x21\", \"type\": 1}'")
    assert [d["code"] for d in found] == ["FL104", "FL101"]
    assert "it's!" in found[0]["message"]
    line = (tmp_path / "launch.sh").read_text()
    assert found[1]["column"] == line.index('"type"') + 1  # positions stay in the file


def test_words_decode_ansi_c_escapes() -> None:
    (words,) = commands("printf $'a\\tb\\n\\x41\\101\\u00e9\\'\\\\' x")
    assert words[1].text == "a\tb\nAAé'\\"
    assert commands("echo ${A:-${B}}x")[0][1].text == "{{$A}}x"


def test_deeply_nested_substitutions_are_bounded() -> None:
    for text in ("$(" * 5000, "curl x -d \"" + "$(" * 5000, "`" * 5001, "${" * 5000):
        commands(text)  # no RecursionError, no hang: nesting is read for commands only a few levels deep
    inner = commands("A=$(B=$(curl -u id:s3cr3t https://x))")
    assert any(words[0].text == "curl" for words in inner)


def test_a_word_is_its_literal_runs_and_holes_however_long() -> None:
    """Literal text is joined once per run (a long double-quoted body was joined a character at a time: quadratic)."""
    body = "a" * 50_000
    words = commands(f'echo "ab${{X}}cd"ef$Y\'gh\' "{body}\\"z"')[0]
    assert words[1].as_text().parts[0] == "ab" and words[1].as_text().parts[2:] == ("cdef", words[1].as_text().parts[3], "gh")
    assert [type(part).__name__ for part in words[1].as_text().parts] == ["str", "Unknown", "str", "Unknown", "str"]
    assert words[2].as_text().parts == (body + '"z',) and words[2].where[0] == words[2].start + 1
