"""The second pass over files importing a launch URL starts from a mark the first pass makes as data, before selection:
silencing the FL011 note (a note: often silenced) never silences the errors of the files that import the URL, and a
warm cache gives what --no-cache gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
LAUNCHER = ("import requests\nfrom .constants import LAUNCH_URL\n\n\ndef launch(flow_id):\n"
            '    return requests.post(LAUNCH_URL, json={"flowID": flow_id, "type": "workflow"}, timeout=5)\n')
IMPORTER_CODES = ["FL101", "FL102", "FL302"]


def _tree(root: Path, config: str = "") -> None:
    app = root / "app"
    app.mkdir(parents=True)
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(f'LAUNCH_URL = "{BAD_HOST}"\nSTATUS_URL = "{BAD_HOST}/status"\n', encoding="utf-8")
    (app / "launch.py").write_text(LAUNCHER, encoding="utf-8")
    if config:
        (root / "pyproject.toml").write_text(config, encoding="utf-8")


def _run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", *args, ".")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["diagnostics"], result.stdout


def _codes(found: list[dict[str, Any]], file: str) -> list[str]:
    return sorted(d["code"] for d in found if d["file"] == file)


@pytest.mark.parametrize(("args", "config"), [
    ((), ""),
    (("--ignore", "FL011"), ""),
    (("--select", "FL1,FL3"), ""),
    (("--select", "ALL", "--ignore", "FL011"), ""),
    ((), '[tool.flowlint.severity]\nFL011 = "off"\n'),
    ((), '[tool.flowlint.per-file-severity."app/constants.py"]\nFL011 = "off"\n'),
])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_silencing_the_note_never_silences_the_importers_errors(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], config: str, jobs: str) -> None:
    _tree(tmp_path, config)
    if jobs == "2":  # enough files for worker processes: the mark travels from a worker, in its result
        for n in range(450):
            (tmp_path / "app" / f"quiet{n}.py").write_text(f"def f{n}(x):\n    return x\n", encoding="utf-8")
    code, found, cold = _run(tmp_path, monkeypatch, "--no-cache", "-j", jobs, *args)
    assert _codes(found, "app/launch.py") == IMPORTER_CODES
    assert code == 1
    silenced = bool(args or config)
    # The note is shown or hidden as selection says: here it names STATUS_URL, the export no launch reads.
    assert _codes(found, "app/constants.py") == ([] if silenced else ["FL011"])
    # The same from the result cache, cold then warm.
    for _ in range(2):
        assert _run(tmp_path, monkeypatch, "-j", jobs, *args)[2] == cold


def test_a_cached_mark_is_untrusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.run import cache

    record = cache.encode([], {}, ())
    for bad in ([*record, "x"], [*record, [1, 2]], [*record, [["a", 1], None, True]], [*record, [None, [7], True]]):
        with pytest.raises(cache.Malformed):
            cache.decode(bad, "app/constants.py")


def test_a_note_of_a_binding_passed_to_a_call_is_kept_though_an_importer_reads_the_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    (tmp_path / "app" / "constants.py").write_text(f'import hooks\nLAUNCH_URL = "{BAD_HOST}"\nhooks.send(LAUNCH_URL)\n',
                                                   encoding="utf-8")
    _, found, _ = _run(tmp_path, monkeypatch, "--no-cache")
    assert _codes(found, "app/launch.py") == IMPORTER_CODES  # the importer was read
    notes = [d for d in found if d["file"] == "app/constants.py"]
    # The note is of the call the URL is passed to, which no importer's launch explains: said as the first pass said it.
    assert [d["code"] for d in notes] == ["FL011"] and "passed to `hooks.send(…)`" in notes[0]["message"]


def test_the_mark_names_the_binding_the_note_names(tmp_path: Path) -> None:
    from validator.run.imported import mark
    from validator.sources.document import DEFAULT_LIMITS as LIMITS

    cases = {
        "a.py": ('PATH = "/api/v2/flows/executions"\nWRONG = "https://x.mypurecloud.ie" + PATH\n', ("PATH",), True),
        "b.js": (f"module.exports = {{ URL: '{BAD_HOST}', OTHER: '{BAD_HOST}' }};\n", ("URL", "OTHER"), False),
        "c.js": (f"exports.URL = '{BAD_HOST}';\n", ("URL",), True),
        "d.ts": (f"export const ENDPOINTS = {{ launch: '{BAD_HOST}' }};\n", ("ENDPOINTS.launch",), True),
        "e.py": (f'class Genesys:\n    LAUNCH_URL = "{BAD_HOST}"\n', ("Genesys.LAUNCH_URL",), True),
        "f.py": (f'# see {BAD_HOST}\nLAUNCH_URL = "{BAD_HOST}"\n', (), False),  # the note is of the comment
    }
    for name, (text, mine, exact) in cases.items():
        found = mark(str(tmp_path / name), text.encode(), LIMITS)
        assert found is not None and found.exports, name
        assert (found.mine, found.exact) == (mine, exact), name
        first = next(n for n, line in enumerate(text.splitlines(), 1) if "flows/executions" in line)
        assert found.note is not None and found.note[0] == first, name
