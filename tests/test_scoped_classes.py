"""A JavaScript class declared in a block or a function is the class its name means there: `new Launch(…)` of a class
written in the sending function (or a block) is read as a top-level one is (it was unknown: FL011), and one shadowing a
top-level class of the same name is read instead of it (the top-level one was read: a false FL101 for the inner class's
correct members)."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

UUID = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"  # (no contract: FL200 says where the read class writes it)
API = "https://api.mypurecloud.com/api/v2/flows/executions"
WRONG = f"constructor(name) {{ this.flowId = '{UUID}'; this.inputs = {{ name }}; }}"
RIGHT = f"constructor(name) {{ this.flowId = '{UUID}'; this.inputData = {{ 'Flow.customerName': name }}; }}"


def _codes(tmp_path: Path, text: str) -> list[str]:
    return sorted(d["code"] for d in check_file(tmp_path, "a.js", text, "-v") if d["code"] != "FL200")


def test_a_class_declared_in_the_sending_function_is_read(tmp_path: Path) -> None:
    text = (f"const axios = require('axios');\nasync function go(name) {{\n  class Launch {{ {WRONG} }}\n"
            f"  await axios.post('{API}', new Launch(name));\n}}\nmodule.exports = {{ go }};\n")
    assert _codes(tmp_path, text) == ["FL101"]
    in_block = text.replace("  class Launch", "  {\n  class Launch").replace("  await axios", "  await axios") \
        .replace("new Launch(name));\n", "new Launch(name));\n  }\n")
    assert _codes(tmp_path, in_block) == ["FL101"]


def test_a_class_shadowing_a_top_level_one_is_the_one_read(tmp_path: Path) -> None:
    text = (f"const axios = require('axios');\nclass Launch {{ {WRONG} }}\nasync function go(name) {{\n"
            f"  class Launch {{ {RIGHT} }}\n  await axios.post('{API}', new Launch(name));\n}}\n"
            "module.exports = { go, Launch };\n")
    found = check_file(tmp_path, "a.js", text, "-v")
    assert [d["line"] for d in found if d["code"] == "FL200"] == [4], found  # read: the inner class's flowId
    assert _codes(tmp_path, text) == []
    # the other way round: the top-level class is read where the inner one is not in scope
    swapped = text.replace(WRONG, "@@").replace(RIGHT, WRONG).replace("@@", RIGHT) \
        .replace(f"  class Launch {{ {WRONG} }}\n", f"  {{ class Launch {{ {WRONG} }} }}\n")
    assert _codes(tmp_path, swapped) == []
    found = check_file(tmp_path, "b.js", swapped, "-v")
    assert [d["line"] for d in found if d["code"] == "FL200"] == [2], found  # the top-level class's
