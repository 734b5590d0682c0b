"""flowlint's speed and memory targets, measured against check-jsonschema on the same files.

    pip install '.[bench]' && python benchmarks/run.py

Generates its corpus (seeded), alternates the tools run by run, and prints medians and
ratios. Timings are wall-clock on a shared machine: compare ratios from one run, not
absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_big_body, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "flow-execution-launch-request.schema.json"
BARE_LOOP = (
    "import json, sys\n"
    "for p in open(sys.argv[1]).read().split():\n"
    "    with open(p, 'rb') as f:\n"
    "        try:\n"
    "            json.loads(f.read())\n"
    "        except ValueError:\n"
    "            pass\n"
)
BASELINE_BIG = (
    "import json, sys, jsonschema\n"
    "schema = json.load(open(sys.argv[1]))\n"
    "body = json.loads(open(sys.argv[2], 'rb').read())\n"
    "jsonschema.validators.validator_for(schema)(schema).validate(body)\n"
)


def measure(command: Sequence[str], stdin: int | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> tuple[float, int, int, float]:
    """Wall seconds, peak RSS in MiB, exit code and CPU seconds (user + system, children included) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin, cwd=cwd, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss // 1024, process.returncode, usage.ru_utime + usage.ru_stime


#: A command, with the PYTHONPATH it runs under (another checkout's flowlint) when not this one's.
Command = Sequence[str] | tuple[list[str], str]


def alternate(commands: dict[str, Command], runs: int, cwd: Path | None = None,
              before: dict[str, Callable[[], None]] | None = None,
              pause: float = 0.0) -> dict[str, list[tuple[float, int, int, float]]]:
    """Run each command `runs` times, interleaved, so load on the machine hits them alike (`before` runs untimed;
    `pause` seconds after each run let a tool's helper processes exit)."""
    results: dict[str, list[tuple[float, int, int, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            if before and name in before:
                before[name]()
            if isinstance(command, tuple):
                args, path = command
                results[name].append(measure(args, cwd=cwd, env=dict(os.environ, PYTHONPATH=path)))
            else:
                results[name].append(measure(command, cwd=cwd))
            if pause:
                time.sleep(pause)
    return results


def median(results: list[tuple[float, int, int, float]]) -> float:
    return statistics.median(r[0] for r in results)


def cpu(results: list[tuple[float, int, int, float]]) -> float:
    return statistics.median(r[3] for r in results)


#: What `flowlint --version` imports, and what a check of one JSON body imports before it reads the file (a plain
#: command line is read without click: cli/argv.py).
VERSION_IMPORTS = "import validator.cli"
CHECK_IMPORTS = "import validator.cli, validator.cli.argv, validator.cli.check, validator.run.runner, validator.checker.engine"


def import_times(python: str, code: str = VERSION_IMPORTS) -> list[tuple[str, float]]:
    """`python -X importtime`: the cumulative import time of each module `code` imports, heaviest first."""
    found = _import_lines(python, code)
    startup = _import_lines(python, "pass")  # what the interpreter imports before any code (site, encodings...)
    return sorted(((name, seconds) for name, seconds in found.items() if name not in startup), key=lambda item: -item[1])


def _import_lines(python: str, code: str) -> dict[str, float]:
    result = subprocess.run([python, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
    found: dict[str, float] = {}
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].strip()
            found[name] = int(parts[1].strip()) / 1e6
    return found


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} is not installed: pip install '.[bench]'")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per tool for each timing (medians are reported)")
    parser.add_argument("--big-files", type=int, default=100_000, help="files for the linear-growth and memory test")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus")
    args = parser.parse_args()
    flowlint, cjs = tool("flowlint"), tool("check-jsonschema")
    # An installed flowlint runs from compiled bytecode (pip compiles it): measure that, not a compile of every module
    # on every run, as PYTHONDONTWRITEBYTECODE would make an editable install do.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([flowlint, "--version"], capture_output=True, check=True)
    work = Path(tempfile.mkdtemp(prefix="flowlint-bench-"))
    cache = work / ".flowlint_cache"  # the project root of the run is `work` (no config file): its cache is here
    rows: list[tuple[str, str, str]] = []
    try:
        store = work / "store"
        load = os.getloadavg()[0]
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load average {load:.1f} at the start; command: python benchmarks/run.py --runs {args.runs}", flush=True)

        # 1. 10,000 small bodies, 10% broken, 20-flow contract store: cold cache (removed before each run).
        paths = write_corpus(work / "small", 10_000, store)
        listing = work / "small.txt"
        listing.write_text("\n".join(map(str, paths)))
        files = [str(p) for p in paths]
        check = [flowlint, "check", "--no-color", "--contracts", str(store)]
        cold_cache = {"flowlint": lambda: shutil.rmtree(cache, ignore_errors=True),
                      "flowlint -j 1": lambda: shutil.rmtree(cache, ignore_errors=True)}
        bulk = alternate({
            "flowlint": [*check, *files],
            "flowlint -j 1": [*check, "-j", "1", *files],
            "check-jsonschema": [cjs, "--schemafile", str(SCHEMA), *files],
            "bare loop": [sys.executable, "-c", BARE_LOOP, str(listing)],
            "flowlint warm": [*check, *files],  # right after the cold -j 1 run wrote the cache
        }, args.runs, cwd=work, before=cold_cache)
        fl, one, cj, floor, warm = (median(bulk[name]) for name in ("flowlint", "flowlint -j 1", "check-jsonschema", "bare loop",
                                                                    "flowlint warm"))
        fl_cpu, cj_cpu, floor_cpu, warm_cpu = (cpu(bulk[name]) for name in ("flowlint", "check-jsonschema", "bare loop", "flowlint warm"))
        exits = {name: {r[2] for r in runs} for name, runs in bulk.items()}
        assert exits == {"flowlint": {1}, "flowlint -j 1": {1}, "check-jsonschema": {1}, "bare loop": {0}, "flowlint warm": {1}}, exits
        rows.append(("10,000 small bodies (10% broken, 20 contracts), cold cache",
                     f"flowlint {fl:.2f}s ({fl_cpu:.2f}s CPU), check-jsonschema {cj:.2f}s ({cj_cpu:.2f}s CPU)",
                     f"{fl / cj:.2f}x wall, {fl_cpu / cj_cpu:.2f}x CPU (target <= 0.40x)"))
        print(rows[-1], flush=True)
        rows.append(("the same, default workers vs -j 1", f"{fl:.2f}s vs {one:.2f}s", f"{fl / one:.2f}x (target <= 1.00x)"))
        print(rows[-1], flush=True)
        rows.append(("the same, warm cache", f"flowlint {warm:.2f}s ({warm_cpu:.2f}s CPU), read + json.loads loop "
                     f"{floor:.2f}s ({floor_cpu:.2f}s CPU)", f"{warm / floor:.2f}x wall, {warm_cpu / floor_cpu:.2f}x CPU the floor "
                     "(target <= 2.00x)"))
        print(rows[-1], flush=True)

        # 2. Cold start on one small valid file (what pre-commit pays per commit), and --version.
        one_file = work / "one.json"
        one_file.write_text(json.dumps({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "name": "x"}))
        cold = alternate({"flowlint": [flowlint, "check", "--quiet", str(one_file)],
                          "check-jsonschema": [cjs, "--schemafile", str(SCHEMA), str(one_file)],
                          "flowlint --version": [flowlint, "--version"],
                          "python -c pass": [sys.executable, "-c", "pass"]}, max(5, args.runs * 3), cwd=work,
                         before={"flowlint": lambda: shutil.rmtree(cache, ignore_errors=True)})
        fl, cj, version = median(cold["flowlint"]), median(cold["check-jsonschema"]), median(cold["flowlint --version"])
        bare = median(cold["python -c pass"])
        fl_cpu, cj_cpu = cpu(cold["flowlint"]), cpu(cold["check-jsonschema"])
        rows.append(("cold start, one small file (cold cache)", f"flowlint {fl * 1000:.0f}ms ({fl_cpu * 1000:.0f}ms CPU), "
                     f"check-jsonschema {cj * 1000:.0f}ms ({cj_cpu * 1000:.0f}ms CPU)",
                     f"{fl / cj:.2f}x wall, {fl_cpu / cj_cpu:.2f}x CPU (target <= 0.50x)"))
        print(rows[-1], flush=True)
        rows.append(("`flowlint --version`", f"{version * 1000:.0f}ms ({cpu(cold['flowlint --version']) * 1000:.0f}ms CPU); "
                     f"a bare `python -c pass` {bare * 1000:.0f}ms ({cpu(cold['python -c pass']) * 1000:.0f}ms CPU)",
                     "target < 60 ms"))
        print(rows[-1], flush=True)
        heaviest = import_times(sys.executable)
        total = dict(heaviest).get("validator.cli", 0.0)
        rows.append(("`python -X importtime -c 'import validator.cli'` (what --version imports)",
                     f"{total * 1000:.0f}ms in all: " + ", ".join(f"{name} {seconds * 1000:.1f}ms" for name, seconds in heaviest[:4]),
                     "cumulative, per module"))
        print(rows[-1], flush=True)
        heaviest = import_times(sys.executable, CHECK_IMPORTS)
        rows.append(("`python -X importtime`: what a check of one body imports", "heaviest: " + ", ".join(
            f"{name} {seconds * 1000:.0f}ms" for name, seconds in heaviest[:8]), "cumulative, per module"))
        print(rows[-1], flush=True)

        # 3. Linear growth and flat memory: 10x the files.
        many = write_corpus(work / "many", args.big_files, store)
        small_run = measure([flowlint, "check", "--no-cache", "--quiet", "--contracts", str(store), str(work / "small")])
        big_run = measure([flowlint, "check", "--no-cache", "--quiet", "--contracts", str(store), str(work / "many")])
        scale = big_run[0] / small_run[0]
        rows.append((f"{len(many):,} files vs 10,000 (no cache)", f"{big_run[0]:.1f}s vs {small_run[0]:.2f}s; peak RSS "
                     f"{big_run[1]} MiB vs {small_run[1]} MiB", f"time x{scale:.1f} for x{len(many) / 10_000:.0f} files; "
                     f"memory target < 100 MiB"))
        print(rows[-1], flush=True)

        # 4. One body with a 20 MB inputData.
        big = work / "big.json"
        write_big_body(big, 20, "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90")
        runs = alternate({"flowlint": [flowlint, "check", "--no-cache", "--quiet", "--contracts", str(store), str(big)],
                          "json + jsonschema": [sys.executable, "-c", BASELINE_BIG, str(SCHEMA), str(big)]}, args.runs)
        fl, base = median(runs["flowlint"]), median(runs["json + jsonschema"])
        rows.append((f"one body, {big.stat().st_size / 1e6:.0f} MB inputData", f"flowlint {fl:.2f}s "
                     f"({max(r[1] for r in runs['flowlint'])} MiB), json.loads + jsonschema {base:.2f}s",
                     f"{fl / base:.2f}x (target <= 2.00x)"))
        print(rows[-1], flush=True)

        # 5. In-process: validator.check() on a valid body vs a pre-built jsonschema validator's is_valid.
        rows.append(in_process())
        print(rows[-1], flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    print("\n| measurement | figures | ratio |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def in_process() -> tuple[str, str, str]:
    import jsonschema

    import validator

    body = {"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "name": "x",
            "inputData": {"Flow.customerName": "Ana", "Flow.orderCount": 2, "Flow.dates": ["2026-03-29"]}}
    schema = json.loads(SCHEMA.read_text())
    prebuilt = jsonschema.validators.validator_for(schema)(schema)
    assert validator.check(body).ok and prebuilt.is_valid(body)
    number = 20_000
    ours = min(timeit.repeat(lambda: validator.check(body), number=number, repeat=5)) / number
    theirs = min(timeit.repeat(lambda: prebuilt.is_valid(body), number=number, repeat=5)) / number
    return ("validator.check() on a valid body, in process", f"{ours * 1e6:.1f}us vs is_valid {theirs * 1e6:.1f}us",
            f"{ours / theirs:.2f}x (target <= 2.00x)")


if __name__ == "__main__":
    main()
