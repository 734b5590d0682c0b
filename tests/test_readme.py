"""The README's promises: its Python examples run and print what their comments say, and its first screen holds
the two commands CI runs."""

from __future__ import annotations

import contextlib
import io
import re

import httpx
import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```python\n(.*?)```", README, re.S)


def expected_output(code: str) -> list[str]:
    """What an example says it prints: the comment after a print(), and the comment lines right after one."""
    expected: list[str] = []
    lines = code.splitlines()
    for number, line in enumerate(lines):
        if "print(" not in line:
            continue
        if "  # " in line:
            expected.append(line.split("  # ", 1)[1])
        following = lines[number + 1:]
        for comment in following:
            if not comment.startswith("# "):
                break
            expected.append(comment[2:])
    return expected


def test_there_are_examples_and_each_says_what_it_prints() -> None:
    assert len(EXAMPLES) >= 3
    assert all(expected_output(code) for code in EXAMPLES)


@pytest.mark.parametrize("code", EXAMPLES, ids=lambda c: c.splitlines()[2][:40] if len(c.splitlines()) > 2 else c[:40])
def test_readme_python_example_prints_what_it_says(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []

    def no_network(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", no_network)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # run from the repo root (conftest)
    printed = out.getvalue()
    # An example whose except branch never ran prints nothing, and fails here.
    for expected in expected_output(code):
        pattern = ".*?".join(re.escape(part.strip()) for part in expected.split("...") if part.strip())
        assert re.search(pattern, printed), f"README says {expected!r}; the example printed {printed!r}"
    assert sent == [], "the guard let a launch request through to the network"


def test_first_screen_has_the_two_commands_and_ci_runs_the_second() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    commands = re.findall(r"^python3 -m venv .*$", first_screen, re.M)
    assert len(commands) == 2 and "flowlint check fixtures/" in commands[0]
    assert "pip install -e '.[test]'" in commands[1]  # editable: the tests test this checkout
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
