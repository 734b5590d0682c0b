"""A body name bound again (`body = {…}`, the send, `body = {…}`; a `let body` reassigned): the body judged is the one
the name holds at the send, the last binding before it in straight-line code, with the members given after that
binding; before, any second binding made the body unknown (a silent miss without -v). Where which binding reaches the
send is not certain (a condition, a loop that rebinds it after the send, a function that may rebind it whenever called)
it stays unknown, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

UUID = "5e1a7c3d-2b4f-4a6e-8c9d-1f2e3a4b5c6d"  # no contract in the store: FL200 says the launch was read
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
PY_WRONG, PY_RIGHT = f'{{"flowId": "{UUID}", "type": "flow"}}', f'{{"flowId": "{UUID}"}}'
JS_WRONG, JS_RIGHT = f'{{ flowId: "{UUID}", type: "flow" }}', f'{{ flowId: "{UUID}" }}'
PY_SEND = f'requests.post("{URL}", json=body)'
JS_SEND = f'await fetch("{URL}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, body: JSON.stringify(body) }});'
AXIOS_SEND = f'await axios.post("{URL}", body);'


def _py(lines: list[str]) -> str:
    return "import requests\n\n\ndef launch(items):\n" + "".join(f"    {line}\n" for line in lines)


def _js(lines: list[str], head: str = "") -> str:
    return head + "export async function launch(items) {\n" + "".join(f"  {line}\n" for line in lines) + "}\n"


SHAPES = {  # (the lines, with SENT the body at the send and OTHER the one bound after or before it)
    "bound again after the send": ["body = SENT", "SEND", "body = OTHER", "return body"],
    "bound again before the send": ["body = OTHER", "body = SENT", "SEND"],
    "built up after its last binding": ["body = SENT_BASE", "body[OLD_KEY] = OLD_MEMBER", "body = SENT_BASE",
                                        "body[KEY] = MEMBER", "SEND"],
}


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for shape, lines in SHAPES.items():
        for language in ("py", "js", "axios"):
            cases.append((shape, language, "\n".join(lines)))
    return cases


def _text(language: str, lines: str, sent: str) -> str:
    """The shape's code with the body at the send `sent` ("wrong" or "right"); the other binding is the other one."""
    py = language == "py"
    wrong, right = (PY_WRONG, PY_RIGHT) if py else (JS_WRONG, JS_RIGHT)
    other = right if sent == "wrong" else wrong
    base = f'{{"flowId": "{UUID}"}}' if py else f'{{ flowId: "{UUID}" }}'
    # (a member given the object bound before: not the one sent)
    member, old = (('"type"', '"flow"'), ('"name"', '"run 1"')) if sent == "wrong" else (('"name"', '"run 1"'), ('"type"', '"flow"'))
    filled = lines.replace("SENT_BASE", base).replace("SENT", wrong if sent == "wrong" else right) \
        .replace("OTHER", other).replace("OLD_KEY", old[0]).replace("OLD_MEMBER", old[1]) \
        .replace("KEY", member[0]).replace("MEMBER", member[1])
    if py:
        return _py(filled.replace("SEND", PY_SEND).split("\n"))
    send = JS_SEND if language == "js" else AXIOS_SEND
    head = 'import axios from "axios";\n' if language == "axios" else ""
    filled = filled.replace("SEND", send).replace("body = ", "let body = ", 1).replace("return body", "return body;")
    return _js([line if line.endswith(";") else line + ";" for line in filled.split("\n")], head)


@pytest.mark.parametrize(("shape", "language", "lines"), _cases())
def test_the_body_at_the_send_is_judged(tmp_path: Path, shape: str, language: str, lines: str) -> None:
    name = "a.py" if language == "py" else "a.js"
    wrong = check_file(tmp_path, name, _text(language, lines, "wrong"))
    assert "FL101" in {d["code"] for d in wrong}, (shape, wrong)  # the body at the send, read and judged
    right = check_file(tmp_path, name, _text(language, lines, "right"), "-v")
    assert "FL200" in {d["code"] for d in right}, (shape, right)  # read ...
    assert not {d["code"] for d in right} - {"FL200"}, (shape, right)  # ... and clean: the other binding is not sent


#: Each value a path certainly sends, judged as an if/else's branches are (review R15): the wrong one is said.
EACH_PATH = {
    "py a condition between": _py(["body = RIGHT", "if items:", "    body = WRONG", PY_SEND]),
    "py bound in a try and an except": _py(["try:", "    body = WRONG", "except ValueError:", "    body = RIGHT", PY_SEND]),
    "js a condition between": _js(["let body = RIGHT;", "if (items) body = WRONG;", JS_SEND]),
}


@pytest.mark.parametrize("case", sorted(EACH_PATH))
def test_each_binding_a_path_sends_is_judged(tmp_path: Path, case: str) -> None:
    py = case.startswith("py")
    text = EACH_PATH[case].replace("RIGHT", PY_RIGHT if py else JS_RIGHT).replace("WRONG", PY_WRONG if py else JS_WRONG)
    found = check_file(tmp_path, "b.py" if py else "b.js", text)
    assert len([d for d in found if d["severity"] == "error"]) == 1, (case, found)  # the wrong one, once


UNSURE = {
    "py a loop rebinding after the send": _py(["body = RIGHT", "for item in items:", f"    {PY_SEND}", "    body = WRONG"]),
    "js a closure rebinding it": _js(["let body = WRONG;", "const reset = () => { body = RIGHT; };", "reset();", JS_SEND]),
    "js a loop rebinding after the send": _js(["let body = RIGHT;", "for (const item of items) {", JS_SEND,
                                               "body = WRONG;", "}"]),
}


@pytest.mark.parametrize("case", sorted(UNSURE))
def test_an_unsure_binding_stays_unknown(tmp_path: Path, case: str) -> None:
    py = case.startswith("py")
    text = UNSURE[case].replace("RIGHT", PY_RIGHT if py else JS_RIGHT).replace("WRONG", PY_WRONG if py else JS_WRONG)
    found = check_file(tmp_path, "b.py" if py else "b.js", text, "-v")
    notes = [d for d in found if d["code"] == "FL011"]
    assert notes and "body is not known" in notes[0]["message"], (case, found)  # reached: the launch, its body unknown
    assert not [d for d in found if d["severity"] == "error"], (case, found)  # no guess at which binding is sent
