"""What a report says, --fix keeps; and no note rests on a guess (review findings left open, one test each)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

SECRET = "Zx8_qL2vR9tY4wE7uI1oP3aS6dF0gH5jK2lMn"


def found(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--format", "json", "--no-cache", *args)
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def test_a_non_utf8_file_that_only_signs_in_is_never_said_to_mention_the_launch_endpoint(tmp_path: Path) -> None:
    sign_in = b"# caf\xe9\ncurl -s https://login.mypurecloud.com/oauth/token -d grant_type=client_credentials\n"
    (tmp_path / "token.sh").write_bytes(sign_in)
    (tmp_path / "launch.sh").write_bytes(sign_in + b"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions\n")
    _, said = found(str(tmp_path / "launch.sh"), str(tmp_path / "token.sh"))
    assert [(d["file"].rsplit("/", 1)[-1], d["code"]) for d in said] == [("launch.sh", "FL011")]  # reached: the launch is said
    assert "mentions the launch endpoint" in said[0]["message"]


GUESSED = {
    "t.yaml": f"type: flow\nflowId: {UUID}\n",  # a walked YAML file with the launch vocabulary: a body by a guess
    "nested.json": json.dumps({"launch": {"flowId": UUID, "inputData": {"Flow.x": 1}}}) + "\n",
}


@pytest.mark.parametrize("name", GUESSED)
def test_a_guessed_payload_is_never_promised_an_unsafe_fix_that_fix_will_not_apply(tmp_path: Path, name: str,
                                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(GUESSED[name])
    for mode in ([], ["--fix"], ["--fix", "--unsafe-fixes"]):
        result = flowlint("check", "--no-cache", "--no-color", *mode, ".")
        assert result.exit_code == 1 and "FL10" in result.stdout, (mode, result.output)  # reached: the body was checked
        assert "help: " in result.stdout and "fix (unsafe)" not in result.stdout and "fixable" not in result.stdout, mode
        said = json.loads(flowlint("check", "--no-cache", "--format", "json", *mode, ".").stdout)["diagnostics"]
        assert said and all(d["fix"] is None for d in said), mode
        sarif = json.loads(flowlint("check", "--no-cache", "--format", "sarif", *mode, ".").stdout)
        results = sarif["runs"][0]["results"]
        assert results and not any("fixes" in r for r in results), mode
        statistics = flowlint("check", "--no-cache", "--statistics", *mode, ".").stdout
        assert "FL10" in statistics and "[*]" not in statistics, mode
        assert (tmp_path / name).read_text() == GUESSED[name]  # and nothing was applied: what was promised is what was done
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", ".")
    assert diff.stdout == "" and "nothing to fix" in diff.stderr
    # Named, the same file is a body by the user's word: its unsafe fix is offered, and --fix --unsafe-fixes takes it.
    named = flowlint("check", "--no-cache", "--no-color", name)
    assert "fix (unsafe)" in named.stdout and "fixable with `flowlint check --fix --unsafe-fixes`" in named.stdout
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", name)
    assert (tmp_path / name).read_text() != GUESSED[name]


WRAPPED = {"flowId": UUID, "inputData": {"Flow.customerName": "Ana"}}  # a whole launch body, under a name of its own


@pytest.mark.parametrize(("name", "text"), [
    ("launch.json", json.dumps({"launch": WRAPPED}, indent=2) + "\n"),
    ("launch.yaml", f"launch:\n  flowId: {UUID}\n  inputData:\n    Flow.customerName: Ana\n"),
])
def test_an_unknown_wrapper_around_a_whole_body_is_one_finding_whose_fix_unwraps_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    monkeypatch.chdir(tmp_path)
    store = Path(__file__).parent.parent / ".flowlint"
    shutil.copytree(store, tmp_path / ".flowlint")  # the contract of the wrapped flow: no advice may lead to FL202
    # (a copy: a store linked out of the project is refused)
    (tmp_path / name).write_text(text)
    _, said = found(name)
    assert [(d["code"], d["pointer"]) for d in said] == [("FL101", "/launch")]
    assert said[0]["fix"]["applicability"] == "unsafe" and "Flow.launch" not in json.dumps(said)
    assert "wraps" in said[0]["message"]
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", name)
    _, after = found(name)
    assert after == []  # unwrapped whole: nothing left behind in `launch`
    fixed = (tmp_path / name).read_text()
    assert "launch" not in fixed and "Flow.customerName" in fixed and UUID in fixed


def test_an_unknown_wrapper_with_more_than_a_body_is_explained_never_made_an_input(tmp_path: Path) -> None:
    body = {"launch": {**WRAPPED, "requestedBy": "ops"}}
    (tmp_path / "b.json").write_text(json.dumps(body))
    _, said = found(str(tmp_path / "b.json"))
    assert [(d["code"], d["pointer"]) for d in said] == [("FL101", "/launch")]  # reached: one finding, no FL103 beside it
    assert "Flow.launch" not in json.dumps(said) and "`launch.inputData` to the top level" in said[0]["help"]
    # Only the flowId's move is mechanical (said as partial): the rest is the author's call.
    assert said[0]["fix"] is None or "the fix does only this" in said[0]["fix"]["message"]
    # What that move leaves is still a wrapper around part of a launch request: never advised to become an input.
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(tmp_path / "b.json"))
    _, after = found(str(tmp_path / "b.json"))
    assert [(d["code"], d["pointer"]) for d in after] == [("FL101", "/launch")] and "Flow.launch" not in json.dumps(after)
    assert "`launch.inputData` to the top level" in after[0]["help"]
