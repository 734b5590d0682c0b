"""A curl body given on stdin by a here-document or here-string (`-d @- <<'JSON'`) is that text, where it is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import Unknown
from validator.sources.curl import extract

from conftest import UUID, codes, diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
HEAD = f"curl -X POST '{URL}' \\\n  -H 'Content-Type: application/json' \\\n  "


def check(tmp_path: Path, text: str, name: str = "launch.sh") -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [d for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]


@pytest.mark.parametrize("option", ["--data-binary", "-d", "--data", "--json"])  # (--data-raw @- sends "@-" itself)
@pytest.mark.parametrize("opening", ["<<'JSON'", '<<"JSON"', "<<JSON", "<< JSON", "<<\\JSON"])
def test_a_mistake_in_a_here_document_is_found_where_it_is_written(tmp_path: Path, option: str, opening: str) -> None:
    text = HEAD + f"{option} @- {opening}\n{{\n  \"flowid\": \"{UUID}\"\n}}\nJSON\necho done\n"
    found = check(tmp_path, text)
    assert ("FL102", 5, 3) in [(d["code"], d["line"], d["column"]) for d in found], found


def test_a_tab_indented_here_document_and_its_delimiter(tmp_path: Path) -> None:
    text = HEAD + f"-d @- <<-EOF\n\t{{\"flowId\": \"{UUID}\",}}\n\tEOF\necho done\n"
    found = check(tmp_path, text)
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL001", 4, len(f'\t{{"flowId": "{UUID}"') + 1)]


def test_an_unquoted_here_document_expands_variables_into_unknown_holes(tmp_path: Path) -> None:
    body = '{"flowId": "$FLOW_ID", "name": "${NAME}", "inputData": {"Flow.when": "$(date +%s)", "Flow.n": `n`}}'
    (request,) = extract(HEAD + f"-d @- <<EOF\n{body}\nEOF\n")
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)  # read, holes unknown
    assert isinstance(request.body["inputData"]["Flow.n"], Unknown)
    assert check(tmp_path, HEAD + f"-d @- <<EOF\n{body}\nEOF\n") == []


def test_a_quoted_here_document_keeps_dollars_as_text() -> None:
    (request,) = extract(HEAD + "-d @- <<'EOF'\n{\"flowId\": \"$FLOW_ID\"}\nEOF\n")
    assert request.body == {"flowId": "$FLOW_ID"}


def test_the_here_document_ends_at_its_delimiter_and_the_script_goes_on(tmp_path: Path) -> None:
    text = (HEAD + f"-d @- <<'JSON' | jq .\n{{\"flowId\": \"{UUID}\"}}\nJSON\n"
            + HEAD + f"-d @- <<'JSON'\n{{\"flowId\": \"{UUID}\", \"type\": 1}}\nJSON\n")
    first, _second = extract(text)
    assert first.body == {"flowId": UUID}
    assert [c for c in codes(check(tmp_path, text)) if not c.startswith("FL2")] == ["FL101"]  # the second, once


def test_a_here_document_piped_through_cat_and_a_here_string() -> None:
    piped, = extract(f"cat <<'JSON' | curl -X POST {URL} -H 'Content-Type: application/json' -d @-\n"
                     f"{{\"flowId\": \"{UUID}\"}}\nJSON\n")
    assert piped.body == {"flowId": UUID}
    here, = extract(f"curl -X POST {URL} -H 'Content-Type: application/json' -d @- <<< '{{\"flowId\": \"{UUID}\"}}'\n")
    assert here.body == {"flowId": UUID}


def test_stdin_without_a_here_document_stays_unknown() -> None:
    request, = extract(f"echo \"$BODY\" | curl -X POST {URL} -d @-\n")
    assert isinstance(request.body, Unknown)


@pytest.mark.parametrize("fence", ["sh", "bash"])
def test_a_here_document_in_a_markdown_fence(tmp_path: Path, fence: str) -> None:
    text = f"# Launch\n\n```{fence}\n" + HEAD + f"--data-binary @- <<'JSON'\n{{\"flowid\": \"{UUID}\"}}\nJSON\n```\n"
    found = check(tmp_path, text, "README.md")
    assert ("FL102", 7, 2) in [(d["code"], d["line"], d["column"]) for d in found], found


def test_an_unclosed_here_document_runs_to_the_end() -> None:
    request, = extract(HEAD + "-d @- <<EOF\n{\"flowId\": 1}")
    assert request.body == {"flowId": 1}
