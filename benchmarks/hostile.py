"""What hostile input costs flowlint: output size, peak memory and time per attack of issue 12.

    python benchmarks/hostile.py [--megabytes 7]

Each attack is a file written to a temporary directory and checked by `flowlint check` in a child
process; peak RSS comes from the child's resource usage. Compare the ratios (output or memory per
byte of input) from one run: absolute times vary on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
ROOT = Path(__file__).resolve().parent.parent


def attacks(megabytes: float) -> dict[str, tuple[str, str]]:
    """name -> (file name, content)."""
    repeats = int(megabytes * 1024 * 1024 / 8)
    contract = {"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": "^(a+)+$"}}}
    return {
        "one key repeated": ("dup.json", '{"flowId": "%s"%s}' % (UUID, ', "a": 1' * repeats)),
        "many unknown members": ("members.json", json.dumps({"flowId": UUID, **{f"k{i}": i for i in range(repeats // 4)}})),
        "catastrophic pattern": ("pattern.json", json.dumps({"flowId": UUID, "inputData": {"Flow.a": "a" * 34 + "!"}})),
        # tests/test_hostile.py checks what these get; their cost is measured here, never in a timed test.
        "JSON 100,000 deep": ("deep.json", "[" * 100_000 + "1" + "]" * 100_000),
        "YAML 100,000 deep": ("deep.yaml", "a: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        "YAML alias bomb": ("bomb.yaml", (ROOT / "fixtures" / "invalid" / "yaml-alias-bomb.yaml").read_text()),
        "_contract": ("contract.json", json.dumps(contract)),
    }


#: Runs the check in its own child, so the peak RSS reported is that check's alone.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "out = subprocess.run(sys.argv[1:], capture_output=True, check=False).stdout\n"
    "print(len(out), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def measure(args: list[str]) -> tuple[int, float, float]:
    """Bytes written to stdout, peak RSS of the check in MiB, seconds."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "validator", "check", "--no-color", *args],
                          capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    written, peak = done.stdout.split()
    return int(written), int(peak) / 1024, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=7.0, help="size of the repeated-key file [7, as in the issue]")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        files = {name: Path(work) / file for name, (file, _) in attacks(options.megabytes).items()}
        for name, (_, content) in attacks(options.megabytes).items():
            files[name].write_text(content)
        contract = files.pop("_contract")
        print(f"{'attack':<24} {'input':>10} {'output':>10} {'format':>7} {'peak RSS':>9} {'seconds':>8}")
        for name, path in files.items():
            size = path.stat().st_size
            for output in ("text", "sarif"):
                extra = ["--flow-schema", str(contract)] if name == "catastrophic pattern" else []
                written, rss, seconds = measure(["--format", output, *extra, str(path)])
                print(f"{name:<24} {size:>10,} {written:>10,} {output:>7} {rss:>8.0f}M {seconds:>8.2f}")


if __name__ == "__main__":
    main()
