"""HTTPie's body items flowlint does not read are said, and its stdin redirected from a file is read (review F2, F4;
repros /tmp/s39/review/repro/F2, F4): a nested item (`inputData[customerName]=x`, HTTPie 3), a member read from a file
(`inputData:=@inputs.json`) or an item written with escapes left the body's members unknown with nothing said even
with -v, beside an FL200 saying the inputs' prefixes were checked; now an FL011 note at the item says which were not
(with -v, as another partly read body's). `http POST URL < body.json` got the code readers' "members where flowlint
cannot follow them (a condition, a loop…)" at an Authorization item; now the file is read as curl's `-d @body.json`
is, its defects said there, and one not found is said so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID2, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
HTTP = f'http POST {URL} "Authorization:Bearer $TOKEN" flowId={UUID2} '


def found(*args: str) -> list[dict[str, Any]]:
    return [d for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"]


@pytest.mark.parametrize(("item", "said"), [
    ("'inputData[customerName]=x'", "nested item `inputData[customerName]=x`"),
    ("'inputData[tags][]=a'", "nested item `inputData[tags][]=a`"),
    ("inputData:=@inputs.json", "member `inputData` of the item `inputData:=@inputs.json` from a file"),
    ("'inputData[x\\[1\\]]=a'", "through escapes"),
])
def test_an_item_not_read_is_said_at_it(tmp_path: Path, item: str, said: str) -> None:
    (tmp_path / "inputs.json").write_text('{"customerName": "x"}')
    text = "#!/bin/sh\n" + HTTP + item + "\n"
    (tmp_path / "launch.sh").write_text(text)
    assert found("launch.sh") == []  # (a partly read body is said with -v, as the code readers' are)
    noted = found("-v", "launch.sh")
    assert [d["code"] for d in noted] == ["FL011"], noted
    assert said in noted[0]["message"] and "were not checked" in noted[0]["message"]
    assert text.splitlines()[1][noted[0]["column"] - 1:].lstrip("'").startswith(item.strip("'")[:8])  # at the item


def test_items_all_read_say_nothing(tmp_path: Path) -> None:
    (tmp_path / "launch.sh").write_text("#!/bin/sh\n" + HTTP + "'inputData:={\"Flow.customerName\": \"x\"}'\n")
    assert found("-v", "launch.sh") == []
    assert [d["code"] for d in diagnostics("--no-cache", "-v", "launch.sh")] == ["FL200"]  # reached: read, judged


@pytest.mark.parametrize("redirect", ["< body.json", "<body.json"])
def test_a_stdin_redirected_from_a_file_is_read_there(tmp_path: Path, redirect: str) -> None:
    (tmp_path / "body.json").write_text(f'{{"flowId": "{UUID2}", "inputData": {{"customerName": "x"}}}}')
    (tmp_path / "launch.sh").write_text(f'#!/bin/sh\nhttp POST {URL} "Authorization:Bearer $TOKEN" {redirect}\n')
    said = found("-v", "launch.sh")
    assert [(Path(d["file"]).name, d["code"]) for d in said] == [("body.json", "FL203")], said
    assert not any("cannot follow" in d["message"] for d in said)


def test_a_redirect_from_a_file_not_found_is_said_so(tmp_path: Path) -> None:
    (tmp_path / "launch.sh").write_text(f'#!/bin/sh\nxh POST {URL} "Authorization:Bearer $TOKEN" < missing.json\n')
    said = found("launch.sh")
    assert [d["code"] for d in said] == ["FL011"], said
    assert "`missing.json`" in said[0]["message"] and "cannot follow" not in said[0]["message"]


def test_ignore_stdin_leaves_the_redirect_unsent(tmp_path: Path) -> None:
    (tmp_path / "body.json").write_text('{"flowId": "not-a-uuid"}')
    (tmp_path / "launch.sh").write_text(f"#!/bin/sh\nhttp --ignore-stdin POST {URL} flowId={UUID2} < body.json\n")
    assert found("-v", "launch.sh") == []
