"""What a file hostile to tree-sitter costs flowlint: shapes on which tree-sitter's own parse is superlinear, each at
two sizes, beside a normal file of launches of the larger size.

    python benchmarks/hostile_parse.py [--runs 1] [--against CHECKOUT]

Each file is checked by `flowlint check --no-cache` in a child process (CPU seconds from its resource usage); with
`--against`, another flowlint's source directory (a checkout of an older commit) checks the same files, run for run
alternated with this one. The parse budget (sources.code.ParseBudget) stops all but the JavaScript `/*` run, whose
cost is in tree-sitter's error recovery (stack summaries), where no callback of its API is called: upstream's.
Compare ratios from one run: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_corpus import write_many_launches
from run import Command, alternate, tool

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
PY_HEAD = f"import requests\nrequests.post('{URL}', json={{'flowId': 'x', 'inputData': "
JS_HEAD = f"// {URL}\nx = {{"


def shapes() -> dict[str, tuple[str, list[str]]]:
    """name -> (file suffix, its texts at two sizes)."""
    return {
        "Python `<!--` run": (".py", [PY_HEAD + "<!--" * n + "\n" for n in (1500, 3000)]),
        "Python backslash-newlines": (".py", [PY_HEAD + "\\\n" * n + "})\n" for n in (25_000, 50_000)]),
        "JavaScript `/[` run": (".js", [f"axios.post('{URL}', {{flowId: 'x', inputData: " + "/[" * n + "});\n"
                                        for n in (6000, 12_000)]),
        "JavaScript `/*` run (upstream)": (".js", [JS_HEAD + "/*" * n + "\n" for n in (25_000, 50_000)]),
        "HCL tabs in jsonencode": (".tf", [f'resource "x" "y" {{\n url = "{URL}"\n body = jsonencode({{flowId = "x", '
                                           + "\t" * n + "})\n}\n" for n in (20_000, 40_000)]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1, help="runs per file (medians are reported)")
    parser.add_argument("--against", metavar="CHECKOUT", help="another flowlint's source directory, side by side")
    args = parser.parse_args()
    flowlint = tool("flowlint")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.against:  # both flowlints found through PYTHONPATH, so that neither pays for a longer module search
        os.environ["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    with tempfile.TemporaryDirectory() as work:
        files: dict[str, Path] = {}
        for name, (suffix, texts) in shapes().items():
            for text in texts:
                path = Path(work) / f"{len(files)}{suffix}"
                path.write_text(text)
                files[f"{name}, {len(text.encode()) // 1024} KB"] = path
        normal = Path(work) / "normal.js"
        write_many_launches(normal, 150)
        files[f"normal launches, {normal.stat().st_size // 1024} KB"] = normal
        commands: dict[str, Command] = {}
        for name, path in files.items():
            commands[name] = [flowlint, "check", "--no-cache", "--quiet", str(path)]
            if args.against:
                commands[f"{name} (against)"] = ([flowlint, "check", "--no-cache", "--quiet", str(path)], args.against)
        results = alternate(commands, args.runs, cwd=Path(work))

        def cpu(name: str) -> float:
            return statistics.median(r[3] for r in results[name])

        print(f"medians of {args.runs} run(s), CPU seconds of `flowlint check --no-cache` (load {os.getloadavg()[0]:.1f})")
        print("| file | this flowlint |" + (f" {args.against} | ratio |" if args.against else ""))
        print("|---|---|" + ("---|---|" if args.against else ""))
        for name in files:
            row = f"| {name} | {cpu(name):.2f}s |"
            if args.against:
                row += f" {cpu(name + ' (against)'):.2f}s | {cpu(name) / cpu(name + ' (against)'):.2f}x |"
            print(row)


if __name__ == "__main__":
    main()
