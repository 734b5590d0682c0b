"""One root cause, one finding: a flowId buried in a wrapper is the wrapper's finding (issue #9 follow-up)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

import validator
from validator.checker.merge import merge
from validator.core.codes import MISSING_FLOW_ID, UNKNOWN_MEMBER, WRONG_ENVELOPE
from validator.core.diagnostics import Finding, InsertMember, RemoveMember, Target
from validator.rules.fixes import fix, remove

from conftest import ROOT, UUID, check_text, codes, diagnostics, flowlint

ID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def _merged(envelope: list[Finding]) -> list[Finding]:
    return merge([], envelope, [], value={}, plain_scalars={}, declared=lambda path: None)


def test_a_flowid_buried_in_a_wrapper_is_the_wrappers_finding() -> None:
    body = {"type": "flow", "configuration": {"flowId": ID, "parameters": {"contactId": "c-81f2"}}}
    found = check_text(json.dumps(body))
    assert codes(found) == ["FL101", "FL101"]
    wrapper = found[1]
    assert wrapper["pointer"] == "/configuration"
    assert "move `configuration.flowId` to the top level as `flowId`" in wrapper["help"]


def test_the_seed_fixtures_give_one_finding_per_root_cause() -> None:
    for name in ("seed-type-configuration.json", "seed-fetch.js"):
        found = diagnostics(str(ROOT / "fixtures" / "invalid" / name))
        assert "FL103" not in codes(found), (name, found)
        assert codes(found).count("FL101") == 2, (name, found)


def test_a_buried_flowid_outside_any_wrapper_stays_fl103() -> None:
    found = check_text(json.dumps({"inputData": {"flowId": ID}}))
    assert codes(found) == ["FL103"]
    # the help shows what the fix makes of the body, not a fully repaired one
    assert found[0]["fix"]["message"].endswith(json.dumps({"flowId": ID}))
    assert codes(check_text(json.dumps({"inputData": {"Flow.x": 1}}))) == ["FL103"]


def test_flow_id_object_is_one_fl103_not_also_an_unknown_member() -> None:
    found = check_text(json.dumps({"flow": {"id": ID}}))
    assert codes(found) == ["FL103"]
    fixed = validator.fix(json.dumps({"flow": {"id": ID}}), unsafe=True)
    assert json.loads(fixed.body) == {"flowId": ID}
    # `flow` keeps something once its id moves up: it is still its own finding
    assert codes(check_text(json.dumps({"flow": {"id": ID, "v": 2}}))) == ["FL103", "FL102"]


def test_a_wrapper_with_a_flow_id_object_names_the_move_in_its_fix() -> None:
    found = check_text(json.dumps({"data": {"flow": {"id": ID}}}))
    assert codes(found) == ["FL101"]
    assert found[0]["fix"]["message"].startswith("move `data.flow.id` to the top level as `flowId`")


def test_the_wrapper_takes_the_flowid_move_when_it_had_no_fix_of_its_own() -> None:
    buried = Finding(MISSING_FLOW_ID, (), "the body has no top-level `flowId`",
                     fix=fix(f'move `configuration.flowId` to the top level as `flowId`: {{"flowId": "{ID}"}}',
                             [RemoveMember(("configuration", "flowId")), InsertMember((), "flowId", ID)]))
    help_text = ("move `configuration.flowId` to the top level as `flowId`; the inputs go in `inputData`, keyed "
                 "`Flow.<variable>`: `configuration.x` (the flow declares no such input)")
    wrapper = Finding(WRONG_ENVELOPE, ("configuration",), "`configuration` is not part", help_text, Target.KEY)
    (only,) = _merged([buried, wrapper])
    assert only.code == WRONG_ENVELOPE and only.fix is not None
    assert only.fix.operations == buried.fix.operations  # type: ignore[union-attr]
    assert only.fix.message.startswith("move `configuration.flowId` to the top level as `flowId` (the fix does only this)")
    assert "`configuration.x` (the flow declares no such input)" in only.fix.message


def test_a_wrapper_whose_fix_does_not_place_the_flowid_leaves_fl103_standing() -> None:
    buried = Finding(MISSING_FLOW_ID, (), "no flowId", fix=fix("move", [RemoveMember(("data", "flowId")),
                                                                         InsertMember((), "flowId", ID)]))
    other = Finding(WRONG_ENVELOPE, ("config",), "not part", target=Target.KEY, fix=remove(("config",)))
    assert [f.code for f in _merged([buried, other])] == [MISSING_FLOW_ID, WRONG_ENVELOPE]
    unrelated = Finding(UNKNOWN_MEMBER, ("flow",), "not a member", target=Target.KEY)
    assert [f.code for f in _merged([buried, unrelated])] == [MISSING_FLOW_ID, UNKNOWN_MEMBER]


def test_no_flowid_anywhere_is_still_fl103() -> None:
    assert codes(check_text(json.dumps({"configuration": {"parameters": {"x": 1}}}))) == ["FL103", "FL101"]
    assert UUID  # the repo's contract flow, used elsewhere


def test_undeclared_inputs_keep_the_flowid_move_through_fl101(tmp_path: Path) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"Flow.a": {"type": "string"}}}))
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"configuration": {"flowId": ID, "parameters": {"zzz": 1}}}, indent=2))
    found = diagnostics("--flow-schema", str(schema), str(body))
    assert codes(found) == ["FL101"]
    # The move is a fix that says it does only part (`zzz` is no declared input: the author decides the rest), shown
    # with its edits as any proven fix is, and applied: the FL101 stays, saying what is left, and the FL103 is gone.
    assert found[0]["fix"]["message"].startswith("move `configuration.flowId` to the top level as `flowId` "
                                                 "(the fix does only this); then ")
    assert found[0]["fix"]["edits"] and found[0]["help"] == found[0]["fix"]["message"]
    fixed = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "--flow-schema", str(schema), str(body))
    assert "fixed 1 finding; the findings above remain" in fixed.stdout and "not applied" not in fixed.output
    assert json.loads(body.read_text()) == {"configuration": {"parameters": {"zzz": 1}}, "flowId": ID}
    after = diagnostics("--flow-schema", str(schema), str(body))
    assert codes(after) == ["FL101"] and after[0]["fix"] is None and "`configuration.parameters.zzz`" in after[0]["help"]
    assert "flowId" not in after[0]["help"] and "flowId" not in after[0]["message"]


# --- work past the per-file cap is only counted ------------------------------------------------------------------------

def test_keys_past_the_cap_are_counted_exactly_but_not_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.rules import envelope

    calls = []
    real_input_name = envelope._Explainer.input_name

    def counting(self: envelope._Explainer, key: str) -> str | None:
        calls.append(key)
        return real_input_name(self, key)

    monkeypatch.setattr(envelope._Explainer, "input_name", counting)
    body = {"flowId": UUID, **{f"someUnknownKey{i:05d}": i for i in range(500)}, "data": {"x": 1}}
    found = check_text(json.dumps(body))
    assert codes(found).count("FL102") == 20
    note = next(d for d in found if d["code"] == "FL008")
    assert note["message"].startswith("480 more FL102")  # the count of the rest stays exact
    assert all(d["help"].startswith("the members are") for d in found if d["code"] == "FL102")  # each shown one explained
    assert len(calls) <= 30  # the suggestions were worked out for the shown ones only, not for 500 keys
    assert "FL101" in codes(found)  # a wrapper after the cap is still its own rule, explained


def test_a_misspelt_flowid_past_the_cap_still_explains_the_missing_one() -> None:
    body = {**{f"someUnknownKey{i:05d}": i for i in range(100)}, "flow_id": ID}
    found = check_text(json.dumps(body))
    assert "FL103" not in codes(found)
    assert next(d for d in found if d["code"] == "FL008")["message"].startswith("81 more FL102")


def test_the_offline_prefix_guess_is_not_worked_out_where_the_contracts_findings_replace_it() -> None:
    from validator.checker.merge import prefix_guesses_replaced
    from validator.core.codes import MISSING_FLOW_PREFIX
    from validator.rules.envelope import check_envelope

    body = {"flowId": ID, "inputData": {"name": "Ana", "count": 3}}
    guessed = check_envelope(body)
    assert [(f.code, f.path) for f in guessed] == [(MISSING_FLOW_PREFIX, ("inputData", "name")),
                                                    (MISSING_FLOW_PREFIX, ("inputData", "count"))]
    contracts = [Finding(MISSING_FLOW_PREFIX, ("inputData", "name"), "the flow declares `Flow.name`", target=Target.KEY)]
    replaced = prefix_guesses_replaced(contracts)
    assert [f.path for f in check_envelope(body, replaced=replaced)] == [("inputData", "count")]
    # what the merge makes of either is the same: the contract's finding where it has one, the guess elsewhere
    assert merge([], guessed, contracts, value=body, plain_scalars={}, declared=lambda path: None) == \
        merge([], check_envelope(body, replaced=replaced), contracts, value=body, plain_scalars={}, declared=lambda path: None)


def test_a_pending_fix_is_the_fix_replaced_with_pending_partial_or_not() -> None:
    import dataclasses

    from validator.core.diagnostics import Applicability, Fix

    for partial in (False, True):  # a partial fix is proven as any other (what it does, no new error): offered too
        made = Fix(Applicability.UNSAFE, "rename it", (RemoveMember(("a",)),), None, False, partial)
        pending = made.as_pending()
        assert pending == dataclasses.replace(made, pending=True)
        assert (pending.pending, pending.partial, pending.operations) == (True, partial, made.operations)


def test_a_missing_flowid_is_not_explained_when_a_member_is_taken_for_a_misspelt_one() -> None:
    from validator.rules.envelope import check_envelope

    misspelt = check_envelope({"flow_id": ID, "inputData": {}})
    assert codes_of(misspelt) == [UNKNOWN_MEMBER] and misspelt[0].subject == "flowId"  # the merge would drop an FL103
    assert codes_of(check_envelope({"flow": "x", "inputData": {}})) == [MISSING_FLOW_ID, UNKNOWN_MEMBER]  # no flowId meant
    assert codes_of(check_envelope({"inputData": {}})) == [MISSING_FLOW_ID]
    assert [f.code for f in check_text_findings({"flow_id": ID, "inputData": {}})] == ["FL102"]


def codes_of(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def check_text_findings(body: Mapping[str, object]) -> list[Finding]:
    from validator.checker.engine import CheckOptions, check_findings
    from validator.sources.document import load_text

    return check_findings(load_text(json.dumps(body), "b.json", kind="json"), CheckOptions())


def test_a_flowid_a_wrappers_fix_moves_itself_is_not_explained_again() -> None:
    from validator.rules.envelope import check_envelope

    wrapped = {"type": "flow", "configuration": {"flowId": ID, "parameters": {"contactId": "c-81f2"}}}
    assert codes_of(check_envelope(wrapped)) == [WRONG_ENVELOPE, WRONG_ENVELOPE]  # the unwrap writes the flowId
    assert codes_of(check_text_findings(wrapped)) == [WRONG_ENVELOPE, WRONG_ENVELOPE]
    # an inputData key taken for the flowId: an FL103 takes that guess with it, so it is made (and the merge drops both)
    guessed = {**wrapped, "inputData": {"flow_id": ID}}
    assert MISSING_FLOW_ID in codes_of(check_envelope(guessed))
    assert MISSING_FLOW_ID not in codes_of(check_text_findings(guessed))


@pytest.mark.parametrize("kind", ["json", "yaml", "js"])
def test_the_flowid_move_that_does_only_part_is_offered_and_applied_alike_in_every_kind(kind: str, tmp_path: Path) -> None:
    # Before, a text report of a JSON body showed it as help, a YAML body's as `not applied`, and a JS body's as a fix.
    schema = tmp_path / "inputs.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"Flow.a": {"type": "string"}}}))
    texts = {"json": json.dumps({"configuration": {"flowId": ID, "parameters": {"zzz": 1}}}, indent=2),
             "yaml": f"configuration:\n  flowId: {ID}\n  parameters:\n    zzz: 1\n",
             "js": f'await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {{method: "POST", headers: '
                   f'{{Authorization: "Bearer " + token, "Content-Type": "application/json"}}, '
                   f'body: JSON.stringify({{configuration: {{flowId: "{ID}", parameters: {{zzz: 1}}}}}})}});\n'}
    body = tmp_path / f"b.{kind}"
    body.write_text(texts[kind])
    text = flowlint("check", "--no-cache", "--no-color", "--flow-schema", str(schema), str(body)).stdout
    assert "  fix (unsafe): move `configuration.flowId` to the top level as `flowId` (the fix does only this)" in text
    assert "1 fixable with `flowlint check --fix --unsafe-fixes`" in text
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", "--flow-schema", str(schema), str(body))
    assert "fixed 1 finding; the findings above remain" in fixed.stdout and "not applied" not in fixed.output
    after = diagnostics("--no-cache", "--flow-schema", str(schema), str(body))
    assert codes(after) == ["FL101"] and after[0]["fix"] is None and "`configuration.parameters.zzz`" in after[0]["help"]
    assert body.read_text().count(ID) == 1 and body.read_text() != texts[kind]
