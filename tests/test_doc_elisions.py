"""A request example in Markdown that leaves things out (`"inputData": { ... }`, a `...` member line, `{ … }`,
`"Flow.attempts": <number of attempts>`, a `// your flow` comment) is written for a reader who fills it in: each
elision is members not shown (an open object) or a value not known, each `<placeholder>` a value not known, each
comment the author's words; none is an FL001 (review A, issue 4). What the example does write is still checked, at
its place, and fixed there; the same text in a script (what is sent) keeps its FL001."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.elisions import MARK, elided

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _http(body: str) -> str:
    return f"```http\nPOST {URL}\nContent-Type: application/json\n\n{body}\n```\n"


ELIDED = [
    f'{{\n  "flowId": "{UUID}",\n  "inputData": {{ ... }}\n}}',
    f'{{\n  "flowId": "{UUID}",\n  "inputData": {{\n    "Flow.customerId": "C-1042",\n    ...\n  }}\n}}',
    f'{{\n  "flowId": "{UUID}",\n  "inputData": {{ … }}\n}}',
    f'{{\n  "flowId": "{UUID}",\n  "inputData": {{ "Flow.attempts": <number of attempts> }}\n}}',
    f'{{\n  "flowId": "{UUID}", // your flow\n  "inputData": {{}}\n}}',
    f'{{\n  "flowId": "{UUID}"\n  ...\n}}',
]


def _codes(name: str) -> list[str]:
    return [d["code"] for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]


@pytest.mark.parametrize("body", ELIDED)
def test_an_elided_example_is_no_syntax_error(body: str) -> None:
    Path("guide.md").write_text("# Launch\n\n" + _http(body), encoding="utf-8")
    assert _codes("guide.md") == []
    Path("broken.md").write_text("# Launch\n\n" + _http(body.replace(f'"{UUID}"', f'"{UUID}" "x"', 1)), encoding="utf-8")
    assert _codes("broken.md") == ["FL001"]  # reached: a slip beside the elisions is still one


def test_what_an_elided_example_writes_is_checked_and_fixed_where_it_is() -> None:
    text = "# Launch\n\n" + _http(f'{{\n  "flowId": "{UUID}",\n  "inputs": {{ ... }},\n  "inputData": {{\n'
                                   '    "customerId": <customer id>,\n    …\n  }\n}')
    Path("guide.md").write_text(text, encoding="utf-8")
    found = [(d["code"], d["line"], d["column"]) for d in diagnostics("--no-cache", "guide.md") if d["code"] != "FL200"]
    assert found == [("FL101", 9, 3), ("FL203", 11, 5)], found
    diagnostics("--no-cache", "--fix", "guide.md")
    assert Path("guide.md").read_text(encoding="utf-8") == text.replace('"customerId"', '"Flow.customerId"')


def test_a_curl_example_in_markdown_is_read_so_but_a_scripts_is_what_is_sent() -> None:
    command = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\", \"inputData\": {{...}}}}'"
    Path("guide.md").write_text(f"# Launch\n\n```bash\n{command}\n```\n", encoding="utf-8")
    Path("launch.sh").write_text(f"#!/bin/sh\n{command}\n", encoding="utf-8")
    assert _codes("guide.md") == [] and _codes("launch.sh") == ["FL001"]


def test_elided_keeps_each_character_where_it_was() -> None:
    text = '{"a": { ... }, "b": <n>, "c": [1, …] // note\n}'
    written, where = elided(text) or ("", [])
    assert written == f'{{"a": {{ "{MARK}1": 0 }}, "b": "{MARK}", "c": [1, "{MARK}"] \n}}'
    assert len(where) == len(written) + 1 and all(text[where[i]] == written[i] for i, char in enumerate(written)
                                                  if char not in f'{MARK}1": 0' and char != " ")
    assert elided('{"a": 1}') is None and elided('{"a": 1 <x>}') is None


def test_an_unclosed_comment_is_one_token_to_the_end() -> None:
    # Each `/*` without its `*/` once tried the rest of the text (quadratic on `/*x/*x…`): now one token takes it all
    from validator.sources.elisions import _TOKEN

    text = '{"a": 1 ' + "/*x" * 2_000
    comments = [match.group() for match in _TOKEN.finditer(text) if match.group("comment") is not None]
    assert comments == ["/*x" * 2_000]
    Path("guide.md").write_text("# Launch\n\n" + _http(f'{{\n  "flowId": "{UUID}", /* the flow\n}}'), encoding="utf-8")
    assert _codes("guide.md") == ["FL001"]  # (reached: the body does not parse even with its comment set aside)


def test_an_unclosed_string_is_one_token_to_its_lines_end() -> None:
    # Each `"` of `"\"\"\"…` once tried the rest of its line (quadratic on one long line): now the first takes it all
    from validator.sources.elisions import _TOKEN

    text = '{"a": "' + '\\"' * 2_000 + "\n}"
    strings = [match.group() for match in _TOKEN.finditer(text) if match.group().startswith('"')]
    assert strings == ['"a"', '"' + '\\"' * 2_000]
