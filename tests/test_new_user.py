"""What a new user meets first: a LICENSE that matches the package, dependency floors and bounds, true examples."""

from __future__ import annotations

import re
import sys

from validator.core.codes import RULES

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_license_file_matches_pyproject() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT" and text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text


def requirement(spec: list[str], name: str) -> str:
    return next(r for r in spec if re.match(rf"{re.escape(name)}\s*[<>=!~]", r))


def test_the_serve_path_has_floors_that_close_known_cves_and_grammars_are_bounded() -> None:
    extras = PROJECT["optional-dependencies"]
    for spec in (extras["serve"], extras["test"]):
        assert ">=0.49.1" in requirement(spec, "starlette") and ">=0.16" in requirement(spec, "h11")
    for grammar in ("tree-sitter-javascript", "tree-sitter-typescript", "tree-sitter-python"):
        assert "<" in requirement(PROJECT["dependencies"], grammar), grammar  # a new grammar can change what is read


def test_the_wrong_host_examples_keep_their_region() -> None:
    rule = RULES["FL302"]
    for _, bad, good in rule.examples:
        [bad_host] = re.findall(r"https://([^/]+)/api/v2", bad)
        [good_host] = re.findall(r"https://([^/]+)/api/v2", good)
        domain = bad_host.split(".", 1)[1] if bad_host.count(".") > 1 else bad_host
        assert good_host == f"api.{domain}", (bad_host, good_host)
