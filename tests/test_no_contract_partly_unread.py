"""FL200 says what was checked without the flow's contract: the envelope and each input's `Flow.` prefix. A launch whose
inputs flowlint could not all read (a spread of what it cannot see, a computed key, an HTTPie nested item, an
`inputData` known only at run time) had some prefixes unchecked: the flow's FL200 says so, once more beside the
plain note when that was said first; FL011 (-v) says where it can (issue 19, item 2 of the fixes brief). A value a
parameter gives is its caller's: no FL011 for it, as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.contracts.resolution import NOT_CHECKED, NOT_CHECKED_PARTLY

from conftest import flowlint

FLOW = "11111111-2222-4333-8444-555555555555"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def js(body: str) -> str:
    """A JS module launching the flow with `body` (its function's parameters: what flowlint cannot see)."""
    return ("export async function launch(token, extra, key, inputs) {\n"
            f'  await fetch("{URL}", {{\n'
            '    method: "POST",\n'
            '    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },\n'
            f"    body: JSON.stringify({body}),\n"
            "  });\n}\n")


#: Launches of the flow whose inputs are partly unread, each with the FL011 (-v) that says where (None: a value its
#: caller gives, which no note is about).
PARTLY: dict[str, tuple[str, str | None]] = {
    "spread.js": (js(f'{{ flowId: "{FLOW}", inputData: {{ ...extra, "Flow.a": 1 }} }}'),
                  None),
    "top.js": (js(f'{{ ...extra, flowId: "{FLOW}", inputData: {{ "Flow.a": 1 }} }}'),
               None),
    "computed.js": (js(f'{{ flowId: "{FLOW}", inputData: {{ [key]: 1 }} }}'),
                    "the body has a member whose key is not known here (`[key]`)"),
    "given.js": (js(f'{{ flowId: "{FLOW}", inputData: inputs }}'),
                 None),
    "kw.py": ("import requests\n\n\ndef launch(token, **kw):\n"
              f'    requests.post("{URL}", headers={{"Authorization": f"Bearer {{token}}"}},\n'
              f'                  json={{"flowId": "{FLOW}", "inputData": {{**kw, "Flow.a": 1}}}})\n',
              None),
    "httpie.sh": (f'http POST {URL} "Authorization:Bearer $TOKEN" flowId={FLOW} "inputData[Flow.a]=x"\n',
                  "HTTPie builds members from the nested item `inputData[Flow.a]=x`"),
}
WHOLE = {"a.json": json.dumps({"flowId": FLOW, "inputData": {"Flow.a": 1}}),
         "b.js": js(f'{{ flowId: "{FLOW}", inputData: {{ "Flow.a": 1, "Flow.b": "x" }} }}')}


def _said(tmp_path: Path, files: dict[str, str], *names: str, verbose: bool = False) -> list[dict[str, Any]]:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    result = flowlint("check", "--format", "json", "-j", "1", *(["-v"] if verbose else []), *names)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _fl200(said: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(d["file"], d["message"].split(": ", 1)[1]) for d in said if d["code"] == "FL200"]


def test_a_flow_whose_launches_were_read_whole_says_every_prefix_was_checked(tmp_path: Path, in_tmp: None) -> None:
    assert _fl200(_said(tmp_path, WHOLE, "a.json", "b.js", verbose=True)) == [("a.json", NOT_CHECKED)]
    assert "except" not in NOT_CHECKED and "except inputs flowlint could not read" in NOT_CHECKED_PARTLY


@pytest.mark.parametrize("name", sorted(PARTLY))
def test_a_launch_whose_inputs_were_partly_unread_is_said_by_the_flows_fl200(name: str, tmp_path: Path,
                                                                             in_tmp: None) -> None:
    text, where = PARTLY[name]
    # Said first: the flow's one FL200 says it, and covers the launches read whole after it.
    assert _fl200(_said(tmp_path, {name: text, **WHOLE}, name, "a.json", "b.js")) == [(name, NOT_CHECKED_PARTLY)]
    # Said after the plain note: said once more, at this launch (the plain one claimed every prefix was checked).
    said = _said(tmp_path, {}, "a.json", name, "b.js", verbose=True)
    assert _fl200(said) == [("a.json", NOT_CHECKED), (name, NOT_CHECKED_PARTLY)]
    # -v says where it can, as the note says.
    notes = [d["message"] for d in said if d["code"] == "FL011" and d["file"] == name]
    assert (notes and notes[0].startswith(where)) if where is not None else notes == [], notes


def test_the_partly_unread_note_is_said_once_per_flow_and_alike_from_the_cache(tmp_path: Path, in_tmp: None,
                                                                               cache_on: Path) -> None:
    files = {name: text for name, (text, _) in PARTLY.items()}
    names = ["a.json", *sorted(files), "b.js"]
    cold = _fl200(_said(tmp_path, {**files, **WHOLE}, *names))
    assert cold == [("a.json", NOT_CHECKED), (sorted(files)[0], NOT_CHECKED_PARTLY)]
    assert _fl200(_said(tmp_path, {}, *names)) == cold  # warm: each file's result from the cache, said once alike
