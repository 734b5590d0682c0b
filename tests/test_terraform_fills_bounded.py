"""Many `genesyscloud_flow` resources sharing one Architect YAML, each with different literal `substitutions`: each
filling parses the whole YAML, so the fillings read per YAML are capped (launches.MAX_FILLS_PER_FLOW) and the work
grows with the input, never with resources x inputs. A launch beyond the cap is checked against the unfilled YAML
(its placeholders unknown: no finding rests on them) and says so (FL200). Work is counted, never timed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from validator.checker.launches import MAX_FILLS_PER_FLOW
from validator.contracts import architect

from conftest import diagnostics

_VARIABLE = "    - stringVariable:\n        name: Flow.v{i}\n        isInput: true\n"


def _module(root: Path, resources: int, inputs: int, wrong: int | None = None) -> Path:
    """`resources` flow resources on one YAML of `inputs` inputs, each naming its placeholder input differently, each
    launched with it (launch `wrong`, if given, with an input its filling does not declare)."""
    (root / "flows").mkdir(parents=True)
    (root / "flows" / "cb.yaml").write_text(
        "workflow:\n  name: cb\n  variables:\n    - stringVariable:\n        name: \"{{input_name}}\"\n"
        "        isInput: true\n" + "".join(_VARIABLE.format(i=i) for i in range(inputs)))
    blocks = []
    for r in range(resources):
        sent = f"Flow.other{r}" if r == wrong else f"Flow.in{r}"
        blocks.append(f'''resource "genesyscloud_flow" "f{r}" {{
  filepath = "${{path.module}}/flows/cb.yaml"
  substitutions = {{ input_name = "Flow.in{r}" }}
}}
resource "genesyscloud_integration_action" "a{r}" {{
  name = "L{r}"
  category = "c"
  integration_id = "0b9d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type = "POST"
    request_template = jsonencode({{ flowId = genesyscloud_flow.f{r}.id, inputData = {{ "{sent}" = "x" }} }})
  }}
}}
''')
    (root / "main.tf").write_text("".join(blocks))
    return root


def _bytes_parsed(monkeypatch: pytest.MonkeyPatch, root: Path) -> int:
    # The files written an hour ago, as a checkout's are: a reading of a file modified within RACY_SECONDS is never
    # reused (core/filestamp.py), so how often a fresh YAML is read again would depend on how fast the run goes.
    for path in root.rglob("*"):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    parsed = [0]
    read_flow = architect.read_flow

    def counting(text: str, source: str) -> object:
        parsed[0] += len(text)
        return read_flow(text, source)

    monkeypatch.setattr(architect, "read_flow", counting)
    diagnostics("--no-cache", "-j", "1", str(root))
    monkeypatch.setattr(architect, "read_flow", read_flow)
    return parsed[0]


def test_the_yaml_parsed_grows_with_the_input_not_resources_times_inputs(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    small = _bytes_parsed(monkeypatch, _module(tmp_path / "small", 20, 10))  # (more resources than the cap, 16)
    large = _bytes_parsed(monkeypatch, _module(tmp_path / "large", 80, 40))  # 4x the resources and the inputs
    assert small > 0
    assert large <= 5 * small  # (3.6x; 14.5x before: every filling parsed the whole YAML)


def test_a_filling_within_the_cap_is_checked_and_one_beyond_it_is_said_unknown(tmp_path: Path) -> None:
    within = diagnostics("--no-cache", "-j", "1", str(_module(tmp_path / "within", MAX_FILLS_PER_FLOW + 4, 3, wrong=2)))
    assert [d["code"] for d in within if d["code"] == "FL202"] == ["FL202"]  # the filled name is known: a wrong one fails
    notes = [d for d in within if d["code"] == "FL200"]
    assert notes and all("more than" in d["message"] for d in notes)  # (one note a file for one YAML)
    beyond = diagnostics("--no-cache", "-j", "1", str(_module(tmp_path / "beyond", MAX_FILLS_PER_FLOW + 4, 3,
                                                                  wrong=MAX_FILLS_PER_FLOW + 2)))
    assert "FL202" not in [d["code"] for d in beyond]  # its placeholder unknown: any name may be it, no guess
    assert "FL200" in [d["code"] for d in beyond]
