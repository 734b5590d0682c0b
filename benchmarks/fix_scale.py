"""How `--fix`/`--diff` time grows with the fixes in one body: a linter's fix must be linear in its edits.

    python benchmarks/fix_scale.py [--members 1000 2000 4000] [--against CHECKOUT] [--runs 1] [--timeout 120]

One body per kind and size, all its members fixable the same way (an `inputData` key lacking its `Flow.` prefix,
a number sent as a string, a name in the wrong case, the prefix and the type), as JSON, YAML (and the first kind with a comment beside each
member) and a `.http` request, against a contract declaring 2n inputs; each checked by `flowlint check --no-cache
--diff --unsafe-fixes` in a child process (this checkout's code, and `--against`'s, alternated run by run, both through
PYTHONPATH). Prints the child's CPU (user + system) and, per doubling, how much it grew: ~2x is linear, ~4x quadratic.
A run past `--timeout` is stopped and shown as such.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
ROOT = Path(__file__).resolve().parent.parent
URL = "https://api.mypurecloud.com/api/v2/flows/executions"

#: The mistake every member of a body makes: (its key, its value) for member i.
MISTAKES: dict[str, Callable[[int], tuple[str, str]]] = {
    "prefix": lambda i: (f"name{i}", "x"),
    "typed": lambda i: (f"Flow.count{i}", str(i)),
    "case": lambda i: (f"Flow.Name{i}", "x"),
    # Two fixes a member, one pass each (the prefix, then the type): the first pass's proof finds n errors still there.
    "twostep": lambda i: (f"count{i}", str(i)),
}


def write_bodies(directory: Path, members: int) -> list[str]:
    """The contract and the bodies of one size; the names of the bodies."""
    properties: dict[str, Any] = {}
    for i in range(members):
        properties[f"Flow.name{i}"] = {"type": "string"}
        properties[f"Flow.count{i}"] = {"type": "integer"}
    flows = directory / ".flowlint" / "flows"
    flows.mkdir(parents=True)
    contract = {"flowId": UUID, "flowName": "many inputs", "flowType": "WORKFLOW", "versionId": "1.0",
                "inputSchema": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                                "additionalProperties": False, "properties": properties}}
    (flows / f"{UUID}.json").write_text(json.dumps(contract))
    names = []
    for kind, mistake in MISTAKES.items():
        body = {"flowId": UUID, "inputData": dict(mistake(i) for i in range(members))}
        (directory / f"{kind}.json").write_text(json.dumps(body, indent=2))
        (directory / f"{kind}.yaml").write_text(yaml.safe_dump(body, sort_keys=False))
        names += [f"{kind}.json", f"{kind}.yaml"]
    # A YAML body as people write it, a comment beside its members: the comments are checked after each fix.
    commented = "".join(f"{line}  # member {i}\n" if line.startswith("  ") else f"{line}\n"
                        for i, line in enumerate(yaml.safe_dump({"flowId": UUID, "inputData": dict(
                            MISTAKES["prefix"](i) for i in range(members))}, sort_keys=False).splitlines()))
    (directory / "commented.yaml").write_text(f"# a launch with many inputs\n{commented}")
    names.append("commented.yaml")
    typed = {"flowId": UUID, "inputData": dict(MISTAKES["typed"](i) for i in range(members))}
    (directory / "typed.http").write_text(f"POST {URL}\nContent-Type: application/json\n\n{json.dumps(typed, indent=2)}\n")
    return [*names, "typed.http"]


def cpu_of(checkout: Path, directory: Path, name: str, timeout: float) -> float | None:
    """The CPU seconds of one `--diff --unsafe-fixes` run of a checkout's code on one file; None past the timeout."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        subprocess.run([sys.executable, "-m", "validator", "check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", name],
                       cwd=directory, env=env, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _shown(seconds: float | None) -> str:
    return "timeout" if seconds is None else f"{seconds:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, nargs="+", default=[1000, 2000, 4000], help="members per body [1000 2000 4000]")
    parser.add_argument("--against", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument("--runs", type=int, default=1, help="runs per file and checkout (medians) [1]")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is stopped [120]")
    arguments = parser.parse_args()
    checkouts = [ROOT] + ([arguments.against.resolve()] if arguments.against else [])
    print(f"load average {os.getloadavg()[0]:.1f}; CPU seconds of --diff --unsafe-fixes, one body")
    results: dict[tuple[Path, str, int], float | None] = {}
    stopped: set[tuple[Path, str]] = set()
    with tempfile.TemporaryDirectory() as temporary:
        for members in arguments.members:
            directory = Path(temporary) / str(members)
            names = write_bodies(directory, members)
            for name in names:
                for checkout in checkouts:
                    if (checkout, name) in stopped:
                        results[(checkout, name, members)] = None  # it timed out at a smaller size: not run again
                times: dict[Path, list[float | None]] = {checkout: [] for checkout in checkouts}
                for _ in range(arguments.runs):
                    for checkout in checkouts:
                        if (checkout, name, members) not in results:
                            times[checkout].append(cpu_of(checkout, directory, name, arguments.timeout))
                for checkout, measured in times.items():
                    if measured:
                        done = [t for t in measured if t is not None]
                        results[(checkout, name, members)] = statistics.median(done) if len(done) == len(measured) else None
                        if len(done) < len(measured):
                            stopped.add((checkout, name))
    names = sorted({name for _, name, _ in results}, key=lambda n: (n.split(".")[1], n))
    for checkout in checkouts:
        label = "this checkout" if checkout == ROOT else str(checkout)
        print(f"\n{label}")
        print("file".ljust(14) + "".join(f"{m:>10,}" for m in arguments.members) + "   growth, size to size")
        for name in names:
            row = [results.get((checkout, name, m)) for m in arguments.members]
            growth = [f"{b / a:.1f}x" for a, b in itertools.pairwise(row) if a and b]
            print(name.ljust(14) + "".join(f"{_shown(t):>10}" for t in row) + "   " + " ".join(growth))


if __name__ == "__main__":
    main()
