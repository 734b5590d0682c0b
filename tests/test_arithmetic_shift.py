"""An arithmetic command's shift (`(( M = N << 1 ))`, `for ((i = 1; i << 2; ))`) opens no here-document: the script's
next lines are commands, and a launch on them is read (it was taken for the document's text, the launch unread)."""

from __future__ import annotations

import pytest

from validator.core.unknown import Unknown
from validator.sources import curl, github_actions

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"x\", \"inputData\": 5}}'\n"


@pytest.mark.parametrize("arithmetic", ["(( M = N << 1 ))", "if (( N << 1 > 2 )); then echo big; fi",
                                        "for (( i = 0; i < N << 1; i++ )); do echo $i; done", "((M<<=1))"])
def test_a_shift_in_an_arithmetic_command_opens_no_here_document(arithmetic: str) -> None:
    (request,) = curl.extract(f"N=2\n{arithmetic}\n{LAUNCH}")
    assert isinstance(request.body, dict) and request.body["inputData"] == 5


def test_a_here_document_after_an_arithmetic_command_is_still_one() -> None:
    script = f"(( N = 1 << 2 ))\ncurl -X POST {URL} -d @- <<'EOF'\n{{\"flowId\": \"x\"}}\nEOF\n"
    (request,) = curl.extract(script)
    assert request.body == {"flowId": "x"}


def test_a_workflow_step_with_an_expression_after_a_shift() -> None:
    """The expression stands bare in the single-quoted body: an unknown value there, not text breaking the JSON."""
    workflow = ("on: push\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                "          (( M = N << 1 ))\n"
                f"          curl -X POST {URL} -d '{{\"flowId\": \"x\", \"inputData\": ${{{{ vars.INPUT }}}}}}'\n")
    (request,) = github_actions.extract(workflow)
    assert not request.findings, request.findings
    assert isinstance(request.body, dict) and isinstance(request.body["inputData"], Unknown)


def test_unclosed_arithmetic_commands_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many `((` at commands' starts that never close: each character is looked at for a closing `))` once, not once
    per `((` before it (counted, not timed)."""
    calls: list[int] = []
    original = curl.arithmetic_command_end

    def counted(text: str, i: int) -> tuple[int | None, int]:
        end, stop = original(text, i)
        calls.append(stop - i)
        return end, stop

    monkeypatch.setattr(curl, "arithmetic_command_end", counted)
    script = "(( a ; " * 2000 + "\n" + LAUNCH
    (request,) = curl.extract(script)
    workflow = ("on: push\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          "
                + script.replace("\n", "\n          ").replace("'{", "'{\"n\": ${{ vars.N }}, ", 1) + "\n")
    (flow_request,) = github_actions.extract(workflow)
    assert isinstance(request.body, dict) and isinstance(flow_request.body, dict)  # reached: both read
    assert calls and sum(calls) <= 3 * len(workflow)
