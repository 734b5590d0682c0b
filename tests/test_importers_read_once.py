"""Importers (run/cross_file.py) reads each file of a check once: for its import index, a question's candidates and
the edited file alike."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from validator.run.cross_file import Importers


def _tree(root: Path) -> list[str]:
    (root / "launcher.py").write_text('BODY = {"flowId": "x"}\nURL = "https://api.mypurecloud.com"\n')
    (root / "audit.py").write_text('from launcher import BODY\nimport helper\n\n\ndef flow_of():\n'
                                   '    return BODY["flowId"], helper.URL\n')
    (root / "helper.py").write_text("from launcher import URL\nfrom audit import flow_of\n")
    return [str(root / name) for name in ("audit.py", "helper.py", "launcher.py")]


def _counting(counts: Counter[str]) -> Callable[[str], bytes]:
    def read(path: str) -> bytes:
        counts[path] += 1
        return Path(path).read_bytes()
    return read


def test_a_check_reads_each_file_once(tmp_path: Path) -> None:
    paths = _tree(tmp_path)
    counts: Counter[str] = Counter()
    importers = Importers(paths, _counting(counts), 100, unchanging=True)
    home = str(tmp_path / "launcher.py")
    assert importers.bytes_of(home) is not None  # the edited file, read by shared_fixes_demoted first
    assert importers(home, "python", frozenset({"BODY", "URL"})) == {"BODY": paths[0], "URL": paths[1]}
    assert importers(str(tmp_path / "audit.py"), "python", frozenset({"flow_of"})) == {"flow_of": paths[1]}
    assert counts == Counter(dict.fromkeys(paths, 1))


def test_a_fix_reads_again_what_it_may_have_written(tmp_path: Path) -> None:
    paths = _tree(tmp_path)
    counts: Counter[str] = Counter()
    importers = Importers(paths, _counting(counts), 100)
    home = str(tmp_path / "launcher.py")
    assert importers(home, "python", frozenset({"BODY", "URL"})) == {"BODY": paths[0], "URL": paths[1]}
    # the index read every file; a question each candidate once more (its imports and the names it writes alike)
    assert counts == Counter({paths[0]: 2, paths[1]: 2, home: 1})
