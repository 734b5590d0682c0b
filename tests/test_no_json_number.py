"""FL014: NaN, infinities and 1e400 in a body built in code or given to the library are said as what the language's
encoder sends (Python: refused or `NaN`/`Infinity`, not JSON; JavaScript: null), and no fix writes such a number."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import validator
from validator.core.diagnostics import Fix, ReplaceValue
from validator.edits import render
from validator.edits.code_editor import LaunchEditor

from conftest import diagnostics

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _found(tmp_path: Path, name: str, text: str) -> list[tuple[str, str, int]]:
    path = tmp_path / name
    path.write_text(text)
    return [(d["code"], d["message"], d["column"]) for d in diagnostics("--no-cache", str(path))
            if d["code"] == "FL014"]


@pytest.mark.parametrize(("written", "said"), [
    ("1e400", "is the number 1e400, past the largest double-precision number (about 1.8e308): Python reads it as Infinity"),
    ("-1E400", "is the number -1E400, below the lowest double-precision number"),
    ("float('inf')", "is `float('inf')` (Infinity), which JSON has no number for"),
    ('float("nan")', "is `float(\"nan\")` (NaN, not a number)"),
    ("-math.inf", "is `-math.inf` (-Infinity)"),
    ("np.nan", "is `np.nan` (NaN, not a number)"),
])
def test_python_code_says_requests_refuses_and_json_dumps_writes_no_json(tmp_path: Path, written: str, said: str) -> None:
    line = f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.amount": {written}}}}})\n'
    text = "import math\nimport numpy as np\nimport requests\n" + line
    ((_, message, column),) = _found(tmp_path, "launch.py", text)
    assert said in message and "requests and httpx refuse to send it" in message
    assert column == line.index(written) + 1


@pytest.mark.parametrize("written", ["Infinity", "-Infinity", "NaN", "Number.POSITIVE_INFINITY", "Number.NaN", "1e400", "-1e999"])
def test_javascript_code_says_json_stringify_sends_null(tmp_path: Path, written: str) -> None:
    line = f'axios.post("{URL}", {{flowId: "{FLOW}", inputData: {{"Flow.amount": {written}}}}});\n'
    ((_, message, column),) = _found(tmp_path, "launch.js", line)
    assert "JSON.stringify (which fetch, axios and the SDK send through) writes null in its place" in message
    assert column == line.index(written) + 1


def test_a_name_the_file_binds_is_not_javascripts_global(tmp_path: Path) -> None:
    text = (f'function launch(Infinity) {{ return axios.post("{URL}", {{flowId: "{FLOW}", inputData: {{"Flow.amount": Infinity}}}}); }}\n'
            f'const NaN2 = 1; axios.post("{URL}", {{flowId: "{FLOW}", inputData: {{"Flow.amount": NaN2}}}});\n')
    path = tmp_path / "launch.js"
    path.write_text(text)
    found = diagnostics("--no-cache", str(path))
    assert found and not [d for d in found if d["code"] == "FL014"]  # checked (FL201s), never FL014


def test_a_finite_float_call_is_no_finding(tmp_path: Path) -> None:
    line = f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.amount": float("2.5"), "Flow.n": ~math.inf}}}})\n'
    path = tmp_path / "launch.py"
    path.write_text("import math\nimport requests\n" + line)
    found = diagnostics("--no-cache", str(path))
    assert found and not [d for d in found if d["code"] == "FL014"]


def test_a_fix_that_would_write_infinity_is_help_not_a_fix() -> None:
    # The inputs list moved into inputData carries 1e400, read as infinity: the fix once promised `Infinity`.
    text = json.dumps({"flowId": FLOW, "inputs": [{"name": "customerName", "value": "John"}]})[:-2] + \
        ', {"name": "amount", "value": 1e400}]}'
    (found,) = validator.check(text).diagnostics
    assert found.code == "FL101" and found.fix is None and "not a fix flowlint applies" in found.help


def test_a_wrapped_1e400_is_not_offered_as_an_array() -> None:
    contract = {"type": "object", "properties": {"Flow.ns": {"type": "array", "items": {"type": "number"}}}}
    (found,) = validator.check(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.ns": 1e400}}}}', contract=contract).diagnostics
    assert found.code == "FL204" and found.fix is None and "Infinity" not in found.help


@pytest.mark.parametrize(("kind", "text"), [
    ("json", '{"a": 1}'), ("yaml", "a: 1\n"),
    ("javascript", f'axios.post("{URL}", {{flowId: "{FLOW}", a: 1}});\n'),
    ("python", f'requests.post("{URL}", json={{"flowId": "{FLOW}", "a": 1}})\n'),
])
@pytest.mark.parametrize("number", [float("inf"), float("nan")])
def test_no_renderer_writes_a_number_json_has_no_form_for(kind: str, text: str, number: float) -> None:
    # Unproven, as a --fix pass renders its fixes before proving them all at once: the renderer itself refuses.
    fix = Fix(validator.Applicability.SAFE, "x", (ReplaceValue(("a",), [number]),))
    editor = LaunchEditor(kind, "launch", 0) if kind in ("javascript", "python") else None
    if editor is not None:
        assert editor.parse(text) == {"flowId": FLOW, "a": 1}  # the launch is read: the editor is reached
        assert render(Fix(validator.Applicability.SAFE, "x", (ReplaceValue(("a",), [2.5]),)), text, kind, None,
                      editor=editor, proven=False).edits is not None
    assert render(fix, text, kind, {"a": 1}, editor=editor, proven=False).edits is None


def test_numpy_imported_with_others_and_float_rebound_in_a_function(tmp_path: Path) -> None:
    """`import numpy as np, pandas as pd` is numpy's np; a function's own `float` is not the builtin (it was FL014)."""
    launch = f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.amount": WRITTEN}}}})\n'
    text = ("import numpy as np, pandas as pd\nimport requests\n\n" + launch.replace("WRITTEN", "np.nan")
            + "\ndef go():\n    float = lambda s: 1.0\n    " + launch.replace("WRITTEN", 'float("nan")'))
    assert [(code, line) for code, line in ((c, m.split("`")[3]) for c, m, _ in _found(tmp_path, "a.py", text))] == \
        [("FL014", "np.nan")]


def test_np_is_looked_up_once_a_file() -> None:
    """Whether `np` is numpy is found once a file, not by a walk of every node for each `np.nan` (8,000 took 3.75 s)."""
    from validator.sources.code import parsed
    from validator.sources.python import PythonReader

    launch = f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.amount": np.nan}}}})\n'
    source, tree = parsed("python", "import requests\nnp = object()\n" + launch * 200)
    reader = PythonReader(source, tree, 64, "a.py")

    class Counted(list):  # type: ignore[type-arg]
        walks = 0

        def __iter__(self):  # type: ignore[no-untyped-def]
            Counted.walks += 1
            return super().__iter__()

    reader.nodes = Counted(reader.nodes)
    assert len(reader.launches()) == 200  # reached: each launch's np.nan was judged
    assert Counted.walks < 20


@pytest.mark.parametrize(("written", "sent"), [
    ("9007199254740993", "9007199254740992"), ("-9999999999999999", "-10000000000000000"),
    ("0x20000000000001", "9007199254740992"),
])
def test_a_javascript_integer_past_2_53_is_said_as_the_double_sent(tmp_path: Path, written: str, sent: str) -> None:
    line = f'axios.post("{URL}", {{flowId: "{FLOW}", inputData: {{"Flow.orderId": {written}}}}});\n'
    path = tmp_path / "launch.js"
    path.write_text(line)
    ((message, column),) = [(d["message"], d["column"]) for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL015"]
    assert message.endswith(f"so JSON.stringify sends {sent}") and f"is written {written}," in message
    assert column == line.index(written) + 1


def test_integers_held_exactly_and_python_integers_are_not_rounded(tmp_path: Path) -> None:
    js = tmp_path / "launch.js"
    js.write_text(f'axios.post("{URL}", {{flowId: "{FLOW}", inputData: {{"Flow.a": 9007199254740992, "Flow.b": 1e25, '
                  '"Flow.c": 123456789012345678901234}});\n')
    py = tmp_path / "launch.py"
    py.write_text(f'import requests\nrequests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.a": 9007199254740993}}}})\n')
    found = diagnostics("--no-cache", str(js), str(py))
    assert {d["file"] for d in found} == {str(js), str(py)}  # both read (FL202s: no such inputs)
    assert [d for d in found if d["code"] == "FL015"] == []


@pytest.mark.parametrize(("imports", "written"), [
    ("import math as m", "m.nan"), ("from math import nan as NaN", "NaN"), ("from numpy import inf", "-inf"),
    ("import numpy.random", "numpy.inf"), ("import numpy as np, pandas as pd", "np.nan"),
])
def test_a_name_an_import_gives_is_known_by_what_it_imports(tmp_path: Path, imports: str, written: str) -> None:
    """`import math as m; m.nan` (and NaN from `from math import nan as NaN`) is the float, as `math.nan` is (was no FL014)."""
    line = f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.amount": {written}}}}})\n'
    ((_, message, column),) = _found(tmp_path, "launch.py", f"{imports}\nimport requests\n" + line)
    assert f"is `{written}`" in message and column == line.index(written) + 1


@pytest.mark.parametrize("launch", [
    "def launch(m):\n    POST",  # a parameter hides the module's alias
    "m = load()\nPOST",  # bound to something else too
    "def launch():\n    import math as m\nPOST",  # imported in another scope
])
def test_an_alias_bound_otherwise_where_it_is_used_is_unknown(tmp_path: Path, launch: str) -> None:
    post = f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.amount": m.nan, "Flow.b": 1}}}})\n'
    imports = "" if "import math" in launch else "import math as m\n"
    path = tmp_path / "launch.py"
    path.write_text(f"{imports}import requests\n" + launch.replace("POST", post))
    found = diagnostics("--no-cache", str(path))
    assert found and not [d for d in found if d["code"] == "FL014"]  # checked (FL201s), never FL014


def test_a_number_in_an_array_is_named_by_its_index(tmp_path: Path) -> None:
    """`[1].a` and `inputData[0]`, as other findings name members (it said `1.a` and `0`: no member of that name)."""
    text = (f'import requests\nrequests.post("{URL}", json=[float("nan"), {{"a": float("inf")}}])\n'
            f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": [float("nan")]}})\n')
    found = [message.split(" is ")[0] for _, message, _ in _found(tmp_path, "launch.py", text)]
    assert found == ["`[0]`", "`[1].a`", "`inputData[0]`"]


@pytest.mark.parametrize(("operator", "sign"), [("-", -1.0), ("+", 1.0), ("", None), ("+-", None), ("!", None)])
def test_only_plus_and_minus_sign_a_javascript_infinity(operator: str, sign: float | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unary operator is a sign only when it is `+` or `-`, never a part of "+-" (a substring test took an empty
    operator, as error recovery may leave, for `+`)."""
    from validator.sources import code
    from validator.sources.javascript import JavaScriptReader

    reader = JavaScriptReader(*code.parsed("javascript", "f(-Infinity);\n"), 10, "javascript")
    (unary,) = [n for n in code.walk(reader.root) if n.type == "unary_expression"]
    assert reader.non_finite(unary) is not None  # reached: the written `-Infinity` is one
    raw = reader.source.raw
    monkeypatch.setattr(reader.source, "raw", lambda node: operator if node.type == "-" else raw(node))  # the parse is shared
    found = reader.non_finite(unary)
    assert (found.number if found is not None else None) == (None if sign is None else sign * math.inf)
