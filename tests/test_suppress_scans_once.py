"""A CI file's YAML is scanned once for its suppressions: the scan that tells its comments from its scalars also gives
the block scalars holding its launches (a comment alone before `run: |` covers the launch's body inside). Until now
suppress.py scanned the file a second time for those block scalars."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from test_suppression_multiline_bodies import WORKFLOW, clean

from validator.sources import comments

from conftest import check_text, codes


def test_a_workflows_yaml_is_scanned_once_for_its_comments_and_block_scalars(monkeypatch: pytest.MonkeyPatch) -> None:
    text = clean(WORKFLOW).replace("      - run: |", "      # flowlint: ignore[FL202]\n      - run: |")
    scanned: list[str] = []
    real = yaml.scan

    def scan(stream: Any, *args: Any, **kwargs: Any) -> Any:
        scanned.append(stream)
        return real(stream, *args, **kwargs)

    monkeypatch.setattr(yaml, "scan", scan)
    comments.yaml_scalars.cache_clear()
    assert codes(check_text(clean(WORKFLOW), "launch.yml")) == ["FL202"]  # reached: the finding inside the block scalar
    assert codes(check_text(text, "launch.yml")) == []  # the comment before `run: |` suppresses it
    assert scanned.count(text) == 1, scanned.count(text)
