"""A walked launch fragment (launch members, no flow ID: defaults merged with a flowId at run time) is judged by every
rule but the missing flowId's (FL103); a launch whose values read as phrases is judged unless the file really is a
label table (a locale's strings); `check -v` says why a walked file was not judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources.candidates import launch_key_depth

from conftest import UUID2, flowlint

FRAGMENT = json.dumps({"flowVersion": "2.0", "inputData": {"Flow.customerName": "Ann", "accountId": 12}})
FRAGMENT_YAML = "flowVersion: '2.0'\ninputData:\n  Flow.customerName: Ann\n  accountId: 12\n"
NAMED_FLOW = json.dumps({"flowId": "Customer Callback", "inputData": "Customer name and phone"})
#: Locale files as web apps write them: labels of the launch's fields beside other labels.
LOCALES = {
    "i18n/en.json": json.dumps({"flowId": "Flow ID", "flowVersion": "Flow version", "inputData": "Input data",
                                "launch": "Launch", "cancel": "Cancel"}),
    "i18n/es.json": json.dumps({"flowId": "ID del flujo", "inputData": "Datos de entrada", "submit": "Enviar",
                                "errors": {"required": "Obligatorio", "invalid": "El valor no es válido"}},
                               ensure_ascii=False),
    "i18n/pt.json": json.dumps({"flowId": "ID do fluxo", "name": "Nome", "title": "Iniciar um fluxo de trabalho"},
                               ensure_ascii=False),
}


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def found(root: Path, *args: str) -> list[dict[str, object]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(root))
    assert result.exit_code in (0, 1), result.stdout
    return list(json.loads(result.stdout)["diagnostics"])


def codes_by_file(root: Path, *args: str) -> dict[str, set[str]]:
    by_file: dict[str, set[str]] = {}
    for diagnostic in found(root, *args):
        relative = Path(str(diagnostic["file"])).resolve().relative_to(root.resolve()).as_posix()
        by_file.setdefault(relative, set()).add(str(diagnostic["code"]))
    return by_file


@pytest.mark.parametrize(("name", "text"), [("config/defaults.json", FRAGMENT), ("config/defaults.yaml", FRAGMENT_YAML)])
def test_a_walked_fragment_is_judged_but_for_its_missing_flow_id(tmp_path: Path, name: str, text: str) -> None:
    write(tmp_path, {name: text})
    codes = codes_by_file(tmp_path)
    assert codes.get(name) == {"FL203"}  # judged (accountId lacks its prefix), and never told it lacks the flowId


def test_a_walked_fragment_is_fixed_and_told_no_missing_flow_id(tmp_path: Path) -> None:
    write(tmp_path, {"config/defaults.json": FRAGMENT})
    diff = flowlint("check", "--no-cache", "--diff", str(tmp_path))
    assert '"Flow.accountId": 12' in diff.stdout and "FL103" not in diff.stdout + diff.stderr
    fixed = flowlint("check", "--no-cache", "--fix", str(tmp_path))
    assert '"Flow.accountId": 12' in (tmp_path / "config/defaults.json").read_text(encoding="utf-8")
    assert "FL103" not in fixed.stdout + fixed.stderr and fixed.exit_code == 0


def test_a_named_fragment_still_lacks_its_flow_id(tmp_path: Path) -> None:
    write(tmp_path, {"defaults.json": FRAGMENT})
    codes = {str(d["code"]) for d in found(tmp_path / "defaults.json")}
    assert codes == {"FL103", "FL203"}


def test_a_walked_launch_with_phrases_for_values_is_judged(tmp_path: Path) -> None:
    write(tmp_path, {"launch/callback.json": NAMED_FLOW})
    assert codes_by_file(tmp_path).get("launch/callback.json") == {"FL104", "FL105"}


def test_real_label_tables_stay_quiet(tmp_path: Path) -> None:
    write(tmp_path, {**LOCALES, "launch/callback.json": NAMED_FLOW})
    codes = codes_by_file(tmp_path)
    assert "launch/callback.json" in codes  # the walk reached the launch beside them
    assert not set(codes) & set(LOCALES)


def test_verbose_says_why_a_walked_file_was_not_judged(tmp_path: Path) -> None:
    write(tmp_path, {**LOCALES, "config/app.json": json.dumps({"logging": {"level": "info"},
                                                               "genesys": {"flowId": UUID2, "region": "emea"}})})
    assert codes_by_file(tmp_path) == {}
    notes = {Path(str(d["file"])).name: str(d["message"]) for d in found(tmp_path, "-v")}
    assert set(notes) == {"en.json", "es.json", "pt.json", "app.json"}
    assert "label" in notes["en.json"] and "section" in notes["app.json"]
    assert {str(d["severity"]) for d in found(tmp_path, "-v")} == {"info"}


@pytest.mark.parametrize(("value", "depth"), [
    ({"flowVersion": "2.0", "inputData": {"Flow.a": 1}}, "partial"),
    ({"flowId": "Customer Callback", "inputData": "Customer name and phone"}, "shallow"),
    ({"flowId": "ID du flux", "inputData": "Données d'entrée"}, "shallow"),  # no sign of a table: judged
    ({"flowId": "Flow ID", "inputData": "Input data"}, "record"),  # the keys' own names: labels
    ({"flowId": "ID du flux", "inputData": "Données d'entrée", "submit": "Lancer"}, "record"),
    ({"flowId": "Customer Callback", "inputData": "Customer name and phone", "region": "emea"}, "shallow"),
    ({"flowId": "Customer Callback", "flowVersion": "2.0", "inputData": "Customer name", "title": "Launch"}, "shallow"),
    ({"flowId": UUID2, "inputData": "Input data", "title": "Launch"}, "shallow"),
])
def test_label_tables(value: object, depth: str) -> None:
    assert launch_key_depth(value) == depth
