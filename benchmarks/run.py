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
from collections.abc import Sequence
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


def measure(command: Sequence[str], stdin: int | None = None) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MiB and exit code of one run of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss // 1024, process.returncode


def alternate(commands: dict[str, Sequence[str]], runs: int) -> dict[str, list[tuple[float, int, int]]]:
    """Run each command `runs` times, interleaved, so load on the machine hits them alike."""
    results: dict[str, list[tuple[float, int, int]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command))
    return results


def median(results: list[tuple[float, int, int]]) -> float:
    return statistics.median(r[0] for r in results)


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
    work = Path(tempfile.mkdtemp(prefix="flowlint-bench-"))
    rows: list[tuple[str, str, str]] = []
    try:
        store = work / "store"
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}", flush=True)

        # 1. 10,000 small bodies, 10% broken, 20-flow contract store.
        paths = write_corpus(work / "small", 10_000, store)
        listing = work / "small.txt"
        listing.write_text("\n".join(map(str, paths)))
        files = [str(p) for p in paths]
        bulk = alternate({
            "flowlint": [flowlint, "check", "--no-color", "--contracts", str(store), *files],
            "check-jsonschema": [cjs, "--schemafile", str(SCHEMA), *files],
            "bare loop": [sys.executable, "-c", BARE_LOOP, str(listing)],
        }, args.runs)
        fl, cj, floor = median(bulk["flowlint"]), median(bulk["check-jsonschema"]), median(bulk["bare loop"])
        exits = {name: {r[2] for r in runs} for name, runs in bulk.items()}
        assert exits == {"flowlint": {1}, "check-jsonschema": {1}, "bare loop": {0}}, exits
        rows.append(("10,000 small bodies (10% broken, 20 contracts)",
                     f"flowlint {fl:.2f}s, check-jsonschema {cj:.2f}s, bare read+json.loads loop {floor:.2f}s",
                     f"{fl / cj:.2f}x (target <= 0.40x; floor {floor / cj:.2f}x)"))
        print(rows[-1], flush=True)

        # 2. Cold start on one small valid file (what pre-commit pays per commit).
        one = work / "one.json"
        one.write_text(json.dumps({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "name": "x"}))
        cold = alternate({"flowlint": [flowlint, "check", "--quiet", str(one)],
                          "check-jsonschema": [cjs, "--schemafile", str(SCHEMA), str(one)]}, max(5, args.runs * 3))
        fl, cj = median(cold["flowlint"]), median(cold["check-jsonschema"])
        rows.append(("cold start, one small file", f"flowlint {fl * 1000:.0f}ms, check-jsonschema {cj * 1000:.0f}ms",
                     f"{fl / cj:.2f}x (target <= 1.00x)"))
        print(rows[-1], flush=True)

        # 3. Linear growth and flat memory: 10x the files.
        many = write_corpus(work / "many", args.big_files, store)
        small_run = measure([flowlint, "check", "--quiet", "--contracts", str(store), str(work / "small")])
        big_run = measure([flowlint, "check", "--quiet", "--contracts", str(store), str(work / "many")])
        scale = big_run[0] / small_run[0]
        rows.append((f"{len(many):,} files vs 10,000", f"{big_run[0]:.1f}s vs {small_run[0]:.2f}s; peak RSS "
                     f"{big_run[1]} MiB vs {small_run[1]} MiB", f"time x{scale:.1f} for x{len(many) / 10_000:.0f} files; "
                     f"memory target < 100 MiB"))
        print(rows[-1], flush=True)

        # 4. One body with a 20 MB inputData.
        big = work / "big.json"
        write_big_body(big, 20, "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90")
        runs = alternate({"flowlint": [flowlint, "check", "--quiet", "--contracts", str(store), str(big)],
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
