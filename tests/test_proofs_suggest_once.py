"""A body's fixes are each proven by checking the edited body again, and each check asks `closest` about every unknown
key: past the run's bounded cache (11,000 unknown keys, or a contract declaring more names than one entry may hold)
every answer was difflib's again, ~1 ms a key a proof (11,000 keys: 20 checks of 11,000 difflib calls). A check and
its proofs ask difflib once a key (`suggest.remembering`). Counted, never timed."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics

DECLARED = 1_100  # more names than one entry of the run's cache may hold (64 KiB): no answer is kept past the call
UNKNOWN = 12
FIXABLE = 4


def _files(tmp_path: Path) -> tuple[Path, Path]:
    properties = {f"Flow.declared{i}": {"type": "integer"} for i in range(DECLARED)}
    contract = {"flowId": UUID, "flowName": "many inputs", "flowType": "WORKFLOW", "versionId": "1.0",
                "inputSchema": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                                "additionalProperties": False, "properties": properties}}
    schema = tmp_path / "contract.json"
    schema.write_text(json.dumps(contract))
    inputs: dict[str, Any] = {f"declared{i}": i for i in range(FIXABLE)}  # the prefix missing: a safe rename each
    inputs |= {f"Flow.zz{i}qq": i for i in range(UNKNOWN)}  # close to no declared name: FL202 without a fix
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": inputs}, indent=1))
    return schema, body


def test_a_check_asks_difflib_once_a_key_however_many_fixes_it_proves(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    schema, body = _files(tmp_path)
    asked: list[str] = []
    real = difflib.get_close_matches

    def counted(word: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(word)
        return real(word, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    found = diagnostics("--no-cache", "--flow-schema", str(schema), str(body))
    proven = [d for d in found if d["code"] == "FL203" and (d.get("fix") or {}).get("edits")]
    unknown = [d for d in found if d["code"] == "FL202"]
    assert (len(proven), len(unknown)) == (FIXABLE, UNKNOWN), found  # reached: each fix rendered and proven alone
    about_unknown = [word for word in asked if word.startswith("flowzz")]
    assert sorted(set(about_unknown)) == sorted(f"flowzz{i}qq" for i in range(UNKNOWN))  # reached: each was asked
    assert len(about_unknown) == UNKNOWN, len(about_unknown)  # once, not once more a proof
