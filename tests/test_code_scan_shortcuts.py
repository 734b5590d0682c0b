"""The shortcuts of a code-tree scan decide what the full work would: answers remembered for the last text asked
about are that text's answers, and the byte prefilters let through every file the readers would read."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.checker.launches import load_source
from validator.checker.loader import load_documents
from validator.checker.suppress import may_suppress
from validator.core.codes import UNREAD_LAUNCH
from validator.edits.code_editor import Extractions, _Literal
from validator.sources import kinds
from validator.sources.extract import _MENTION, _has_test_double
from validator.sources.kinds import LAUNCH_MENTION, launch_mention, launch_mentions, signs_in

from conftest import flowlint


def test_may_suppress_answers_for_the_text_asked_not_the_last_one() -> None:
    quiet = "const a = 1; // a comment\n" * 3
    loud = "const a = 1; // FlowLint: ignore[FL302]\n"
    assert may_suppress(quiet) is False
    assert may_suppress(quiet) is False  # asked again: the remembered answer
    assert may_suppress(loud) is True
    assert may_suppress("".join(["const a = 1; // a comment\n"] * 3)) is False  # equal text, another object
    assert may_suppress(loud[:-3] + "]\n") is True
    assert may_suppress(None) is False


def test_a_written_key_takes_the_quote_style_of_its_own_file() -> None:
    single = "f({ 'a': 'b', 'c': \"d\" })\n"
    double = "f({ \"a\": \"b\", 'c': \"d\" })\n"
    assert _Literal(single, "javascript", None, {}).quote() == "'"  # type: ignore[arg-type]
    assert _Literal(double, "javascript", None, {}).quote() == '"'  # type: ignore[arg-type]
    assert _Literal(single, "javascript", None, {}).quote() == "'"  # type: ignore[arg-type]
    assert _Literal(single, "javascript", None, {}).key_text("a-b") == "'a-b'"  # type: ignore[arg-type]


@given(st.text(alphabet="'\"ab\n", max_size=12), st.integers(0, 12), st.integers(0, 12),
       st.text(alphabet="'\"ab", max_size=4), st.text(alphabet="'\"ab", max_size=4))
def test_the_quote_of_a_text_made_by_a_fix_is_its_own(text: str, start: int, length: int, first: str, then: str) -> None:
    # A fix's next operation writes in the text its previous one made: its quotes are counted from the file's and the edit.
    start = min(start, len(text))
    once = text[:start] + first + text[start + length:]
    twice = once[:start] + then + once[start:]
    extractions = Extractions("javascript", None, None, text)
    for made in (once, twice, text, once):
        assert extractions.quote(made) == ("'" if made.count("'") > made.count('"') else '"')


PIECES = [b"xecutions", b"flows/executions", b"/api/v2/flows/executions", b"postFlowsExecutions", b"post_flows_executions",
          b"oauth/token", b"oauth/", b"token", b"lientCredentials", b"lient_credentials", b"redentials", b"credentials",
          b"ClientCredentials", b"client_credentials", b"fetch(", b"'", b"\n", b" ", b"\xff", b"\xef\xbb\xbf"]
contents = st.lists(st.sampled_from(PIECES) | st.binary(max_size=6), max_size=12).map(b"".join)


@given(contents)
@settings(max_examples=300)
def test_signs_in_is_the_three_substring_tests(data: bytes) -> None:
    assert signs_in(data) == (b"oauth/token" in data or b"lientCredentials" in data or b"lient_credentials" in data)


@given(contents, st.sampled_from(["javascript", "typescript", "python", "shell", "http", "markdown", "terraform", "html",
                                  "notebook", "har", "postman", "data-action", "github-actions", "unread", "architect"]))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_a_walked_file_loads_as_its_reader_would_load_it(data: bytes, kind: str) -> None:
    """The loader's shortcut for a walked file that certainly holds no launch gives what the readers give."""
    name = "pkg/module." + {"javascript": "js", "typescript": "ts", "python": "py", "unread": "go"}.get(kind, "txt")
    shown = [(d.name, [f.code for f in d.findings]) for d in load_documents(data, name, source=kind, named=False)]
    assert shown == [(d.name, [f.code for f in d.findings]) for d in load_source(kind, data, name, named=False)]


def test_the_walked_shortcut_is_taken_and_a_mention_still_gets_its_note(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.js"
    quiet.write_text("export const a = 1;\n")
    mention = tmp_path / "mention.js"
    mention.write_text("// see /api/v2/flows/executions\nexport const a = 1;\n")
    assert load_documents(quiet.read_bytes(), str(quiet), source="javascript", named=False) == []
    notes = load_documents(mention.read_bytes(), str(mention), source="javascript", named=False)
    assert [f.code for d in notes for f in d.findings] == [UNREAD_LAUNCH]
    sign_in = b"fetch('https://login.mypurecloud.com/oauth/token', { headers: { Authorization: 'Bearer Zx9kQ2mP7vL4wR8tY3nB6cJ1' } });"
    assert [f.code for d in load_documents(sign_in, "a.js", source="javascript", named=False) for f in d.findings] == ["FL305"]
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path))
    assert [d["code"] for d in json.loads(result.output)["diagnostics"]] == [UNREAD_LAUNCH]


#: What LAUNCH_MENTION means, written as it reads best (tried at every position: slow on a whole file).
_MENTION_MEANT = re.compile(rb"(?<![A-Za-z0-9_-])flows/executions|postFlowsExecutions|post_flows_executions"
                            rb"|api/v2/flows/[^/\n]{1,80}?/executions(?![A-Za-z0-9_-])")
MENTION_PIECES = [b"flows/executions", b"/flows/executions", b"xflows/executions", b"-flows/executions", b"_flows/executions",
                  b".flows/executions", b"9flows/executions", b"postFlowsExecutions", b"post_flows_executions", b"flows/",
                  b"executions", b"api/v2/flows/", b"/executions", b"${id}", b"' + id + '", b"/",
                  b"f", b"p", b"Z", b" ", b"\n", b"\xc3\xa9"]


@given(st.lists(st.sampled_from(MENTION_PIECES) | st.binary(max_size=3), max_size=10).map(b"".join), st.data())
@settings(max_examples=400)
def test_launch_mention_finds_what_it_means(data: bytes, draw: st.DataObject) -> None:
    """The same matches, whole-file or in a slice (a call's bytes), for bytes and for text (extract.py's copy)."""
    assert [m.span() for m in LAUNCH_MENTION.finditer(data)] == [m.span() for m in _MENTION_MEANT.finditer(data)]
    start = draw.draw(st.integers(0, len(data)))
    end = draw.draw(st.integers(start, len(data)))
    found, meant = LAUNCH_MENTION.search(data, start, end), _MENTION_MEANT.search(data, start, end)
    assert (found and found.span()) == (meant and meant.span())
    text = data.decode("latin-1")
    assert [m.span() for m in _MENTION.finditer(text)] == [m.span() for m in re.finditer(_MENTION_MEANT.pattern.decode(), text)]


#: Pieces that make mentions whose first `xecutions` is far from their start: a flow ID of up to 80 characters (the
#: pattern's bound) between `api/v2/flows/` and `/executions`, holding mentions of its own (an SDK method's name).
_FAR_PIECES = [b"api/v2/flows/", b"/executions", b"a" * 39, b"a" * 40, b"b" * 13, b"xecutions", b"Executions", b"PostFlowsExecutions",
               b"postFlowsExecutions", b"post_flows_executions", b" flows/executions", b"/flows/executions", b"\n", b"-", b"/"]


@given(st.lists(st.sampled_from(MENTION_PIECES + _FAR_PIECES) | st.binary(max_size=3), max_size=14).map(b"".join), st.data())
@settings(max_examples=600)
def test_a_mention_searched_from_its_first_xecutions_is_the_one_searched_from_the_start(data: bytes, draw: st.DataObject) -> None:
    assert [m.span() for m in launch_mentions(data)] == [m.span() for m in LAUNCH_MENTION.finditer(data)]
    start = draw.draw(st.integers(0, len(data)))
    end = draw.draw(st.integers(start, len(data)))
    found, meant = launch_mention(data, start, end), LAUNCH_MENTION.search(data, start, end)
    assert (found and (found.span(), found.group())) == (meant and (meant.span(), meant.group()))


@pytest.mark.parametrize("between", [1, 40, 79, 80, 81])
def test_the_farthest_mention_from_its_xecutions_is_found(between: int) -> None:
    data = b"const f = () => 1;\n" * 50 + b"fetch(`${BASE}/api/v2/flows/" + b"i" * between + b"/executions`)\n"
    meant = LAUNCH_MENTION.search(data)
    assert (meant is None) == (between > 80)  # (the pattern's own bound)
    found = launch_mention(data)
    assert (found and found.span()) == (meant and meant.span())


def test_a_mention_is_searched_for_from_near_its_first_xecutions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mention pattern's alternatives start with letters code is full of: it is not tried from the file's start."""
    starts: list[int] = []

    class Spy:
        def search(self, data: bytes, pos: int, endpos: int) -> re.Match[bytes] | None:
            starts.append(pos)
            return LAUNCH_MENTION.search(data, pos, endpos)

    monkeypatch.setattr(kinds, "LAUNCH_MENTION", Spy())
    data = b"export function format(value) { return value.toFixed(2); }\n" * 100 + b"post('/api/v2/flows/executions', body);\n"
    assert kinds.may_launch("javascript", "a.js", data)
    assert starts and all(start >= len(data) - 150 for start in starts), starts


def test_a_file_s_quote_is_counted_once_for_all_its_launches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each launch's fix starts from the one file text: its quote style is counted once per text, and kept with the
    file's extractions (a module-wide memo kept the last file's text alive after its run)."""
    from validator.edits import code_editor

    counted: list[int] = []
    real = code_editor._quote_of

    def counting(text: str) -> str:
        counted.append(len(text))
        return real(text)

    monkeypatch.setattr(code_editor, "_quote_of", counting)
    launch = ("fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{ method: 'POST', headers: h, body: "
              "JSON.stringify({{ flowId: 'f{n}', inputData: {{ contactId: 1 }} }}) }});\n")
    path = tmp_path / "many.js"
    path.write_text("".join(launch.format(n=n) for n in range(12)))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    renamed = [d for d in found if d["fix"] and d["fix"]["edits"][0]["content"] == "'Flow.contactId'"]
    assert len(renamed) == 12  # reached: each launch's fix wrote a quoted key in the file's own text
    assert counted == [len(path.read_text())]  # counted once for them all


#: What a test double's name is, written out: the pattern the substring gate guards (extract._TEST_DOUBLE).
_DOUBLE_MEANT = re.compile(r"\b(?:responses|respx|requests_mock|aioresponses|httpretty|nock|msw|HttpResponse|MockAdapter"
                           r"|onPost|fetchMock|fetch_mock|mockResolvedValue|mockRejectedValue|mockImplementation"
                           r"|MockTransport|httpx_mock)\b")
DOUBLE_PIECES = ["responses", "aioresponses", "respx", "requests_mock", "nock", "nocks", "msw", "HttpResponse", "MockAdapter",
                 "onPost", "fetchMock", "fetch_mock", "mockResolvedValue", "mockImplementation", "MockTransport", "httpx_mock", "mock",
                 "_", "x", "é", " ", ".", "(", "\n", "1"]


@given(st.lists(st.sampled_from(DOUBLE_PIECES) | st.text(max_size=3), max_size=10).map("".join))
@settings(max_examples=400)
def test_a_test_double_is_found_as_its_pattern_finds_it(text: str) -> None:
    assert _has_test_double(text) == (_DOUBLE_MEANT.search(text) is not None)


def test_a_code_file_naming_no_test_double_is_not_searched_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.sources import extract

    searched: list[str] = []

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(text)
            return _DOUBLE_MEANT.search(text)

        def finditer(self, text: str) -> Any:  # (a file with a stand-in: its launches' tests are then found)
            return _DOUBLE_MEANT.finditer(text)

    monkeypatch.setattr(extract, "_TEST_DOUBLE", Counted())
    launch = "await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', body: '{}'});\n"
    assert len(extract.extract("javascript", launch, "a.js")) == 1 and searched == []  # read, and not searched
    double = "const nock = require('nock');\nnock('h').post('/x').reply(200);\n" + launch
    assert len(extract.extract("javascript", double, "a.test.js")) == 1 and searched == [double]


_ONE_LAUNCH = """export async function start(token) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
    method: 'POST', headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', type: 'flow', inputData: {} }),
  });
}
"""
_THROUGH_A_WRAPPER = """function send(body) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method: 'POST', body: JSON.stringify(body) });
}
send({ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', type: 'flow', inputData: {} });
"""


def _rendered_fixes(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], list[int], list[int]]:
    """The fixes a check renders in a JS file; the launches read alone, and the times every launch was read again (the
    proof on the edited literal alone, tests/test_local_proof.py, not taken)."""
    from validator.checker.engine import check_documents
    from validator.checker.options import CheckOptions
    from validator.edits import code_editor
    from validator.sources import code, extract
    from validator.sources.document import DEFAULT_LIMITS

    from conftest import counted_calls

    monkeypatch.setattr(code_editor, "local_body", lambda *args: code_editor._NOT_LOCAL)

    alone = counted_calls(monkeypatch, code.CodeReader, "launch_at")
    again = counted_calls(monkeypatch, extract, "launches_in")
    documents = load_documents(text.encode(), "start.js", DEFAULT_LIMITS, source="javascript")
    return [d.fix for d in check_documents(documents, CheckOptions()) if d.code == "FL101"], alone, again


def test_the_fix_of_a_file_s_one_launch_is_proven_by_reading_that_launch_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    fixes, alone, again = _rendered_fixes(_ONE_LAUNCH, monkeypatch)
    assert fixes and fixes[0].edits  # reached: rendered and proven
    assert alone and not again


def test_a_fix_read_alone_that_does_not_hold_is_not_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Broken on purpose: the editor's edit also changes another member of the body; read alone, the launch shows it."""
    from validator.edits.code_editor import LaunchEditor

    real = LaunchEditor._apply

    def wrong(self: LaunchEditor, text: str, request: Any, operation: Any) -> str:
        return real(self, text, request, operation).replace("inputData: {}", "inputData: {'Flow.x': 1}")

    monkeypatch.setattr(LaunchEditor, "_apply", wrong)
    fixes, alone, again = _rendered_fixes(_ONE_LAUNCH, monkeypatch)
    assert fixes and alone and not again  # reached: read alone
    assert fixes[0].edits is None


def test_a_launch_through_a_same_file_function_is_proven_by_reading_every_launch(monkeypatch: pytest.MonkeyPatch) -> None:
    fixes, _, again = _rendered_fixes(_THROUGH_A_WRAPPER, monkeypatch)
    assert fixes and fixes[0].edits
    assert again  # the wrapper's call is no launch read alone: every launch is read again
