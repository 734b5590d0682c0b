"""A near miss of the launch path written once, in a URL constant several launches use, is one FL308 at the constant's
literal (as a wrong host written there is one FL302: "A host written once" in docs/suppression.md), and a suppression at
the literal suppresses it. Before (review F11), it was said at every call using the constant (N findings for one
mistake), and a `flowlint: ignore[FL308]` at the literal was an unused FL009 that --fix deleted. A suppression at the
calls, where it was said until now, still suppresses it when every call has one, and is never an FL009."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, check_file, check_text, flowlint

NEAR_MISS = "https://api.mypurecloud.com/api/v2/flows/execution"
PY_HEAD = f'import requests\n\nLAUNCH = "{NEAR_MISS}"@C@\n'
PY_CALL = f'requests.post(LAUNCH, json={{"flowId": "{UUID}"}})'
JS_HEAD = f'const LAUNCH = "{NEAR_MISS}";@C@\n'
JS_CALL = (f"fetch(LAUNCH, {{ method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
           f"body: JSON.stringify({{ flowId: '{UUID}' }}) }});")
#: (file name, the constant's lines, a call using it, the comment marker)
LANGUAGES = [("launch.py", PY_HEAD, PY_CALL, "#"), ("launch.ts", JS_HEAD, JS_CALL, "//")]


def _at(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] in ("FL308", "FL009")]


def _literal_line(head: str) -> int:
    return head.count("\n")


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_said_once_at_the_literal(tmp_path: Path, name: str, head: str, call: str, mark: str) -> None:
    found = check_file(tmp_path, name, head.replace("@C@", "") + f"{call}\n{call}\n")
    assert _at(found) == [("FL308", _literal_line(head))], found
    [said] = [d for d in found if d["code"] == "FL308"]
    assert "every launch using this URL" in said["help"] and said.get("fix") is None


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_a_suppression_at_the_literal_suppresses_it_and_fix_keeps_it(tmp_path: Path, name: str, head: str, call: str,
                                                                     mark: str) -> None:
    text = head.replace("@C@", f"  {mark} flowlint: ignore[FL308]") + f"{call}\n{call}\n"
    assert _at(check_file(tmp_path, name, text)) == []
    path = tmp_path / name
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == text


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_suppressions_at_the_calls_still_suppress_it_at_every_one_and_are_never_unused(tmp_path: Path, name: str,
                                                                                       head: str, call: str, mark: str) -> None:
    plain = head.replace("@C@", "")
    at_every = f"{plain}{call}  {mark} flowlint: ignore[FL308]\n{call}  {mark} flowlint: ignore[FL308]\n"
    assert _at(check_file(tmp_path, name, at_every)) == []
    at_one = f"{plain}{call}  {mark} flowlint: ignore[FL308]\n{call}\n"
    assert _at(check_file(tmp_path, name, at_one)) == [("FL308", _literal_line(head))]  # shown: one use is not accepted


def test_a_near_miss_written_at_the_call_is_said_at_each_call() -> None:
    # reached the other way: the base is a constant, the wrong path is written in each call (each its own mistake)
    text = ('import requests\n\nBASE = "https://api.mypurecloud.com"\n'
            f'requests.post(BASE + "/api/v2/flows/execution", json={{"flowId": "{UUID}"}})\n'
            f'requests.post(BASE + "/api/v2/flow/executions", json={{"flowId": "{UUID}"}})\n')
    assert _at(check_text(text, "launch.py")) == [("FL308", 4), ("FL308", 5)]
