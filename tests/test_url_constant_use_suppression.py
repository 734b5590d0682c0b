"""A wrong host written once in a URL constant is said at its literal (1ecd650), but until then it was said at each
call using the constant: a suppression written there, at a use, still suppresses it. The finding is suppressed by a
suppression at the literal or at every use; one at a use is used whenever that use is one of the finding's uses, so it
is never an unused suppression (FL009) and `--fix` never deletes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, check_file, flowlint

HOST = "https://myorg.mypurecloud.com"
PY_CALL = f'requests.post(LAUNCH, json={{"flowId": "{UUID}"}})'
JS_CALL = (f"fetch(LAUNCH, {{ method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
           f"body: JSON.stringify({{ flowId: '{UUID}' }}) }});")
PY_HEAD = f'import requests\nLAUNCH = "{HOST}/api/v2/flows/executions"\n'
JS_HEAD = f'const LAUNCH = "{HOST}/api/v2/flows/executions";\n'
# (file name, the constant's lines, a call using it, the comment marker)
LANGUAGES = [("s.py", PY_HEAD, PY_CALL, "#"), ("s.ts", JS_HEAD, JS_CALL, "//")]


def codes_at(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] in ("FL302", "FL009")]


def literal_line(head: str) -> int:
    return head.count("\n")  # the constant is the head's last line


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_without_a_suppression_the_wrong_host_is_said_at_the_literal(tmp_path: Path, name: str, head: str, call: str,
                                                                    mark: str) -> None:
    assert codes_at(check_file(tmp_path, name, head + call + "\n")) == [("FL302", literal_line(head))]


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
@pytest.mark.parametrize("directive", ["flowlint: ignore[FL302]", "flowlint: ignore"])
def test_a_suppression_at_the_call_still_suppresses_and_fix_keeps_it(tmp_path: Path, name: str, head: str, call: str,
                                                                     mark: str, directive: str) -> None:
    text = f"{head}{call}  {mark} {directive}\n"
    assert codes_at(check_file(tmp_path, name, text)) == []
    path = tmp_path / name
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == text


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_a_suppression_alone_on_the_line_before_the_call_suppresses_too(tmp_path: Path, name: str, head: str, call: str,
                                                                        mark: str) -> None:
    text = f"{head}{mark} flowlint: ignore[FL302]\n{call}\n"
    assert codes_at(check_file(tmp_path, name, text)) == []


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_a_suppression_at_the_literal_still_suppresses_every_use(tmp_path: Path, name: str, head: str, call: str,
                                                                 mark: str) -> None:
    text = f"{head.rstrip()}  {mark} flowlint: ignore[FL302]\n{call}\n{call}\n"
    assert codes_at(check_file(tmp_path, name, text)) == []


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_the_finding_is_suppressed_only_when_every_use_is_and_a_use_suppression_is_never_unused(
        tmp_path: Path, name: str, head: str, call: str, mark: str) -> None:
    suppressed = f"{call}  {mark} flowlint: ignore[FL302]\n"
    both = head + suppressed + suppressed
    assert codes_at(check_file(tmp_path, name, both)) == []
    partly = head + suppressed + call + "\n"
    # The other use is not suppressed: the finding is said, at the literal; the suppression at a use is no FL009.
    assert codes_at(check_file(tmp_path, name, partly)) == [("FL302", literal_line(head))]
    path = tmp_path / name
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text().splitlines()[literal_line(head)] == suppressed.rstrip("\n")


@pytest.mark.parametrize(("name", "head", "call", "mark"), LANGUAGES)
def test_a_truly_unused_suppression_is_still_an_fl009_that_fix_removes(tmp_path: Path, name: str, head: str, call: str,
                                                                       mark: str) -> None:
    right = head.replace("myorg.mypurecloud.com", "api.mypurecloud.com")
    text = f"{right}{call}  {mark} flowlint: ignore[FL302]\n"
    use_line = literal_line(head) + 1
    assert codes_at(check_file(tmp_path, name, text)) == [("FL009", use_line)]
    # A use of a wrong host suppressing another rule does not serve FL302: still unused, and FL302 still said.
    other = f"{head}{call}  {mark} flowlint: ignore[FL303]\n"
    assert codes_at(check_file(tmp_path, name, other)) == [("FL302", literal_line(head)), ("FL009", use_line)]
    path = tmp_path / name
    path.write_text(text)
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == f"{right}{call}\n"


def test_an_instances_base_url_is_suppressed_at_its_calls_alike(tmp_path: Path) -> None:
    call = f'api.post("/api/v2/flows/executions", {{ flowId: "{UUID}" }});'
    head = f'import axios from "axios";\nconst api = axios.create({{ baseURL: "{HOST}" }});\n'
    suppressed = f"{call} // flowlint: ignore[FL302]\n"
    assert codes_at(check_file(tmp_path, "a.ts", head + suppressed + call + "\n")) == [("FL302", 2)]
    assert codes_at(check_file(tmp_path, "a.ts", head + suppressed + suppressed)) == []
