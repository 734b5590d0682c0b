"""The rule registry (rules/registry.py): every code has a line naming the modules that emit it, each of those
modules does use the rule's constant, and every rule is documented with a bad and a good example."""

from __future__ import annotations

import ast
import functools
import importlib.util
from pathlib import Path

import pytest

import validator.core.codes as codes
from validator.core.codes import RULES
from validator.rules.registry import EMITTERS, emitter

#: Each code's constant in core/codes.py (PARSE_ERROR for FL001).
CONSTANTS = {value: name for name, value in vars(codes).items()
             if name.isupper() and isinstance(value, str) and value.startswith("FL") and value in RULES}


def test_every_rule_has_its_line_and_no_line_names_an_unknown_rule() -> None:
    assert set(EMITTERS) == set(RULES)
    assert set(CONSTANTS) == set(RULES)  # reached: each code has its named constant


@functools.cache
def _names_used(module: str) -> frozenset[str]:
    spec = importlib.util.find_spec(f"validator.{module}")
    assert spec is not None and spec.origin is not None, module
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    return frozenset(node.id for node in ast.walk(tree) if isinstance(node, ast.Name))


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_named_emitter_uses_the_rule(code: str) -> None:
    constant = CONSTANTS[code]
    for module in EMITTERS[code]:
        assert constant in _names_used(module), f"{code} ({constant}) is not used in validator.{module}"
    assert emitter(code) == EMITTERS[code][0]


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_rule_is_documented_with_a_bad_and_a_good_example(code: str) -> None:
    rule = RULES[code]
    assert rule.code == code and rule.name and rule.summary.strip() and rule.explanation.strip()
    assert rule.bad.strip() and rule.good.strip() and rule.bad.strip() != rule.good.strip()
    doc = rule.doc()
    assert "Bad:" in doc and "Good:" in doc


def test_a_wrong_emitter_is_caught() -> None:
    assert CONSTANTS["FL001"] not in _names_used("rules.request")  # the check above can fail


def test_the_docs_document_exactly_the_rules() -> None:
    from validator.core.rule_docs import DOCS

    assert len(DOCS) > 30 and set(DOCS) == {rule.name for rule in RULES.values()}  # keyed by name: none stray
