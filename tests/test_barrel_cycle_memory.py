"""A cycle of re-exporting modules longer than the depth a chain is resolved to at once keeps, while its tables are
made, only what each module's re-export statements say: memory follows the exports, not the sources (a size-scaled
test: the chain twice as long)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: Run in a child process: tracemalloc counts every thread's allocations, and a worker of the suite keeps earlier tests'
#: threads (loopback servers, the SDK's config watcher), as test_doc_block_memory found.
_CYCLE_PEAK = """
import sys, tracemalloc
from pathlib import Path
from validator.sources import imports
from validator.sources.model import Text

HOST = "https://api.mypurecloud.com/api/v2/flows/executions"
root, length, pad_lines = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
pad = "".join(f"export function f{k}(a, b) {{ return [a, b, {k}].map((x) => x + 1); }}\\n" for k in range(pad_lines))
files = {}
for at in range(length):
    path = str(root / f"m{at}.js")
    files[path] = (f"export * from './m{(at + 1) % length}.js';\\n{pad}export const V{at} = '{HOST}';\\n").encode()
exports = imports.Exports({path: {f"V{at}": Text((HOST,))} for at, path in enumerate(files)}, list(files), read=files.get)
for path in files:
    exports.read_bytes(path)  # (the bytes are the run's: read once, whatever the re-exports keep)
from validator.sources.code import parsed
parsed("javascript", "export * from './x.js';")  # the reader's modules and grammar loaded before the trace: a module
# compiled inside it (no .pyc yet, or a stale one) counted megabytes that hid the tables' growth, or not
tracemalloc.start()
exports.values(imports.path_key(str(root / "m0.js")))
print(tracemalloc.get_traced_memory()[1], exports.parses)
"""


def _peak(root: Path, length: int, pad_lines: int) -> tuple[int, int]:
    """The peak memory resolving the first module of a cycle of `length` modules (each `pad_lines` long), and how
    many modules were parsed."""
    done = subprocess.run([sys.executable, "-c", _CYCLE_PEAK, str(root), str(length), str(pad_lines)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    peak, parses = map(int, done.stdout.split())
    return peak, parses


def test_a_long_cycle_s_memory_follows_its_exports_not_its_sources(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    small, parses = _peak(tmp_path / "a", 60, 60)
    assert parses == 60  # every module of the cycle was read for its re-exports (longer than the depth at once, 48)
    longer, _ = _peak(tmp_path / "b", 120, 60)
    source = 60 * 60 * 60  # (the bytes a cycle's modules add: ~60 a line)
    # Keeping each module's parse and text until the chain's tables were made grew by ~60 times the sources added
    # (tracemalloc sees the text and byte map, not the tree sitter's own memory); what is kept now is each module's
    # re-export statements and, as it takes all of another's, the names it writes. (Each module of a cycle exports
    # every module's name: the tables grow with the square of the length, which a longer cycle makes the larger part:
    # 120 -> 240 modules grew by 84% of the bound, 60 -> 120 by 60%.) Measured with the reader's modules loaded before
    # the trace (not compiled inside it, which made the peak depend on whether a .pyc was fresh), 60 -> 120 modules of
    # 60 lines grow by 0.46 MB: the bound is 5 times the sources (1.08 MB), and each module's parse kept until the
    # tables are made (the code before 986a232) grows by 15.2 MB, 14 times the bound. (Modules of 100 lines: 0.86 MB,
    # 25.5 MB and a bound of 1.8 MB, for 45% more of the suite's time.)
    assert longer - small < 5 * source, (small, longer)
