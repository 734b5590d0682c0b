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
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_corpus import write_code_tree, write_many_launches
from run import Command, alternate, measure, tool

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

#: A `flowlint` command line run as its console entry point runs it, in a fresh interpreter.
_ENTRY = "import sys; sys.argv = ['flowlint', *sys.argv[1:]]; from validator.cli import run; run()"


def run_imports(args: list[str], runs: int = 5) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """What a run of `flowlint ARGS` imports (`python -X importtime`, each module's own time: its median over `runs`
    runs, heaviest first): before the check command is loaded and while it is (the start-up), and after, while files
    are checked (first-use imports)."""
    bare = subprocess.run([sys.executable, "-X", "importtime", "-c", "pass"], capture_output=True, text=True, check=True)
    interpreter = {line.split("|")[2].strip() for line in bare.stderr.splitlines() if line.count("|") == 2}
    times: dict[str, list[float]] = {}
    first_use_names: set[str] = set()
    for _ in range(max(runs, 1)):
        result = subprocess.run([sys.executable, "-X", "importtime", "-c", _ENTRY, *args], capture_output=True, text=True,
                                check=False)
        after_command = False
        for line in result.stderr.splitlines():
            fields = line.removeprefix("import time:").split("|")
            if len(fields) != 3 or not fields[0].strip().isdigit():
                continue
            name = fields[2].strip()
            if name not in interpreter:
                times.setdefault(name, []).append(int(fields[0]) / 1e6)
                if after_command:
                    first_use_names.add(name)
            if name == "validator.cli.check" and fields[2].startswith(" validator"):  # the command, loaded: the files next
                after_command = True
    medians = {name: statistics.median(seconds) for name, seconds in times.items()}
    startup = [(name, seconds) for name, seconds in medians.items() if name not in first_use_names]
    first_use = [(name, seconds) for name, seconds in medians.items() if name in first_use_names]
    return sorted(startup, key=lambda item: -item[1]), sorted(first_use, key=lambda item: -item[1])


def _heaviest(modules: list[tuple[str, float]], count: int = 6) -> str:
    return f"{sum(seconds for _, seconds in modules) * 1000:.0f} ms (" + ", ".join(
        f"{name} {seconds * 1000:.1f}" for name, seconds in modules[:count]) + ")"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per tool (medians are reported)")
    parser.add_argument("--keep", action="store_true", help="keep the generated tree")
    parser.add_argument("--memory-files", type=int, default=100_000, help="a bigger tree for peak memory (0: skip)")
    parser.add_argument("--against", metavar="CHECKOUT", help="another flowlint's source directory (a checkout of an "
                        "older commit): its code-tree and many-launch runs alternated with this one's, side by side")
    args = parser.parse_args()
    flowlint = tool("flowlint")
    # An installed flowlint runs from compiled bytecode (pip compiles it): measure that, not a compile of every
    # module on every run, as PYTHONDONTWRITEBYTECODE would make an editable install do. The sanity run writes it.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.against:  # both flowlints found through PYTHONPATH, so that neither pays for a longer module search
        os.environ["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    semgrep = shutil.which("semgrep") or str(Path(sys.executable).with_name("semgrep"))
    work = Path(tempfile.mkdtemp(prefix="flowlint-sources-"))
    try:
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load average "
              f"{os.getloadavg()[0]:.1f}; command: python benchmarks/sources.py --runs {args.runs}", flush=True)
        tree = work / "repo"
        launches = write_code_tree(tree, args.files)
        small = work / "small"
        write_code_tree(small, args.files // 5)
        # What the tree's time is made of: the start-up (one file), the files that launch nothing, the launch files.
        quiet = work / "quiet"
        write_code_tree(quiet, args.files, launch_share=0.0)
        one = work / "one"
        write_code_tree(one, 1, launch_share=0.0)
        rule = work / "rule.yml"
        rule.write_text(SEMGREP_RULE)
        check = [flowlint, "check", "--no-cache", "--quiet", "--format", "json", str(tree)]
        warm_check = [flowlint, "check", "--quiet", "--format", "json", str(tree)]
        # Sanity: flowlint finds every launch (and nothing else).
        found = json.loads(subprocess.run(check, capture_output=True, text=True, check=False).stdout)["diagnostics"]
        assert {d["file"] for d in found} == {str(p) for p in launches}, "flowlint missed or invented a launch"
        subprocess.run(warm_check, capture_output=True, check=False, cwd=work)  # writes the cache the warm runs read
        commands: dict[str, Command] = {"flowlint": check, "read every file": [sys.executable, "-c", READ_FLOOR, str(tree)],
                                        "flowlint, warm cache": warm_check,
                                        "flowlint, no launch": [*check[:-1], str(quiet)],
                                        "read every file, no launch": [sys.executable, "-c", READ_FLOOR, str(quiet)],
                                        "flowlint, one file": [*check[:-1], str(one)]}
        if args.against:
            subprocess.run(check, capture_output=True, check=False, env=dict(os.environ, PYTHONPATH=args.against))
            commands["flowlint (against)"] = (check, args.against)
        if Path(semgrep).exists():
            os.environ.update(SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off")
            commands["semgrep"] = [semgrep, "scan", "--config", str(rule), "--metrics=off", "--quiet", "--json",
                                   "--disable-version-check", str(tree)]
        results = alternate(commands, args.runs, cwd=work, pause=0.5)

        def med(name: str, index: int) -> float:
            return statistics.median(r[index] for r in results[name])

        fl, floor = med("flowlint", 0), med("read every file", 0)
        fl_cpu, floor_cpu = med("flowlint", 3), med("read every file", 3)
        rss = max(r[1] for r in results["flowlint"])
        small_rss = measure([flowlint, "check", "--no-cache", "--quiet", str(small)])[1]
        print(f"\n{args.files:,} files, {len(launches)} launch sites; medians of {args.runs} runs (wall / CPU)")
        print("| measurement | figures | ratio (target) |\n|---|---|---|")
        print(f"| flowlint vs reading every file | {fl:.2f}s / {fl_cpu:.2f}s CPU vs {floor:.2f}s / {floor_cpu:.2f}s CPU | "
              f"{fl / floor:.2f}x wall, {fl_cpu / floor_cpu:.2f}x CPU (<= 1.5x) |")
        if "semgrep" in results:
            sg, sg_cpu = med("semgrep", 0), med("semgrep", 3)
            print(f"| flowlint vs semgrep, equivalent rule | {fl:.2f}s / {fl_cpu:.2f}s CPU vs {sg:.2f}s / {sg_cpu:.2f}s CPU | "
                  f"{fl / sg:.2f}x wall, {fl_cpu / sg_cpu:.2f}x CPU (<= 0.04x) |")
        else:
            print("| flowlint vs semgrep | semgrep is not installed | - |")
        start_cpu, quiet_cpu, quiet_floor = med("flowlint, one file", 3), med("flowlint, no launch", 3), \
            med("read every file, no launch", 3)
        print(f"| where flowlint's CPU goes | start-up (one file) {start_cpu:.2f}s; {args.files:,} files launching nothing "
              f"{quiet_cpu - start_cpu:.2f}s ({(quiet_cpu - start_cpu) / args.files * 1e6:.0f} us a file; reading them: "
              f"{quiet_floor:.2f}s in all); the {len(launches)} launch files {fl_cpu - quiet_cpu:.2f}s "
              f"({(fl_cpu - quiet_cpu) / max(len(launches), 1) * 1e3:.1f} ms a file, first-use imports included) | |")
        startup, first_use = run_imports(["check", "--no-cache", "--quiet", "--format", "json", str(launches[0])], args.runs)
        print(f"| what a check of one launch file imports (`-X importtime`, each module's own time, the median of {args.runs} "
              f"runs) | start-up "
              f"{_heaviest(startup)}; with the first launch file {_heaviest(first_use)} | |")
        warm, warm_cpu = med("flowlint, warm cache", 0), med("flowlint, warm cache", 3)
        print(f"| flowlint with a warm cache vs reading every file | {warm:.2f}s / {warm_cpu:.2f}s CPU vs {floor:.2f}s / "
              f"{floor_cpu:.2f}s CPU | {warm / floor:.2f}x wall, {warm_cpu / floor_cpu:.2f}x CPU |")
        print(f"| peak memory, {args.files // 5:,} vs {args.files:,} files | {small_rss} MiB vs {rss} MiB | flat |")
        if args.against:
            old, old_cpu = med("flowlint (against)", 0), med("flowlint (against)", 3)
            print(f"| code tree, this flowlint vs {args.against} | {fl:.2f}s / {fl_cpu:.2f}s CPU vs {old:.2f}s / "
                  f"{old_cpu:.2f}s CPU | {fl / old:.2f}x wall, {fl_cpu / old_cpu:.2f}x CPU |")
        # One file with many launches: its fixes rendered and proven (--format json) should cost about linearly.
        many = {count: work / f"many{count}.js" for count in (100, 400)}
        many_py = {count: work / f"many{count}.py" for count in (100, 400)}  # bound bodies, quoted keys (round 11)
        many_yml = {count: work / f"many{count}.yml" for count in (100, 400)}  # an Artillery script's steps
        for count, path in [*many.items(), *many_py.items(), *many_yml.items()]:
            write_many_launches(path, count)
        one_file_commands: dict[str, Command] = {
            f"{count} launches": [flowlint, "check", "--no-cache", "--format", "json", str(path)] for count, path in many.items()}
        one_file_commands["400 launches, --diff"] = [flowlint, "check", "--no-cache", "--diff", "--unsafe-fixes", str(many[400])]
        one_file_commands.update({f"{count} Python launches": [flowlint, "check", "--no-cache", "--format", "json", str(path)]
                                  for count, path in many_py.items()})
        one_file_commands.update({f"{count} Artillery launches": [flowlint, "check", "--no-cache", "--format", "json",
                                                                  str(path)] for count, path in many_yml.items()})
        if args.against:
            one_file_commands.update({f"{name} (against)": (command, args.against)
                                      for name, command in list(one_file_commands.items()) if isinstance(command, list)})
        one_file = alternate(one_file_commands, args.runs, cwd=work, pause=0.5)

        def cpu(name: str) -> float:
            return statistics.median(r[3] for r in one_file[name])

        few, lots = cpu("100 launches"), cpu("400 launches")
        print(f"| one JS file, 100 vs 400 fixable launches (--format json) | {few:.2f}s vs {lots:.2f}s CPU | "
              f"x{lots / few:.1f} for x4 launches (linear: about x4 less the start-up) |")
        print(f"| one JS file, 400 fixable launches, --diff --unsafe-fixes | {cpu('400 launches, --diff'):.2f}s CPU | |")
        few, lots = cpu("100 Python launches"), cpu("400 Python launches")
        print(f"| one Python file, 100 vs 400 fixable launches, bodies bound to a name (--format json) | {few:.2f}s vs "
              f"{lots:.2f}s CPU | x{lots / few:.1f} for x4 launches |")
        few, lots = cpu("100 Artillery launches"), cpu("400 Artillery launches")
        print(f"| one Artillery script, 100 vs 400 fixable steps (--format json) | {few:.2f}s vs {lots:.2f}s CPU | "
              f"x{lots / few:.1f} for x4 launches |")
        if args.against:
            for name in ("100 launches", "400 launches", "400 launches, --diff", "100 Python launches", "400 Python launches",
                         "100 Artillery launches", "400 Artillery launches"):
                kind = "Python" if "Python" in name else "Artillery" if "Artillery" in name else "JS"
                print(f"| one {kind} file, {name.replace(' Python', '').replace(' Artillery', '')}, this flowlint vs "
                      f"{args.against} | {cpu(name):.2f}s vs "
                      f"{cpu(name + ' (against)'):.2f}s CPU | {cpu(name) / cpu(name + ' (against)'):.2f}x CPU |")
        if args.memory_files:
            huge = work / "huge"
            write_code_tree(huge, args.memory_files)
            huge_rss = measure([flowlint, "check", "--no-cache", "--quiet", str(huge)])[1]
            print(f"| peak memory, {args.files:,} vs {args.memory_files:,} files | {rss} MiB vs {huge_rss} MiB | flat |")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
