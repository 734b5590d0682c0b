"""The README's promises: its Python examples run, and its first screen holds the two commands CI runs."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```python\n(.*?)```", README, re.S)


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("code", EXAMPLES, ids=lambda c: c.splitlines()[2][:40] if len(c.splitlines()) > 2 else c[:40])
def test_readme_python_example_runs(code: str) -> None:
    exec(compile(code, "README.md", "exec"), {})  # run from the repo root (conftest)


def test_first_screen_has_the_two_commands_and_ci_runs_the_second() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    commands = re.findall(r"^python3 -m venv .*$", first_screen, re.M)
    assert len(commands) == 2 and "flowlint check fixtures/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
