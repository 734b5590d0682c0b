"""FL016: a Python set, date, time, timedelta or UUID in a body requests or httpx send as `json=` makes json.dumps raise
TypeError, so nothing is sent (review F7: it was read as unknown and nothing was said). Only what the standard library
makes, by the file's imports, and only for those two clients: a name rebound, the SDK (which writes a datetime's ISO
text), `json.dumps(body, default=str)` and aiohttp are not judged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import check_file, diagnostics

FLOW = "770ea816-7ce7-4e44-ac49-b935fba7f268"  # (no contract: its FL200 says the launch was read)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
HEAD = "import datetime\nimport uuid\nfrom datetime import date as day\n\nimport httpx\nimport requests\n\n"


def fl016(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "launch.py"
    path.write_text(HEAD + text)
    found = diagnostics("--no-cache", str(path))
    assert any(d["code"] == "FL200" for d in found), found  # reached: the launch is read
    return [(d["line"] - HEAD.count("\n"), d["message"]) for d in found if d["code"] == "FL016"]


@pytest.mark.parametrize(("value", "what"), [
    ('{"vip", "renewal"}', "a set"), ("{t for t in tags}", "a set"), ("set()", "a set"), ("frozenset(tags)", "a set"),
    ("datetime.datetime(2024, 5, 1, 9, 30)", "a datetime"), ("datetime.datetime.now()", "a datetime"),
    ("day.today()", "a date"), ("datetime.time(9)", "a time"), ("datetime.timedelta(hours=1)", "a timedelta"),
    ("uuid.uuid4()", "a UUID"),
])
@pytest.mark.parametrize("client", ["requests", "httpx"])
def test_a_value_json_dumps_refuses_is_said_at_its_place(tmp_path: Path, client: str, value: str, what: str) -> None:
    text = f'def launch(tags):\n    {client}.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.x": {value}}}}})\n'
    said = fl016(tmp_path, text)
    assert [line for line, _ in said] == [2], said
    assert f"`Flow.x` is {what} (" in said[0][1] and f"{client} encodes `json=` with json.dumps" in said[0][1]


def test_the_claim_holds_json_dumps_raises_on_each(tmp_path: Path) -> None:
    """What FL016 says of each kind is what Python does (the standard json module, as httpx and requests use it)."""
    script = ("import datetime, json, uuid\n"
              "for v in ({'a'}, frozenset(), datetime.datetime.now(), datetime.date.today(), datetime.time(9),"
              " datetime.timedelta(1), uuid.uuid4()):\n"
              "    try:\n        json.dumps({'x': v})\n    except TypeError:\n        continue\n"
              "    raise SystemExit(repr(v))\n")
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 0


@pytest.mark.parametrize("text", [
    # a name of the file's own, not the builtin or the module's
    f'def launch(set):\n    requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.x": set([1])}}}})\n',
    # made into something JSON has: sorted() of a set, a datetime's text
    f'def launch():\n    requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.x": sorted({{"a"}}), '
    '"Flow.t": datetime.datetime.now().isoformat()}})\n',
    # encoded by the program, which may give json.dumps a default
    f'def launch():\n    requests.post("{URL}", data=json.dumps({{"flowId": "{FLOW}", "inputData": {{"Flow.x": {{"a"}}}}}}, '
    'default=list), headers={"Content-Type": "application/json"})\n',
])
def test_what_json_dumps_may_encode_is_not_judged(tmp_path: Path, text: str) -> None:
    assert fl016(tmp_path, "import json\n" + text) == []


def test_a_value_set_in_the_statements_that_build_the_body_is_said(tmp_path: Path) -> None:
    text = (f'def launch():\n    body = {{"flowId": "{FLOW}", "inputData": {{}}}}\n'
            '    body["inputData"]["Flow.at"] = datetime.datetime.utcnow()\n'
            f'    return requests.post("{URL}", json=body)\n')
    said = fl016(tmp_path, text)
    assert [line for line, _ in said] == [3], said
    json.dumps(said)  # (plain text: no marker object leaks into the report)


def test_the_placeholder_of_a_set_of_ellipsis_is_no_set(tmp_path: Path) -> None:
    # (review F13, /tmp/s41/review/r/F13) `{...}` in a README's block is "your inputs here", as `...` and `[...]` are
    block = ('# Launch\n\n```python\nresp = requests.post(\n    "https://api.mypurecloud.com/api/v2/flows/executions",\n'
             '    headers={"Authorization": f"Bearer {token}"},\n    json={"flowId": FLOW_ID, "inputData": {...}, '
             '"name": {"a", ...}},\n)\n```\n')
    found = check_file(tmp_path, "README.md", block)
    # reached: the block's launch is read (a set written beside the placeholder is still one)
    assert [(d["code"], d["pointer"]) for d in found if d["severity"] == "error"] == [("FL016", "/name")], found
