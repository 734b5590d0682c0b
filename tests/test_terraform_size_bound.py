"""A Terraform file is parsed only up to a size whose syntax tree fits in memory: tree-sitter's HCL tree costs ~180
bytes a byte of a long string (a 1.1 MB .tf took 214 MB, 5 MB 900 MB; at max-file-size's 32 MiB, ~6 GB). A larger one
is said, not parsed (nor one whose parse runs out of memory). Counted by what is parsed, never timed or measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources import code, terraform

from conftest import flowlint

MENTION = 'resource "x" "a" {\n  u = "/api/v2/flows/executions"\n  s = "'


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    real = code.budgeted_parse

    def counted(parser: object, data: bytes, *args: object, **kwargs: object) -> object:
        sizes.append(len(data))
        return real(parser, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(code, "budgeted_parse", counted)
    return sizes


def test_a_terraform_file_past_the_size_bound_is_said_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = _parses(monkeypatch)
    small, large = tmp_path / "small.tf", tmp_path / "large.tf"
    small.write_text(MENTION + "a" * 1000 + '"\n}\n')
    large.write_text(MENTION + "a" * (1 << 20) + '"\n}\n')
    output = flowlint("check", "--no-cache", str(small)).output
    assert sizes and "bytes, and flowlint parses Terraform" not in output  # (the small one is parsed)
    sizes.clear()
    output = flowlint("check", "--no-cache", str(large)).output
    assert "FL011" in output and "and flowlint parses Terraform up to 1,048,576 bytes" in output, output
    assert sizes == []


def test_a_parse_that_runs_out_of_memory_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: object, **kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(code, "budgeted_parse", exhausted)
    text = MENTION + 'b"\n}\n'
    assert terraform.extract(text, "oom.tf") == []
    assert terraform.syntax_error(text, "oom.tf") == "its Terraform parse ran out of memory, so none of it was read"
