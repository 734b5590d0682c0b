"""The tree's exports (sources/imports.py's Exports) read each module of the tree once, however many of its questions
ask for it: what it re-exports, the words it writes (for a `export *` beside another), its base URLs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from validator.sources import imports
from validator.sources.code import parsed
from validator.sources.extract import reader_for
from validator.sources.model import Text

HOST = "https://api.mypurecloud.com"
FILES = {
    "src/constants.ts": f"export const BASE = '{HOST}';\nexport const LAUNCH_URL = '{HOST}/api/v2/flows/executions';\n"
                        "export * from './more';\n",
    "src/more.ts": "export const OTHER = 1;\n",
    "src/index.ts": "export * from './constants';\nexport * from './more';\n",
    "src/launch.ts": "import axios from 'axios';\nimport { LAUNCH_URL } from './index';\n"
                     "export const go = (f: string) => axios.post(LAUNCH_URL, { flowID: f });\n",
}


def test_each_module_is_read_once(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / name) for name in FILES]
    reads: Counter[str] = Counter()

    def read(path: str) -> bytes:
        reads[Path(path).name] += 1
        return Path(path).read_bytes()

    exports = imports.Exports({paths[0]: {"LAUNCH_URL": Text((f"{HOST}/api/v2/flows/executions",)), "BASE": Text((HOST,))}},
                              paths, read=read)
    source, tree = parsed("typescript", FILES["src/launch.ts"])
    imported = exports.imported(reader_for("typescript", source, tree, 100, paths[3]), "typescript", paths[3])
    assert imported is not None and "LAUNCH_URL" in imported.names  # resolved through the barrels
    assert reads["index.ts"] == 1 and reads["constants.ts"] == 1 and reads["more.ts"] == 1, reads
