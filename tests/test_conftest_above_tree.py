"""A test whose fixture may come from a conftest.py above the checked tree (`flowlint check tests/` where the project's
conftest.py, beside pyproject.toml, patches `requests.post`): flowlint never reads outside the tree, so it cannot know
whether the fixture stands in for the platform. The launch's flowId and flowVersion may be test data: not judged (it was
a false FL104), with a `-v` FL011 note naming the fixture. Below a directory pytest takes as its root (pyproject.toml,
pytest.ini, tox.ini, setup.cfg), or for a test taking no such fixture, they are judged as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import diagnostics

CONFTEST = '''import pytest
from unittest.mock import patch


@pytest.fixture
def fake_post():
    with patch("requests.post") as post:
        yield post
'''
TEST = '''import pytest
import requests

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_launch(fake_post):
    requests.post(URL, json={"flowId": "test-flow"})


def test_plain():
    requests.post(URL, json={"flowId": "other-flow"})


@pytest.mark.parametrize("flow", ["x"])
def test_parametrized(flow):
    requests.post(URL, json={"flowId": "third-flow"})
'''


def _project(root: Path) -> Path:
    (root / "tests/unit").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    (root / "conftest.py").write_text(CONFTEST)
    (root / "tests/unit/test_launch.py").write_text(TEST)
    return root


def _said(found: list[dict[str, Any]]) -> set[tuple[int, str]]:
    return {(d["line"], d["code"]) for d in found if d["code"] != "FL200"}


def test_a_fixture_a_conftest_above_the_checked_tree_may_give_is_no_ground_for_an_error(tmp_path: Path) -> None:
    root = _project(tmp_path)
    whole = _said(diagnostics("--no-cache", "-v", str(root)))
    assert (8, "FL104") not in whole and (12, "FL104") in whole, whole  # the whole project: its conftest.py read
    for checked in (root / "tests", root / "tests/unit", root / "tests/unit/test_launch.py"):
        found = diagnostics("--no-cache", "-v", str(checked))
        said = _said(found)
        assert (12, "FL104") in said and (17, "FL104") in said, (checked, found)  # read: the other tests judged
        assert (8, "FL104") not in said, (checked, found)
        notes = [d for d in found if d["code"] == "FL011"]
        assert [(d["line"], d["column"]) for d in notes] == [(7, 17)], found  # at `fake_post`
        assert "`fake_post`, a fixture no file of the checked tree defines" in notes[0]["message"]


def test_below_pytests_root_a_fixture_not_seen_is_no_conftests(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "tests/pytest.ini").write_text("[pytest]\n")  # pytest's root: it reads no conftest.py above it
    said = _said(diagnostics("--no-cache", "-v", str(root / "tests")))
    assert {(8, "FL104"), (12, "FL104")} <= said, said
