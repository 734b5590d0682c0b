"""An unknown input's help (remove it, or declare it: the flow's declared names listed, how to refresh the contract)
is the same for every unknown key of a body: it is written once a check, not once a key (a body of 100,000 unknown
keys held 100,000 copies of it, ~300 bytes a key, and wrote the listing's names 100,000 times)."""

from __future__ import annotations

from validator.contracts.store import Contract
from validator.core.codes import UNKNOWN_INPUT
from validator.rules.inputs import check_inputs


def test_every_unknown_input_of_a_body_shares_one_help() -> None:
    contract = Contract({"type": "object", "additionalProperties": False,
                         "properties": {f"Flow.declared{i}": {"type": "string"} for i in range(10)}}, "test")
    body = {"flowId": "x", "inputData": {f"Flow.zz{i}qq": i for i in range(40)}}
    unknown = [finding for finding in check_inputs(body, contract) if finding.code == UNKNOWN_INPUT]
    assert len(unknown) == 40 and "it declares `Flow.declared0`" in unknown[0].help  # reached: each key said, listed
    assert len({id(finding.help) for finding in unknown}) == 1
