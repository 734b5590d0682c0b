"""--fix changes only the text its fixes are about (reviewer B item 11): blanks ending a line another member is on stay,
and an unused suppression goes without leaving comment debris."""

from __future__ import annotations

from pathlib import Path

from conftest import codes, diagnostics, flowlint

UUID = "00000000-0000-4000-8000-000000000000"  # a flow no contract describes


def test_the_inputs_move_keeps_the_blanks_ending_the_line_before(tmp_path: Path) -> None:
    body = tmp_path / "t1.json"
    body.write_bytes(f'{{\n\t"flowId": "{UUID}",\t\n\t"inputs": {{"x": 1}}  \n}}\n'.encode())
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    assert "fixed 1 finding" in result.stdout, result.stdout
    assert body.read_bytes() == f'{{\n\t"flowId": "{UUID}",\t\n\t"inputData": {{"Flow.x": 1}}\n}}\n'.encode()
    assert "FL101" not in codes(diagnostics("--no-cache", str(body)))


LAUNCH = 'import requests\nU = "https://api.mypurecloud.com/api/v2/flows/executions"\nrequests.post(U, json={\n%s\n' \
         f'    "flowId": "{UUID}"}})\n'


def _fixed(tmp_path: Path, line: str, name: str = "b.py") -> tuple[str, list[str]]:
    source = tmp_path / name
    source.write_text(LAUNCH % line if name.endswith(".py") else line)
    result = flowlint("check", "--no-cache", "--fix", str(source))
    assert "fixed 1 finding" in result.stdout, result.stdout  # the FL009 fix was made
    return source.read_text(), [c for c in codes(diagnostics("--no-cache", str(source))) if c not in NOTES]


#: What the re-check says that no suppression is about: the flow has no contract here (FL200), fetch sets no
#: Content-Type (FL303).
NOTES = ("FL200", "FL303")


def test_an_unused_suppression_after_a_used_one_goes_with_its_own_marker(tmp_path: Path) -> None:
    text, found = _fixed(tmp_path, '    "type": 1,  # flowlint: ignore[FL101]  # flowlint: ignore[FL102]')
    assert text == LAUNCH % '    "type": 1,  # flowlint: ignore[FL101]'
    assert found == []  # FL101 still suppressed, no FL009 left


def test_an_unused_suppression_before_a_used_one_leaves_that_comment_whole(tmp_path: Path) -> None:
    text, found = _fixed(tmp_path, '    "type": 1,  # flowlint: ignore[FL102]  # flowlint: ignore[FL101]')
    assert text == LAUNCH % '    "type": 1,  # flowlint: ignore[FL101]'
    assert found == []


def test_an_unused_suppression_before_its_reason_leaves_the_reason_as_a_plain_comment(tmp_path: Path) -> None:
    text, found = _fixed(tmp_path, '    "type": 1,  # flowlint: ignore[FL102]  (the proxy strips it)')
    assert text == LAUNCH % '    "type": 1,  # (the proxy strips it)'
    assert found == ["FL101"]  # the finding the comment never suppressed, now said


def test_an_unused_suppression_after_its_reason_leaves_the_reason(tmp_path: Path) -> None:
    script = ('const U = "https://api.mypurecloud.com/api/v2/flows/executions";\n'
              f'fetch(U, {{method: "POST", body: JSON.stringify({{flowId: "{UUID}"}})}});  // kept as is  // flowlint: ignore[FL102]\n')
    text, found = _fixed(tmp_path, script, "a.js")
    assert text == script.replace("  // flowlint: ignore[FL102]", "")
    assert found == []


def _fixed_yaml(tmp_path: Path, text: str) -> tuple[str, list[str], str]:
    body = tmp_path / "b.yaml"
    body.write_text(text)
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    return body.read_text(), [c for c in codes(diagnostics("--no-cache", str(body))) if c != "FL200"], result.stdout


def test_a_trailing_comment_keeps_its_line_when_its_yaml_member_is_removed(tmp_path: Path) -> None:
    text, found, out = _fixed_yaml(tmp_path, f"flowId: {UUID}\ntype: flow  # legacy\n")
    assert "fixed 1 finding" in out and "not applied" not in out, out
    assert text == f"flowId: {UUID}\n# legacy\n"
    assert found == []


def test_comments_on_moved_and_removed_block_members_stay_as_lines(tmp_path: Path) -> None:
    text, found, out = _fixed_yaml(tmp_path, f"flowId: {UUID}  # the flow\ninputs:     # order\n  orderId: 5\n"
                                             "  # the id\ntype: flow  # legacy\n")
    assert "fixed 2 findings" in out and "not applied" not in out, out
    # The comment under the moved member goes with it (the move carries the block as written); the others stay.
    assert text == f'flowId: {UUID}  # the flow\n# order\n# legacy\ninputData:\n  Flow.orderId: 5\n  # the id\n'
    assert found == []


def test_a_flow_mapping_member_before_a_comment_is_removed_up_to_it(tmp_path: Path) -> None:
    text, found, out = _fixed_yaml(tmp_path, f'{{flowId: {UUID}, type: flow, # c\n  flowVersion: "3.0"}}\n')
    assert "fixed 1 finding" in out and "not applied" not in out, out
    assert text == f'{{flowId: {UUID}, # c\n  flowVersion: "3.0"}}\n'
    assert found == []
