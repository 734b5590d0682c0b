"""Which files a walk takes is decided in one place (files._taken), the same by the suffix table or by endswith: a
vendored `.tf.json` (Terraform's JSON, someone else's code) was taken by the table and left by endswith."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.project import files

from conftest import counted_calls

NAMES = ["a.JS", "b.py", "c.go", "d.json", "e.tf.json", "f.postman_collection.json", "g.txt", "h", ".hidden.js", "i.min.js",
         "j.Yaml", "k.tfvars", "l.i3WorkFlow", "m.PS1", "n.java"]


@pytest.mark.parametrize("vendored", [False, True])
def test_the_suffix_table_and_endswith_take_the_same_files(vendored: bool) -> None:
    table = files._suffix_table(files.WALKED_SUFFIXES)
    assert table is not None
    by_table = [name for name in NAMES if files._taken(table, name, vendored)]
    assert by_table == [name for name in NAMES if files._taken(None, name, vendored)]
    assert "a.JS" in by_table and "g.txt" not in by_table and ("c.go" in by_table) is not vendored
    assert "e.tf.json" in by_table  # Terraform's JSON: read as Terraform, vendored or not (as .tf)


def test_a_walk_asks_the_one_test_of_each_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NAMES:
        (tmp_path / name).write_text("x")
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "v.go").write_text("x")
    (tmp_path / "vendor" / "v.js").write_text("x")
    asked = counted_calls(monkeypatch, files, "_taken")
    walked = [Path(path).name for path in files.walk(str(tmp_path))]
    assert len(asked) == len(NAMES) + 2  # every file listed, once
    assert walked == [name for name in sorted(NAMES) if files._taken(None, name, False)] + ["v.js"]
