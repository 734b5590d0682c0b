"""Fixes as data: the merge step, fixes carried by findings, editors, --fix/--diff, and the fix invariant."""

from __future__ import annotations

import json
import re
from pathlib import Path

from validator import rules
from validator.rules import RULES

from conftest import UUID2, check_text, codes, diagnostics

NO_CONTRACT = "00000000-0000-4000-8000-000000000000"
MODULES = Path(__file__).resolve().parent.parent / "validator"


# --- one merge step -------------------------------------------------------------------------------------------------

def test_every_missing_required_input_is_its_own_finding(tmp_path: Path) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text(json.dumps({"type": "object", "required": ["Flow.a", "Flow.b", "Flow.c"],
                                  "properties": {"Flow.a": {"type": "string"}, "Flow.b": {"type": "integer"},
                                                 "Flow.c": {"type": "boolean"}}}))
    found = diagnostics("--flow-schema", str(schema), "--stdin-filename", "b.json", "-",
                        input=json.dumps({"flowId": UUID2, "inputData": {}}))
    assert codes(found) == ["FL201", "FL201", "FL201"]
    assert [re.search(r"`(Flow\.\w)`", d["message"]).group(1) for d in found] == ["Flow.a", "Flow.b", "Flow.c"]  # type: ignore[union-attr]


def test_yaml_key_note_and_value_note_both_survive() -> None:
    found = [d for d in check_text(f'flowId: "{NO_CONTRACT}"\non: 0777\n', "body.yaml") if d["code"] != "FL200"]
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL102", 2, 1), ("FL006", 2, 5)]
    assert "YAML reads the unquoted key on as true" in found[0]["message"]
    assert "octal number 511" in found[1]["message"]


def test_rule_codes_are_defined_once_and_named_after_their_rule() -> None:
    constants = {name: value for name, value in vars(rules).items() if re.fullmatch(r"FL\d{3}", str(value))}
    assert sorted(constants.values()) == sorted(RULES)
    for name, code in constants.items():
        assert name == RULES[code].name.upper().replace("-", "_")
    for module in MODULES.rglob("*.py"):
        if module.name != "rules.py":
            assert not re.findall(r'"FL\d{3}"', module.read_text(encoding="utf-8")), module
