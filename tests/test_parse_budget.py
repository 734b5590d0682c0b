"""Every tree-sitter parse has a budget linear in its text (sources.code.budgeted_parse): a file whose parse tree-sitter
makes superlinear (a Python line of `<!--`, a run of backslash-newlines, a JavaScript line of `/[`, an HCL line of
tabs: 12-50 KB of each took it 1.5-17 s) is stopped there and says so in an FL011 note, never a hang and never an
error; a normal file is read as before. Nothing here is timed: the budget is made small, and what a parse spent is
counted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.sources import code

from conftest import UUID, check_file, tree_diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
#: A budget small enough that the hostile shapes below pass it in a few milliseconds (the default's own is 2,000 steps
#: and 256 reads of 4 KB before a byte is counted).
SMALL = code.ParseBudget(steps=100, steps_per_byte=0.125, reads_per_chunk=16, chunk=512)
PY_HEAD = f"import requests\nrequests.post('{URL}', json={{'flowId': 'x', 'inputData': "
JS_HEAD = f"const axios = require('axios');\naxios.post('{URL}', {{flowId: 'x', inputData: "
#: name -> (a hostile text, what of tree-sitter's it spends).
HOSTILE = {
    "markup.py": (PY_HEAD + "<!--" * 300 + "\n", "steps"),  # error recovery: some 15 steps a byte
    "continued.py": (PY_HEAD + "\\\n" * 600 + "})\n", "reads"),  # the lexer rescans the run at each line
    "regex.js": (JS_HEAD + "/[" * 600 + "});\n", "reads"),  # each `/` rescanned as a regular expression
    "main.tf": (f'resource "x" "y" {{\n  url = "{URL}"\n  body = jsonencode({{flowId = "x", ' + "\t" * 3000 + "})\n}\n",
                "reads"),
}
#: Launches written as code is (each with a member the endpoint refuses: a finding a launch): read, with the same
#: small budget.
NORMAL = {
    "app.py": "import requests\n" + f"requests.post('{URL}', json={{'flowId': '{UUID}', 'extra': 1}})\n" * 12,
    "app.js": "const axios = require('axios');\n" + f"axios.post('{URL}', {{flowId: '{UUID}', extra: 1}});\n" * 12,
}


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code, "BUDGET", SMALL)
    monkeypatch.setattr(code, "_PARSED", {})  # (no tree of an earlier test's text: each parse here is paid for)


def counting(parser: Any) -> tuple[Any, dict[str, int]]:
    """A stand-in for a tree-sitter parser that counts the reads and progress calls of its parses."""
    spent = {"reads": 0, "steps": 0}

    class Counting:
        def parse(self, read: Any, *args: Any, progress_callback: Any) -> Any:
            def counted_read(offset: int, point: Any) -> Any:
                spent["reads"] += 1
                return read(offset, point)

            def counted_progress(offset: int, has_error: bool) -> bool:
                spent["steps"] += 1
                return bool(progress_callback(offset, has_error))

            return parser.parse(counted_read, *args, progress_callback=counted_progress)

        def reset(self) -> None:
            parser.reset()

    return Counting(), spent


@pytest.mark.usefixtures("small_budget")
@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_gets_a_note_saying_it_is_too_costly_to_parse(tmp_path: Path, name: str) -> None:
    text, spent = HOSTILE[name]
    found = check_file(tmp_path, name, text)
    assert [d["code"] for d in found] == ["FL011"]
    assert found[0]["severity"] == "info"
    message = found[0]["message"]
    assert "the file mentions" in message and "it is too costly to parse" in message, message
    assert (" steps on its " if spent == "steps" else " reads of its ") in message, message
    assert f"stopped near line {2 if name != 'main.tf' else 3}" in message, message


@pytest.mark.usefixtures("small_budget")
@pytest.mark.parametrize("name", list(NORMAL))
def test_a_normal_file_is_read_within_the_same_budget(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, NORMAL[name])
    launches = [d for d in found if d["code"] != "FL011"]
    assert len({d["line"] for d in launches}) == 12  # reached: each of its launches read (and judged)
    assert not [d for d in found if d["code"] == "FL011"]


@pytest.mark.usefixtures("small_budget")
def test_a_hostile_terraform_file_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its actions are read from one parse, and the note's reason from the same (it was parsed again for it)."""
    from validator.sources import terraform

    monkeypatch.setattr(terraform, "_PARSED", {})
    parses: list[int] = []
    real = code.budgeted_parse

    def counted(*args: Any, **kwargs: Any) -> Any:
        parses.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(code, "budgeted_parse", counted)
    found = check_file(tmp_path, "main.tf", HOSTILE["main.tf"][0])
    assert [d["code"] for d in found] == ["FL011"] and "too costly to parse" in found[0]["message"]
    assert len(parses) == 1


@pytest.mark.usefixtures("small_budget")
def test_a_parser_stopped_by_its_budget_parses_the_next_text_whole() -> None:
    parser = code.parser("python")
    with pytest.raises(code.TooCostly):
        code.budgeted_parse(parser, HOSTILE["markup.py"][0].encode())
    text = NORMAL["app.py"].encode()
    tree = code.budgeted_parse(parser, text)  # (not reset, tree-sitter resumes the stopped parse: a tree of its text)
    assert tree.root_node.end_byte == len(text) and not tree.root_node.has_error
    assert tree.root_node.text == text


@pytest.mark.usefixtures("small_budget")
@pytest.mark.parametrize(("name", "repeats"), [("markup.py", 300), ("continued.py", 600)])
def test_what_a_hostile_parse_spends_grows_with_the_text_not_faster(name: str, repeats: int) -> None:
    """A text twice as long is given twice the budget's share a byte, and spends no more than that."""
    spent_on = HOSTILE[name][1]
    unit, tail = ("<!--", "\n") if name == "markup.py" else ("\\\n", "})\n")
    spent = []
    for times in (repeats, 2 * repeats):
        data = (PY_HEAD + unit * times + tail).encode()
        parser, counts = counting(code.parser("python"))
        with pytest.raises(code.TooCostly):
            code.budgeted_parse(parser, data)
        most = SMALL.most_steps(len(data)) if spent_on == "steps" else SMALL.most_reads(len(data))
        assert most < counts[spent_on] <= most + 2  # reached: stopped within a step or read past the budget
        assert counts["steps"] <= SMALL.most_steps(len(data)) + 2 and counts["reads"] <= SMALL.most_reads(len(data)) + 2
        spent.append(counts["steps"] + counts["reads"])
    assert spent[1] < 2 * spent[0]


@pytest.mark.usefixtures("small_budget")
def test_a_conftest_too_costly_to_parse_may_stand_in_for_the_platform(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A test's fixture defined in a conftest.py flowlint could not parse may be a stand-in: the test's launch data
    is not judged (as with a conftest.py above the checked tree), and the test file is read, not failed."""
    test = ("import requests\n\n\ndef test_launch(platform):\n"
            f"    requests.post('{URL}', json={{'flowId': 'Order follow-up', 'extra': 1}})\n")
    found = tree_diagnostics(tmp_path, monkeypatch, {"pyproject.toml": "", "tests/test_app.py": test,
                                                     "tests/conftest.py": "import pytest\n\n\n@pytest.fixture\n"
                                                     "def platform():\n    return " + "<!--" * 300 + "\n"})
    mine = [d for d in found if d["file"].endswith("test_app.py")]
    assert any(d["code"] == "FL102" for d in mine), mine  # reached: its launch read (its unknown member found)
    assert not [d for d in mine if d["code"] in ("FL104", "FL900")], mine  # its flowId taken as test data, unjudged


@pytest.mark.usefixtures("small_budget")
def test_a_file_too_costly_to_parse_has_no_comment_known_to_suppress() -> None:
    """A suppression is a comment its file's own tokenizer finds: in a text whose parse was stopped none is known (the
    search of its comments, for a module an importer reads, say, never fails the run)."""
    from validator.sources.comments import suppressions

    directive = "# flowlint: ignore[FL011]\n"
    assert [s.codes for s in suppressions("python", directive + NORMAL["app.py"])] == [("FL011",)]  # reached: found
    assert suppressions("python", directive + HOSTILE["markup.py"][0]) == []


GOOD_PY = "import requests\n" + f"requests.post('{URL}', json={{'flowId': '{UUID}', 'extra': 1}})\n"
GOOD_JS = f"fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: '{UUID}', extra: 1}})}});\n"
JS_HOSTILE = f"fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: 'x', inputData: " + "/[" * 600 + "})});\n"


@pytest.mark.usefixtures("small_budget")
@pytest.mark.parametrize(("name", "text"), [
    ("README.md", "# Launch\n\n```python\n" + HOSTILE["markup.py"][0] + "```\n\nThe good one:\n\n```python\n" + GOOD_PY
     + "```\n"),
    ("page.html", f"<html><script>\n{JS_HOSTILE}</script>\n<p>and</p>\n<script>\n{GOOD_JS}</script></html>\n"),
])
def test_a_code_block_too_costly_to_parse_says_so_beside_the_blocks_read(tmp_path: Path, name: str, text: str) -> None:
    """In Markdown and HTML, the other blocks are read, and the block's note says why it was not (not that flowlint does
    not read such a block)."""
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL102" for d in found), found  # reached: the good block's launch read
    notes = [d for d in found if d["code"] == "FL011"]
    assert len(notes) == 1 and "too costly to parse" in notes[0]["message"], notes
    assert notes[0]["line"] == (5 if name == "README.md" else 2)


#: Run in a child process: tracemalloc counts every thread's allocations, and a worker of the suite keeps earlier tests'
#: threads (as test_barrel_cycle_memory found).
_RETAINED = """
import gc, tracemalloc
from validator.sources.code import budgeted_parse, parser

data = b"x = [1, 2, 3]\\n" * 1000
tracemalloc.start()
budgeted_parse(parser("python"), data)  # (the parser's and the buffer's own memory, made once)
gc.collect()
before = tracemalloc.get_traced_memory()[0]
for _ in range(20):
    assert budgeted_parse(parser("python"), data).root_node.end_byte == len(data)
gc.collect()
print(tracemalloc.get_traced_memory()[0] - before, len(data))
"""


def test_parsing_a_text_again_and_again_keeps_no_memory() -> None:
    """tree-sitter's binding keeps a reference to each object a read callback returns: a new slice of the text a read
    kept every byte ever parsed (the language server re-parses at each edit). One buffer, refilled, is handed instead."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _RETAINED], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    retained, size = map(int, done.stdout.split())
    assert retained < size, retained  # (a slice a read kept 34 times the text in 20 parses: 0.48 MB; it keeps 32 bytes)
