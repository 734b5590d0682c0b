"""A JavaScript name a destructuring declaration binds from an object the file writes (`const { url, method = 'GET',
body } = opts` in a wrapper whose call passes an object literal, or from a name bound once to one) is that object's
member, or the default when the object does not write it: a launch through such a wrapper is read (it was an FL011
note) and a status read through it is silent. An object not known, open (a spread) or changed, or a name bound again,
stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

WRAPPER = """const BASE = 'https://api.mypurecloud.com';
async function call(opts{typed}) {{
  {before}const {{ url, method = 'GET', body: data }}{typed} = opts;{after}
  const res = await fetch(BASE + url, {{ method, headers: {{ 'Content-Type': 'application/json' }}, body: data && JSON.stringify(data) }});
  return res.json();
}}
export const status = (id{typed}) => call({{ url: '/api/v2/flows/executions/' + id }});
export const launch = () => call({{ url: '/api/v2/flows/executions', method: 'POST', body: {{ flowId: 'my-flow' }} }});
"""


def said(tmp_path: Path, name: str, text: str) -> list[tuple[str, int]]:
    (tmp_path / name).write_text(text)
    return [(d["code"], d["line"]) for d in diagnostics("--no-cache", "-v", str(tmp_path / name))]


@pytest.mark.parametrize(("name", "typed"), [("api.js", ""), ("api.ts", ": any")])
def test_a_wrappers_destructured_options_are_read(tmp_path: Path, name: str, typed: str) -> None:
    found = said(tmp_path, name, WRAPPER.format(typed=typed, before="", after=""))
    assert found == [("FL104", 8)], found  # the launch read with its body; the status read (line 7) silent


@pytest.mark.parametrize(("before", "after"), [
    ("opts.method = 'PUT';\n  ", ""),  # the object changed before
    ("", " Object.assign(opts, { body: { flowId: 'x' } });"),  # or after (which one is read is not followed)
])
def test_a_changed_object_is_not_read(tmp_path: Path, before: str, after: str) -> None:
    found = said(tmp_path, "api.js", WRAPPER.format(typed="", before=before, after=after))
    assert [code for code, _ in found] == ["FL011"], found  # (reached: noted, not judged)


def test_a_name_bound_once_to_an_object_is_destructured(tmp_path: Path) -> None:
    text = ("const o = { method: 'POST', body: { flowId: 'my-flow' } };\nconst { method, body } = o;\n"
            "fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method, headers: { 'Content-Type': "
            "'application/json' }, body: JSON.stringify(body) });\n")
    assert said(tmp_path, "a.js", text) == [("FL104", 1)]


@pytest.mark.parametrize("object_text", ["{ ...base, body: { flowId: 'my-flow' } }", "make()"])
def test_an_object_not_known_whole_leaves_the_names_unknown(tmp_path: Path, object_text: str) -> None:
    text = (f"const o = {object_text};\nconst {{ method = 'POST', body }} = o;\n"
            "fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method, headers: { 'Content-Type': "
            "'application/json' }, body: JSON.stringify(body) });\n")
    found = said(tmp_path, "a.js", text)
    assert ("FL011", 3) in found and ("FL104", 1) not in found, found  # reached: the launch, its body not known


@pytest.mark.parametrize("change", [
    "const b = o.body; delete b.legacyKey;",  # an alias of the member read, written
    "const { body: bb } = o; delete bb.legacyKey;",  # an alias bound by another destructuring
    "const all = o; delete all.body.legacyKey;",  # an alias of the object itself
    "strip(o);",  # the object handed to a call not followed
    "Reflect.deleteProperty(o.body, 'legacyKey');",  # the member handed to a call that changes it
    "function later() { delete o.body.legacyKey; }",  # (another function's write)
])
def test_an_object_that_may_be_changed_leaves_the_names_unknown(tmp_path: Path, change: str) -> None:
    # `legacyKey` may be gone when the body is sent: FL102 for it would rest on a guess
    text = ("const o = { method: 'POST', body: { flowId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', legacyKey: 1 } };\n"
            f"{change}\nconst {{ method, body }} = o;\n"
            "fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method, headers: { 'Content-Type': "
            "'application/json' }, body: JSON.stringify(body) });\n")
    found = said(tmp_path, "a.js", text)
    assert ("FL011", 4) in found and not any(code == "FL102" for code, _ in found), found  # reached, not judged
