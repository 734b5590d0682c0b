"""Scanning a code repository for launches: flowlint against semgrep with an equivalent rule,
and against only reading every file.

    pip install '.[bench]' && python benchmarks/sources.py

Generates a 10,000-file JavaScript/TypeScript/Python tree (seeded) with 1% launch sites, runs
each tool in turn, and prints medians and ratios. Compare ratios from one run, not absolute
times across runs: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_corpus import write_code_tree
from run import alternate, median, tool

#: What a team would write with semgrep for the same job: launches whose body has a member the endpoint refuses.
SEMGREP_RULE = """
rules:
  - id: flow-launch-js
    languages: [javascript, typescript]
    severity: ERROR
    message: flow launch request with a member the endpoint does not accept
    patterns:
      - pattern-either:
          - pattern: 'fetch($URL, {..., body: JSON.stringify({..., $KEY: $V, ...}), ...})'
          - pattern: '$CLIENT.post($URL, {..., $KEY: $V, ...}, ...)'
      - metavariable-regex: {metavariable: $URL, regex: '.*/api/v2/flows/executions.*'}
      - metavariable-regex: {metavariable: $KEY, regex: '^(?!flowId$|flowVersion$|name$|inputData$).*'}
  - id: flow-launch-py
    languages: [python]
    severity: ERROR
    message: flow launch request with a member the endpoint does not accept
    patterns:
      - pattern: '$CLIENT.post($URL, ..., json={..., $KEY: $V, ...}, ...)'
      - metavariable-regex: {metavariable: $URL, regex: '.*/api/v2/flows/executions.*'}
      - metavariable-regex: {metavariable: $KEY, regex: '^.(?!flowId|flowVersion|name|inputData).*'}
"""
READ_FLOOR = (
    "import os, sys\n"
    "for root, dirs, files in os.walk(sys.argv[1]):\n"
    "    for name in files:\n"
    "        with open(os.path.join(root, name), 'rb') as handle:\n"
    "            handle.read()\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per tool (medians are reported)")
    parser.add_argument("--keep", action="store_true", help="keep the generated tree")
    args = parser.parse_args()
    flowlint = tool("flowlint")
    semgrep = shutil.which("semgrep") or str(Path(sys.executable).with_name("semgrep"))
    work = Path(tempfile.mkdtemp(prefix="flowlint-sources-"))
    try:
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}", flush=True)
        tree = work / "repo"
        launches = write_code_tree(tree, args.files)
        small = work / "small"
        write_code_tree(small, args.files // 5)
        rule = work / "rule.yml"
        rule.write_text(SEMGREP_RULE)
        check = [flowlint, "check", "--quiet", "--format", "json", str(tree)]
        # Sanity: flowlint finds every launch (and nothing else).
        found = json.loads(subprocess.run(check, capture_output=True, text=True, check=False).stdout)["diagnostics"]
        assert {d["file"] for d in found} == {str(p) for p in launches}, "flowlint missed or invented a launch"
        commands = {"flowlint": check, "read every file": [sys.executable, "-c", READ_FLOOR, str(tree)]}
        if Path(semgrep).exists():
            os.environ.update(SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off")
            commands["semgrep"] = [semgrep, "scan", "--config", str(rule), "--metrics=off", "--quiet", "--json",
                                   "--disable-version-check", str(tree)]
        results = alternate(commands, args.runs)
        fl, floor = median(results["flowlint"]), median(results["read every file"])
        rss = max(r[1] for r in results["flowlint"])
        small_rss = max(r[1] for r in alternate({"flowlint": [flowlint, "check", "--quiet", str(small)]}, 1)["flowlint"])
        print(f"\n{args.files:,} files, {len(launches)} launch sites")
        print("| measurement | figures | ratio (target) |\n|---|---|---|")
        print(f"| flowlint vs reading every file | {fl:.2f}s vs {floor:.2f}s | {fl / floor:.2f}x (<= 3x) |")
        if "semgrep" in results:
            sg = median(results["semgrep"])
            print(f"| flowlint vs semgrep, equivalent rule | {fl:.2f}s vs {sg:.2f}s | {fl / sg:.2f}x (<= 0.25x) |")
        else:
            print("| flowlint vs semgrep | semgrep is not installed | - |")
        print(f"| peak memory, {args.files // 5:,} vs {args.files:,} files | {small_rss} MiB vs {rss} MiB | flat |")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
