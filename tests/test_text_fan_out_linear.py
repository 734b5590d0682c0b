"""A URL built of names that are each built of the one before, several times over (`A2 = f"{A1}{A1}{A1}"`), is read
once per name: every use of a name read its value again, so a 400-byte file of 14 such lines (four uses each) did not
end in 100 s, and 2,000 lines of `A{i} = A{i-1} + A{i-1}` took 27 s. The strings read are counted
(`literal_text`, asked of every node read that is not a name) at growing lengths, never timed; a text built past
BUILT_CHARS characters is unknown (only repeating makes one, and unknown fails no check)."""

from __future__ import annotations

import itertools

import pytest

from validator.core.unknown import Unknown
from validator.sources.code import BUILT_CHARS, CodeReader, parsed
from validator.sources.extract import launches_in
from validator.sources.javascript import JavaScriptReader
from validator.sources.model import Text
from validator.sources.python import PythonReader

URL = "https://api.mypurecloud.com/api/v2/flows/executions"

#: Each form joining three uses of the name before (`%s` is where a use goes).
PYTHON = {"f-string": 'f"{%s}{%s}{%s}"', "plus": "%s + %s + %s", "percent": '"%%s%%s%%s" %% (%s, %s, %s)',
          "format": '"{}{}{}".format(%s, %s, %s)', "join": '"".join([%s, %s, %s])',
          "implicit concatenation": 'f"{%s}" f"{%s}" f"{%s}"'}
SCRIPT = {"template": "`${%s}${%s}${%s}`", "plus": "%s + %s + %s", "join": "[%s, %s, %s].join('')",
          "util.format": "util.format('%%s%%s%%s', %s, %s, %s)", "path.join": "path.join(%s, %s, %s)"}


def _python(form: str, lines: int) -> str:
    return f"A0 = '{URL}'\n" + "".join(f"A{i} = {form % ((f'A{i - 1}',) * 3)}\n" for i in range(1, lines)) \
        + f"url = A{lines - 1}\n"


def _script(form: str, lines: int) -> str:
    return f"import util from 'util';\nimport path from 'path';\nconst A0 = '{URL}';\n" \
        + "".join(f"const A{i} = {form % ((f'A{i - 1}',) * 3)};\n" for i in range(1, lines)) + f"const url = A{lines - 1};\n"


def _read(kind: str, text: str) -> tuple[CodeReader, Text | Unknown]:
    """The reader of the file and the text of the last name it writes."""
    source, tree = parsed(kind, text)
    reader: CodeReader = PythonReader(source, tree, 64, "a.py") if kind == "python" else JavaScriptReader(source, tree, 64, kind)
    node = tree.root_node.named_children[-1]
    while node.named_children:
        node = node.named_children[-1]
    assert source.raw(node) in ("B", "A5", "A13") or source.raw(node).startswith("A")
    return reader, reader.text(node)


def _strings_read(monkeypatch: pytest.MonkeyPatch, kind: str, text: str) -> tuple[int, Text | Unknown]:
    reader_type: type[CodeReader] = PythonReader if kind == "python" else JavaScriptReader
    read: list[object] = []
    real = reader_type.literal_text

    def counted(self: CodeReader, node: object, span: object, depth: int) -> object:
        read.append(node)
        return real(self, node, span, depth)  # type: ignore[arg-type]

    monkeypatch.setattr(reader_type, "literal_text", counted)
    _, found = _read(kind, text)
    monkeypatch.undo()
    return len(read), found


@pytest.mark.parametrize(("kind", "form"), [*(("python", form) for form in PYTHON.values()),
                                            *((kind, form) for kind in ("javascript", "typescript")
                                              for form in SCRIPT.values())])
def test_a_name_used_three_times_a_line_is_read_once(monkeypatch: pytest.MonkeyPatch, kind: str, form: str) -> None:
    counts = []
    for lines in (3, 4, 5, 6):
        count, found = _strings_read(monkeypatch, kind, (_python if kind == "python" else _script)(form, lines))
        assert isinstance(found, Text) and found.value is not None and found.value.count(URL) == 3 ** (lines - 1)  # reached
        counts.append(count)
    steps = {later - earlier for earlier, later in itertools.pairwise(counts)}
    assert len(steps) == 1 and 0 < steps.pop() <= 4, counts  # the same few more each line (was three times as many)


def test_the_reviewers_file_is_read_in_a_few_reads_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """14 lines of four uses each (4**13 copies of the URL): unknown, not built; each line's strings read a few times."""
    text = f"A0 = '{URL}'\n" + "".join(f'A{i} = f"{{A{i - 1}}}{{A{i - 1}}}{{A{i - 1}}}{{A{i - 1}}}"\n' for i in range(1, 14))
    count, found = _strings_read(monkeypatch, "python", text + "url = A13\n")
    assert isinstance(found, Unknown) or found.value is None  # (past the bound: unknown parts)
    assert 0 < count <= 2 * 14, count  # (was 4**10: cut short 10 names deep)


@pytest.mark.parametrize("kind", ["python", "javascript"])
def test_a_text_built_past_the_bound_is_unknown(kind: str) -> None:
    half = "x" * (BUILT_CHARS // 2)
    declare = "" if kind == "python" else "const "
    _, same_size = _read(kind, f"{declare}A = '{half}'\n{declare}B = A + A\n{declare}url = B\n")
    assert isinstance(same_size, Text) and same_size.value == half * 2  # (at the bound: built)
    _, past = _read(kind, f"{declare}A = '{half}'\n{declare}B = A + A + 'y'\n{declare}url = B\n")
    assert isinstance(past, Unknown)
    _, literal = _read(kind, f"{declare}B = '{half * 2}y'\n{declare}url = B\n")
    assert isinstance(literal, Text) and literal.value == half * 2 + "y"  # a string written out is no text built


@pytest.mark.parametrize(("kind", "text"), [
    ("python", "import requests\nBASE = 'https://api.mypurecloud.com/api/v2'\ndef url(p):\n    return f'{BASE}/{p}'\n"
               "requests.post(url('flows/executions'), json={'flowId': 'f'})\n"
               "requests.post(url('flows/executions/x'), json={'flowId': 'f'})\n"),
    ("javascript", "const BASE = 'https://api.mypurecloud.com/api/v2';\nconst url = (p) => `${BASE}/${p}`;\n"
                   "fetch(url('flows/executions'), {method: 'POST', body: JSON.stringify({flowId: 'f'})});\n"
                   "fetch(url('flows/executions/x'), {method: 'POST', body: JSON.stringify({flowId: 'f'})});\n")])
def test_a_function_followed_from_two_calls_reads_each_calls_argument(kind: str, text: str) -> None:
    """What a name holds inside a followed function is the call's argument: its text is read again for each call."""
    urls = [request.url.value if request.url is not None else None for request in launches_in(kind, text, "a")]
    assert urls == [URL, f"{URL}/x"]
