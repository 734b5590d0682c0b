"""Work only for what is shown: fixes rendered and proven where edits are shown, once-per-run notes located once."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from validator.checker import engine
from validator.checker.engine import CheckOptions
from validator.run.runner import run
from validator.sources.document import Document

from conftest import UUID, Collect, flowlint

BROKEN = '{\n  "flow_id": "%s",\n  "inputData": {"Flow.customerName": "Ana"}\n}\n' % UUID


def _count_calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_text_report_neither_renders_nor_proves_fixes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "b.json"
    body.write_text(BROKEN)
    rendered = _count_calls(monkeypatch, engine, "render")
    text = flowlint("check", "--no-color", str(body))
    assert "fix: rename it `flowId`" in text.stdout and "1 fixable with `flowlint check --fix`" in text.stdout
    assert rendered == [0]
    shown = json.loads(flowlint("check", "--format", "json", str(body)).stdout)["diagnostics"]
    assert rendered[0] >= 1 and shown[0]["fix"]["edits"]  # json shows edits: rendered (and proven) there
    github = flowlint("check", "--format", "github", str(body))
    assert "rename it `flowId`" in github.stdout and rendered[0] == 1


def test_fixes_a_text_report_offers_are_kept_or_counted_by_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.rules import envelope

    # Break the unwrap on purpose: it renames the moved input to one the flow does not declare, so its proof fails.
    real = envelope._Explainer.declared_input
    monkeypatch.setattr(envelope._Explainer, "declared_input", lambda self, key: "Flow.zz" + str(real(self, key)))
    body = tmp_path / "b.json"
    text = '{"flowId": "%s", "type": "flow", "inputs": {"Flow.customerName": "Ana"}}' % UUID
    body.write_text(text)
    report = flowlint("check", "--no-color", "--contracts", ".flowlint/flows", str(body)).stdout
    promised = int(re.search(r"(\d+) fixable with `flowlint check --fix --unsafe-fixes`", report).group(1))  # type: ignore[union-attr]
    assert promised == 2  # `type` removed, `inputs` unwrapped: both offered, neither proven by a text report
    fixed = flowlint("check", "--no-color", "--fix", "--unsafe-fixes", "--contracts", ".flowlint/flows", str(body)).stdout
    assert "fixed 1 finding" in fixed  # the removal held
    assert "1 fix offered not applied: its edits did not hold once proven" in fixed  # the unwrap did not: said
    assert '"inputs"' in body.read_text() and '"type"' not in body.read_text()
    diff = flowlint("check", "--diff", "--unsafe-fixes", "--contracts", ".flowlint/flows", str(body))
    assert "nothing to fix; 1 fix offered not applied" in diff.stderr


def test_fixes_not_applied_are_named_by_the_summary(tmp_path: Path) -> None:
    """Reviewer B 10: "2 fixes offered not applied … (see the help lines above)" where the help lines said nothing of
    it, and --diff shows none: the summary names each by place and code."""
    body = tmp_path / "c.yaml"  # an anchored mapping another member aliases: renaming in it renames there too
    text = f'flowId: {UUID}\ninputData: &in\n  customerName: x   # c\n  Flow.isVip: "yes"\nother: *in\n'
    body.write_text(text)
    said = "2 fixes offered not applied: their edits did not hold once proven (c.yaml:3:3 FL203, c.yaml:4:15 FL204)"
    fixed = flowlint("check", "--no-color", "--fix", "--contracts", ".flowlint/flows", str(body))
    assert said in fixed.stdout.replace(str(tmp_path) + "/", "") and "help lines" not in fixed.stdout, fixed.stdout
    assert body.read_text() == text
    diff = flowlint("check", "--diff", "--contracts", ".flowlint/flows", str(body))
    assert diff.stdout == "" and said in diff.stderr.replace(str(tmp_path) + "/", ""), diff.stderr


def test_a_partial_move_offered_by_a_report_that_does_not_prove_it_is_one_fix_applies(tmp_path: Path) -> None:
    body = tmp_path / "b.json"
    body.write_text('{"type": "flow", "configuration": {"flowId": "%s", "parameters": {"zzz": 1}}}' % UUID)
    result = flowlint("check", "--no-color", str(body))
    assert "fix (unsafe): remove `type`" in result.stdout
    assert "fix (unsafe): move `configuration.flowId` to the top level" in result.stdout  # proven when --fix renders it
    assert "2 fixable with `flowlint check --fix --unsafe-fixes`" in result.stdout
    fixed = flowlint("check", "--no-color", "--fix", "--unsafe-fixes", str(body))
    assert "fixed 2 findings" in fixed.stdout and "not applied" not in fixed.output
    assert json.loads(body.read_text()) == {"configuration": {"parameters": {"zzz": 1}}, "flowId": UUID}


def test_a_note_said_once_per_run_is_located_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = []
    for n in range(5):
        path = tmp_path / f"b{n}.json"
        path.write_text(json.dumps({"flowId": UUID, "name": f"n{n}"}))
        paths.append(str(path))
    from validator.contracts.store import ContractStore

    located = _count_calls(monkeypatch, Document, "span")
    reporter = Collect()
    summary = run(paths, CheckOptions(contracts=ContractStore(tmp_path / "empty")), reporter, jobs=1)
    assert [d.code for d in reporter.diagnostics] == ["FL200"] and summary.infos == 1  # said once, for the first file
    assert reporter.diagnostics[0].file == paths[0]
    assert located == [1]


def test_a_once_per_run_note_a_file_suppresses_is_still_said_for_the_next(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text(f"flowId: {UUID}  # flowlint: ignore[FL200]\n")
    second = tmp_path / "b.yaml"
    second.write_text(f"flowId: {UUID}  # flowlint: ignore[FL200]\n")
    third = tmp_path / "c.json"
    third.write_text(json.dumps({"flowId": UUID}))
    from validator.contracts.store import ContractStore

    reporter = Collect()
    summary = run([str(first), str(second), str(third)], CheckOptions(contracts=ContractStore(tmp_path / "none")), reporter, jobs=1)
    assert summary.suppressed == 2  # each comment took its file's note (none is unused: no FL009)
    assert [(d.code, d.file) for d in reporter.diagnostics] == [("FL200", str(third))]


def test_a_code_fix_no_report_offered_is_not_counted_as_a_broken_promise(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A check proves a code file's fixes before offering them: one that fails its proof is help there, so --fix
    and --diff must not say it was "offered not applied"."""
    monkeypatch.chdir(tmp_path)
    # (The unwrap would cut the comment beside `flowId`, which it does not carry: its edits do not hold.)
    (tmp_path / "launch.ts").write_text(
        'import axios from "axios";\n'
        'export const start = (name: string) => axios.post("https://api.mypurecloud.com/api/v2/flows/executions", {\n'
        '  configuration: {\n    flowId: process.env.FLOW_ID, // the flow\n    customerName: name,\n  },\n});\n')
    checked = flowlint("check", "--no-color", "launch.ts").stdout
    assert "FL101" in checked and "  help: move `configuration.flowId`" in checked  # reached: shown as help, not offered
    for args in (("--diff", "--unsafe-fixes"), ("--fix", "--unsafe-fixes")):
        result = flowlint("check", "--no-color", *args, "launch.ts")
        assert "offered not applied" not in result.stdout + result.stderr, args


def test_excerpt_lines_are_made_only_for_a_report_that_shows_them_or_the_cache(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's excerpt lines cost it a mask (a scan for secrets): made for the text report and for the cache (a later run
    may show them), not for a json report with --no-cache."""
    from validator.run import runner

    body = tmp_path / "b.json"
    body.write_text(BROKEN)
    excerpts = _count_calls(monkeypatch, runner, "_excerpt_lines")
    shown = json.loads(flowlint("check", "--no-cache", "--format", "json", str(body)).stdout)["diagnostics"]
    assert shown[0]["line"] == 2 and excerpts == [0]  # reached: a finding on line 2, and no excerpt made
    assert '2 |   "flow_id"' in flowlint("check", "--no-cache", "--no-color", str(body)).stdout and excerpts[0] >= 1
    made = excerpts[0]
    monkeypatch.delenv("FLOWLINT_NO_CACHE")
    monkeypatch.setenv("FLOWLINT_CACHE_DIR", str(tmp_path / "user"))  # the cache's key in tmp_path, never in ~/.cache
    monkeypatch.chdir(tmp_path)
    flowlint("check", "--format", "json", str(body))
    assert excerpts[0] > made and (tmp_path / ".flowlint_cache").is_dir()  # stored for a later run's report


def test_a_quiet_text_report_makes_no_excerpt_for_a_note_it_hides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--quiet shows no note: a note's line is not masked for it (the FL200 note of a 23 MB body cost its whole line's
    scan for secrets), while an error's line still is, and a run without --quiet shows the note's line."""
    from validator.run import masking

    note_only = tmp_path / "ok.json"
    no_contract = "5e0c9b7a-2d4f-4a6b-8c1e-9f3a5b7d1c2e"  # FL200's note only
    note_only.write_text('{\n  "flowId": "%s",\n  "inputData": {"Flow.customerName": "Ana"}\n}\n' % no_contract)
    masks = _count_calls(monkeypatch, masking, "mask_of")
    shown = flowlint("check", "--no-cache", "--no-color", str(note_only)).stdout
    assert "FL200" in shown and '2 |   "flowId"' in shown and masks == [1]  # reached: the note and its line shown
    assert "FL200" not in flowlint("check", "--no-cache", "--no-color", "--quiet", str(note_only)).stdout
    assert masks == [1]  # no mask made for the hidden note
    broken = tmp_path / "b.json"
    broken.write_text(BROKEN)
    assert '2 |   "flow_id"' in flowlint("check", "--no-cache", "--no-color", "--quiet", str(broken)).stdout
    assert masks == [2]  # an error's line is still shown, masked


def test_a_diff_names_a_fix_not_applied_where_it_is_in_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.rules import envelope

    # Break the unwrap on purpose (its proof fails); the removal of `type`, a line above it, holds.
    real = envelope._Explainer.declared_input
    monkeypatch.setattr(envelope._Explainer, "declared_input", lambda self, key: "Flow.zz" + str(real(self, key)))
    body = tmp_path / "b.json"
    body.write_text('{\n  "flowId": "%s",\n  "type": "flow",\n  "inputs": {"Flow.customerName": "Ana"}\n}\n' % UUID)
    diff = flowlint("check", "--diff", "--unsafe-fixes", "--contracts", ".flowlint/flows", str(body))
    assert '-  "type": "flow",' in diff.stdout  # reached: the removal is shown
    # Before, the place was the one in the fixed text, which --diff does not write (4:3 is `inputs` in the file).
    assert "1 fix offered not applied: its edits did not hold once proven (b.json:4:3 FL101)" in \
        diff.stderr.replace(str(tmp_path) + "/", ""), diff.stderr
    fixed = flowlint("check", "--fix", "--unsafe-fixes", "--contracts", ".flowlint/flows", str(body))
    assert "(b.json:3:3 FL101)" in fixed.stdout.replace(str(tmp_path) + "/", "")  # --fix wrote it: the place in it
