"""The FL200 said of a launch whose inputs flowlint could not all read is told from the flow's plain FL200 by a field
(Finding.partly_unread, carried to its Diagnostic and through the result cache), and the said-once keys are made from
it: the partly-unread note covers the plain one. Until now its subject ended in `(inputs partly unread)`, which the keys
cut off again (string surgery on the subject). The words users read are unchanged (the expected outputs, and
tests/test_no_contract_partly_unread.py)."""

from __future__ import annotations

from pathlib import Path

from validator.checker.keys import once_key, once_keys
from validator.contracts.resolution import NOT_CHECKED, NOT_CHECKED_PARTLY, Resolved, no_contract
from validator.core.codes import NO_CONTRACT
from validator.core.diagnostics import Diagnostic, Severity
from validator.core.unknown import Unknown
from validator.run import cache

from conftest import check_file

FLOW = "11111111-2222-4333-8444-555555555555"


def test_the_partly_unread_note_is_a_field_its_keys_are_made_of() -> None:
    resolved = Resolved(None, FLOW)
    plain = no_contract(resolved, {"flowId": FLOW, "inputData": {"Flow.x": 1}})
    partly = no_contract(resolved, {"flowId": FLOW, "inputData": Unknown("inputs")})
    assert plain.message.endswith(NOT_CHECKED) and partly.message.endswith(NOT_CHECKED_PARTLY)  # reached: the two notes
    assert (plain.partly_unread, partly.partly_unread) == (False, True) and partly.subject == plain.subject == FLOW
    assert once_key(partly) != once_key(plain)  # each said once per flow
    assert once_keys(partly) == (once_key(partly), once_key(plain)) and once_keys(plain) == (once_key(plain),)


def test_the_field_comes_back_from_the_cache() -> None:
    said = [Diagnostic(NO_CONTRACT, "no-contract", Severity.INFO, "m", "h", "/flowId", "a.js", None, None, FLOW, True),
            Diagnostic(NO_CONTRACT, "no-contract", Severity.INFO, "m", "h", "/flowId", "a.js", None, None, FLOW)]
    found, _, _, _ = cache.decode(cache.encode(said, {}, ()), "a.js")
    assert [(d.subject, d.partly_unread) for d in found] == [(FLOW, True), (FLOW, False)]
    assert [once_key(d) for d in found] == [once_key(d) for d in said]


def test_one_body_sent_whole_and_spread_gives_both_notes_at_its_flow_id(tmp_path: Path) -> None:
    # The two notes are at one place (the body's flowId): told apart by the field, as they were by their subjects.
    launch = ('  await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {\n    method: "POST",\n'
              '    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },\n'
              "    body: JSON.stringify(@BODY@),\n  });\n")
    text = (f'export async function launch(token, extra) {{\n  const body = {{ flowId: "{FLOW}", inputData: {{ "Flow.x": 1 }} }};\n'
            + launch.replace("@BODY@", "body") + launch.replace("@BODY@", "{ ...body, ...extra }") + "}\n")
    notes = [d for d in check_file(tmp_path, "launch.js", text) if d["code"] == NO_CONTRACT]
    assert [(d["line"], d["message"].endswith(NOT_CHECKED_PARTLY)) for d in notes] == [(2, False), (2, True)], notes


def test_the_partly_unread_key_is_no_subject_another_flow_may_have() -> None:
    # the flag was a suffix of the subject in the key: a flow ID written `F (inputs partly unread)` had the key of F's
    # partly-unread note, and whichever was said first silenced the other
    partly = Diagnostic(NO_CONTRACT, "no-contract", Severity.INFO, "m", "h", "/flowId", "a.js", None, None, "F", True)
    written = Diagnostic(NO_CONTRACT, "no-contract", Severity.INFO, "m", "h", "/flowId", "a.js", None, None,
                         "F (inputs partly unread)")
    assert partly.partly_unread and not written.partly_unread  # reached: the two notes
    assert once_key(partly) != once_key(written)
    assert not set(once_keys(partly)) & set(once_keys(written))
