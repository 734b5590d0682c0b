"""JUnit XML stays well-formed when a key holds U+FFFE or U+FFFF, which XML 1.0 has no character for (review2)."""

from __future__ import annotations

import json
import xml.dom.minidom
from pathlib import Path

from conftest import UUID, flowlint


def test_a_noncharacter_in_a_key_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "launch-request.json"
    path.write_text(json.dumps({"flowId": UUID, "inputData": {"a\ufffeb\uffff": 1}}, ensure_ascii=False), encoding="utf-8")
    out = flowlint("check", "--no-cache", "--format", "junit", str(path)).stdout
    cases = xml.dom.minidom.parseString(out.encode("utf-8")).getElementsByTagName("testcase")
    assert any("a\\ufffeb\\uffff" in case.toxml() for case in cases), out  # reached: the key's finding, escaped
