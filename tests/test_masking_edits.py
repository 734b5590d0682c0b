"""A secret-named input's value is shown by no report, not even as what a fix writes (review 3, finding 12): masked
in a fix's edits (--format json/sarif, the cache), in --diff's `+` lines, and in excerpts when it is a list or the
name is misspelt; --fix still writes the value itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CONTRACT = {"flowId": FLOW, "flowName": "Sec", "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
            "fetchedAt": "2026-11-28T10:00:00Z",
            "inputSchema": {"type": "object", "properties": {"Flow.apiKey": {"type": "integer"},
                                                             "Flow.password": {"type": "string", "minLength": 40},
                                                             "Flow.count": {"type": "integer"}}}}
BODIES = {
    "e1.json": ('{"Flow.apiKey": "98765432109876"}', ["98765432109876"]),  # FL204's fix writes it unquoted
    "e2.json": ('{"Flow.password": ["arrS3cretP1"]}', ["arrS3cretP1"]),
    "e4.json": ('{"Flow.passwrd": "typoS3cretP3"}', ["typoS3cretP3"]),
    "e5.json": ('{"Flow.apiKey": "42", "Flow.count": "42"}', []),  # a short one: masked in what is written for it
}
OUTPUTS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit"),
           "diff": ("--diff", "--no-color")}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(CONTRACT))
    for name, (inputs, _) in BODIES.items():
        (tmp_path / name).write_text(f'{{"flowId": "{FLOW}", "inputData": {inputs}}}')
    return tmp_path


@pytest.mark.parametrize("output", OUTPUTS)
def test_no_report_shows_a_secret_named_value(tree: Path, output: str) -> None:
    shown = flowlint("check", "--no-cache", "--contracts", str(tree / "store"), *OUTPUTS[output],
                     *(str(tree / name) for name in BODIES)).stdout
    assert "e1.json" in shown and "*" * 14 in shown, shown  # reached: e1's finding (or its diff) shown, masked
    for _, secrets in BODIES.values():
        for secret in secrets:
            assert secret not in shown, (output, secret, shown)
    if output == "json":  # a fix whose edit would show a secret is published as null (its masked text corrupts)
        found = {(d["file"].rsplit("/", 1)[-1], d["pointer"]): d["fix"] for d in json.loads(shown)["diagnostics"]}
        assert found[("e1.json", "/inputData/Flow.apiKey")] is None and found[("e5.json", "/inputData/Flow.apiKey")] is None
        assert found[("e5.json", "/inputData/Flow.count")]["edits"][0]["content"] == "42", found
    if output == "sarif":  # only the count's fix carries edits
        assert shown.count('"insertedContent"') == 2 and '"text": "42"' in shown, shown
    if output == "diff":
        assert '+{"flowId": "%s", "inputData": {"Flow.apiKey": **************}}' % FLOW in shown, shown
        assert '"Flow.apiKey": **, "Flow.count": 42' in shown, shown  # only the secret-named one masked


def test_the_fix_writes_the_value_and_the_cache_holds_none(tree: Path, monkeypatch: pytest.MonkeyPatch,
                                                           cache_on: Path) -> None:
    monkeypatch.chdir(tree)
    (tree / ".flowlint.toml").write_text('cache-dir = ".secrets-cache"\n')
    for _ in range(2):  # cold, then warm from the cache
        shown = flowlint("check", "--contracts", "store", "--format", "json", "e1.json").stdout
        assert '"FL204"' in shown and '"fix": null' in shown and "98765432109876" not in shown, shown
    stored = b"".join(path.read_bytes() for path in (tree / ".secrets-cache").rglob("*") if path.is_file())
    assert b"FL204" in stored and b"98765432109876" not in stored, stored[:300]
    assert flowlint("check", "--no-cache", "--contracts", "store", "--fix", "e1.json").exit_code == 0
    assert (tree / "e1.json").read_text() == f'{{"flowId": "{FLOW}", "inputData": {{"Flow.apiKey": 98765432109876}}}}'


def test_a_secret_that_is_a_word_is_masked_where_quoted_not_in_the_message_s_words(tmp_path: Path) -> None:
    """`"Flow.password": "flow"`: the message quotes it masked and keeps its own words (review 3, finding 8)."""
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(CONTRACT))
    (tmp_path / "n.json").write_text(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.password": "flow"}}}}')
    found = json.loads(flowlint("check", "--no-cache", "--contracts", str(tmp_path / "store"), "--format", "json",
                                str(tmp_path / "n.json")).stdout)["diagnostics"]
    assert [d["message"] for d in found] == [
        '`Flow.password` is "****"; the flow requires it to be at least 40 characters long']


def test_a_secret_is_masked_as_the_file_writes_it(tmp_path: Path) -> None:
    """YAML's `0x1F2E3D4C5B6A` and `1_234_567_890`: quoted by messages as written, not only as Python prints them
    (review 3, finding 18)."""
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(CONTRACT))
    (tmp_path / "b.yaml").write_text(f"flowId: {FLOW}\ninputData:\n  Flow.apiKey: 0x1F2E3D4C5B6A\n"
                                     "  Flow.password: 1_234_567_890\n")
    shown = flowlint("check", "--no-cache", "--contracts", str(tmp_path / "store"), "--format", "json",
                     str(tmp_path / "b.yaml")).stdout
    found = json.loads(shown)["diagnostics"]
    assert {"FL006", "FL204"} <= {d["code"] for d in found}, found  # reached: both quote the values
    assert "1F2E3D4C5B6A" not in shown and "1_234_567_890" not in shown and "34262315686762" not in shown, shown
