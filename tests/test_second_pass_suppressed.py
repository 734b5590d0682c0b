"""A file the second pass reads again (it launches itself and with a URL imported from another module) counts each
suppressed finding once: the first pass counted those it suppressed, the second pass adds only what it suppressed anew."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import flowlint

GOOD_HOST = "https://api.mypurecloud.com/api/v2/flows/executions"
DIRECT = (f'\n\ndef direct(flow_id):\n    return requests.post("{GOOD_HOST}",\n'
          '                         json={"flowId": flow_id, "type": "flow"}, timeout=5)  # flowlint: ignore[FL101]\n')


def _tree(root: Path, imported_launch_comment: str, direct_extra: str = "") -> None:
    app = root / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(f'LAUNCH_URL = "{GOOD_HOST}"\n', encoding="utf-8")
    (app / "launch.py").write_text(
        "import requests\nfrom .constants import LAUNCH_URL\n\n\ndef launch(flow_id):\n"
        f'    return requests.post(LAUNCH_URL, json={{"flowID": flow_id}}, timeout=5){imported_launch_comment}\n'
        + DIRECT + direct_extra, encoding="utf-8")


def _suppressed(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-color", "--statistics", *args, ".")
    assert result.exit_code in (0, 1), result.output
    found = re.search(r"^(\d+) suppressed by", result.stdout, re.MULTILINE)
    assert found is not None, result.stdout  # (every tree here suppresses one finding at least)
    return int(found.group(1)), result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("comment", "extra", "expected", "said"), [
    ("", "", 1, "FL102"),  # the imported launch's finding said; the direct launch's suppressed once
    # the imported launch's finding suppressed too: the second pass adds that one
    ("  # flowlint: ignore[FL102]", "", 2, None),
    # a finding the first pass said beside its suppressed one (the file's result has diagnostics too)
    ("", '\n\ndef other(flow_id):\n    return requests.post("' + GOOD_HOST + '", json={"flowId": flow_id, "inputs": {}}, timeout=5)\n',
     1, "FL101"),
])
def test_a_file_read_again_counts_its_suppressed_findings_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, comment: str, extra: str, expected: int,
        said: str | None) -> None:
    _tree(tmp_path, comment, extra)
    for cache in (("--no-cache",), (), ()):  # cold, then the cache written and read
        count, out = _suppressed(tmp_path, monkeypatch, "-j", jobs, *cache)
        assert count == expected, out
        if said is not None:
            assert said in out, out  # the second pass (or the first) read the launch: its finding counted
        assert re.search(r"FL101\s+wrong-envelope\s+\(1 suppressed\)", out), out  # the direct launch's, once
        if comment:  # the imported launch's suppression serves (the second pass used it): never unused
            assert "FL009" not in out, out


JS_LAUNCH = (
    'import {{ LAUNCH }} from "./urls.js";\n\n'
    "export async function viaImport(flowId) {{\n"
    "  // flowlint: ignore[{code}]\n"
    '  return fetch(LAUNCH, {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, '
    "body: JSON.stringify({{ flowID: flowId }}) }});\n}}\n\n"
    "export async function direct(flowId) {{\n"
    "  // flowlint: ignore[FL101]\n"
    f'  return fetch("{GOOD_HOST}", {{{{ method: "POST", headers: {{{{ "Content-Type": "application/json" }}}}, '
    'body: JSON.stringify({{ flowId, type: "flow" }}) }});\n}}\n')


def _js_tree(root: Path, code: str) -> Path:
    src = root / "src"
    src.mkdir()
    (src / "urls.js").write_text(f'export const LAUNCH = "{GOOD_HOST}";\n', encoding="utf-8")
    launch = src / "launch.js"
    launch.write_text(JS_LAUNCH.format(code=code), encoding="utf-8")
    return launch


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_suppression_the_second_pass_uses_is_never_unused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    """The first pass cannot read the launch whose URL is imported: its suppression is judged by the second pass."""
    launch = _js_tree(tmp_path, "FL102")
    for cache in (("--no-cache",), (), ()):
        count, out = _suppressed(tmp_path, monkeypatch, "-j", jobs, *cache)
        assert re.search(r"FL102\s+unknown-member\s+\(1 suppressed\)", out), out  # the second pass read it
        assert "FL009" not in out and count == 2, out
    before = launch.read_text(encoding="utf-8")
    result = flowlint("check", "--no-color", "--fix", ".")
    assert result.exit_code == 0, result.output
    assert launch.read_text(encoding="utf-8") == before  # the comment kept: it suppresses the FL102
    assert "FL102" not in result.stdout and "FL009" not in result.stdout, result.output


def test_a_suppression_the_second_pass_does_not_use_stays_unused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second pass reads the launch and the comment suppresses none of its findings: still said, once."""
    _js_tree(tmp_path, "FL302")
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-color", "--no-cache", ".")
    assert "FL102" in result.stdout, result.output  # the second pass read the launch
    assert result.stdout.count("FL009") == 1 and "unused suppression of FL302" in result.stdout, result.output
