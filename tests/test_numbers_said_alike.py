"""One number is said one way wherever it is written (JSON, YAML, a code literal, a data action's template) and in
every text flowlint writes about it: a message, its help, its fix's message. Up to 16 significant digits it is shown
as written; a longer one (an account number, a card, a key written as a number) is said by its size, never its digits
(core/unknown.shown_number)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import SHOWN_DIGITS, literal_size, shown_number

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: Digits no message could make up: any run of 8 of them outside the file's own excerpt is the value leaking.
DIGITS = "31415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679"
_EXCERPT = re.compile(r"^ *\d* \|", re.MULTILINE)
#: What a YAML body's finding adds to say how YAML typed the value (its own words, checked in test_numbers_never_shown).
_YAML_NOTE = re.compile(r" \((YAML reads|this unquoted) .*$")


def _leaks(output: str) -> list[str]:
    said = "\n".join(line for line in output.splitlines() if not _EXCERPT.match(line))
    return [DIGITS[at:at + 8] for at in range(len(DIGITS) - 8) if DIGITS[at:at + 8] in said]


def _files(tmp_path: Path, number: str, name: str = "Flow.customerName") -> dict[str, Path]:
    """The one number as the value of `name` in a JSON body, a YAML body, a JavaScript launch and a data action."""
    members = f'"Flow.customerName": "a", "{name}": {number}' if name != "Flow.customerName" else f'"{name}": {number}'
    body = f'{{"flowId": "{UUID}", "inputData": {{{members}}}}}'
    yaml_members = "".join(f"  {key}: {value}\n" for key, value in
                           ((("Flow.customerName", "a"),) if name != "Flow.customerName" else ()) + ((name, number),))
    action = {"name": "Launch", "integrationType": "purecloud-data-actions", "actionType": "custom",
              "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST",
                                     "headers": {"Content-Type": "application/json"}, "requestTemplate": body},
                         "response": {"translationMap": {}, "successTemplate": "${rawResult}"}},
              "contract": {"input": {"inputSchema": {"type": "object", "properties": {}}},
                           "output": {"successSchema": {"type": "object"}}}}
    texts = {"body.json": body + "\n", "body.yaml": f"flowId: {UUID}\ninputData:\n{yaml_members}",
             "launch.js": f"axios.post({json.dumps(API)}, {body});\n", "launch.custom.json": json.dumps(action, indent=2)}
    paths = {}
    for file_name, text in texts.items():
        paths[file_name] = tmp_path / file_name
        paths[file_name].write_text(text)
    return paths


def _said(path: Path, *args: str) -> tuple[list[dict[str, Any]], str]:
    """The diagnostics (json output) and the text output of one file, both checked for leaked digits."""
    text = flowlint("check", "--no-cache", *args, str(path)).stdout
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", *args, str(path)).stdout)["diagnostics"]
    return found, text


LONG = [pytest.param(DIGITS[:17], "a number of 17 digits (about 1e16)", id="17-digits"),
        pytest.param(DIGITS[:30], "a number of 30 digits (about 1e29)", id="30-digits"),
        pytest.param(DIGITS[:31], "a number of 31 digits (about 1e30)", id="31-digits"),
        pytest.param(DIGITS[:60], "a number of 60 digits (about 1e59)", id="60-digits"),
        pytest.param("-" + DIGITS[:31], "a number of 31 digits (about -1e30)", id="negative")]


@pytest.mark.parametrize(("number", "said"), LONG)
def test_a_long_integer_is_said_by_its_size_alike_in_every_source_and_output(tmp_path: Path, number: str, said: str) -> None:
    messages = set()
    for path in _files(tmp_path, number).values():
        found, text = _said(path)
        (finding,) = found
        assert finding["code"] == "FL204", (path.name, found)  # reached: the number was judged
        message = _YAML_NOTE.sub("", finding["message"])
        messages.add((message, finding["fix"]["message"]))
        assert message in text and finding["fix"]["message"] in text  # the text output says it as json does
        words = [finding["message"], finding.get("help") or "", finding["fix"]["message"]]  # (edits: the file's text)
        assert not _leaks(text) and not _leaks("\n".join(words)), path.name
    assert messages == {(f"`Flow.customerName` is {said}; the flow declares it as a String",
                         f"quote it: {said} → its digits as a string")}


def test_a_16_digit_integer_is_shown_alike_in_every_source(tmp_path: Path) -> None:
    number = DIGITS[:SHOWN_DIGITS]
    for path in _files(tmp_path, number).values():
        found, text = _said(path)
        (finding,) = found
        assert finding["message"].startswith(f"`Flow.customerName` is the number {number};"), path.name
        assert finding["fix"]["message"] == f'quote it: {number} → "{number}"' and finding["fix"]["message"] in text


def test_a_long_exponent_is_said_by_its_size_in_json_and_yaml_alike(tmp_path: Path) -> None:
    """Payload files have the number's text: it is said from that (20 digits); a launch in code or a data action has
    only the double JSON.stringify sends (17 digits): said by the same rule, never its digits."""
    number = DIGITS[:20] + "e5"
    paths = _files(tmp_path, number)
    said = {}
    for name, path in paths.items():
        found, text = _said(path, "--yaml-version", "1.2")  # YAML 1.1 reads 1e5 without a point as text
        (finding,) = found
        assert finding["code"] == "FL204", (name, found)
        said[name] = _YAML_NOTE.sub("", finding["message"])
        assert not _leaks(text), name
    assert said["body.json"] == said["body.yaml"] == "`Flow.customerName` is a number of 20 digits (about 1e24); the " \
        "flow declares it as a String"
    assert said["launch.js"] == said["launch.custom.json"] == "`Flow.customerName` is a number of 17 digits (about " \
        "1e24); the flow declares it as a String"


def test_a_number_past_the_double_range_is_said_by_its_size_or_not_at_all(tmp_path: Path) -> None:
    """JSON (FL204), YAML 1.2 (refused: FL001) and JavaScript (FL014) say its size; a data action, which has only the
    infinity it reads, says `a number` and never offers to quote `Infinity` (what it would write is not the file's)."""
    paths = _files(tmp_path, DIGITS[:20] + "e400", "Flow.orderCount")
    expected = {"body.json": "FL204", "body.yaml": "FL001", "launch.js": "FL014", "launch.custom.json": "FL204"}
    for name, path in paths.items():
        found, text = _said(path, "--yaml-version", "1.2")
        (finding,) = found
        assert finding["code"] == expected[name], (name, found)
        assert not _leaks(text) and "Infinity →" not in text and finding.get("fix") is None, name
        if name == "launch.custom.json":
            assert finding["message"].startswith("`Flow.orderCount` is a number, past the largest double-precision")
        else:
            assert "a number of 20 digits (about 1e419)" in finding["message"], name


def test_a_data_action_number_past_the_double_range_is_never_quoted_as_infinity(tmp_path: Path) -> None:
    path = _files(tmp_path, DIGITS[:20] + "e400")["launch.custom.json"]
    found, text = _said(path)
    (finding,) = found
    assert finding["code"] == "FL204" and finding.get("fix") is None and '"Infinity"' not in text  # reached, and no fix


def test_shown_number_has_one_threshold() -> None:
    assert shown_number(DIGITS[:16]) == f"the number {DIGITS[:16]}" and shown_number("1e400", bare=True) == "1e400"
    assert shown_number(DIGITS[:17]) == shown_number(DIGITS[:17], bare=True) == "a number of 17 digits (about 1e16)"
    assert shown_number("0." + "0" * 20 + DIGITS[:16]) == f"the number 0.{'0' * 20}{DIGITS[:16]}"  # leading zeros: none
    assert shown_number(DIGITS[:10] + "." + DIGITS[10:17]) == "a number of 17 digits (about 1e9)"
    assert shown_number("0x" + "f" * 17) == "a number of 17 hexadecimal digits"
    # Text that is no numeral (YAML 1.1's base 60, an expression) holding more digits: counted, never shown
    assert literal_size("9" * 20 + ":30:00.5") == "a number written with 25 digits" and literal_size("1:30:00") is None
    assert literal_size("Number.POSITIVE_INFINITY") is None


@pytest.mark.parametrize(("number", "code", "said"), [
    pytest.param("9" * 400 + ":00.5", "FL001", "a number written with 403 digits is past the largest double-precision "
                 "number (about 1.8e308): YAML 1.1 readers such as PyYAML and Go yaml.v2 read it as infinity", id="float"),
    pytest.param("9" * 5000 + ":00", "FL005", "a number written with 5,002 digits is too long to read exactly", id="int")])
def test_a_yaml_11_base_60_number_too_big_to_read_is_said_by_its_digit_count(tmp_path: Path, number: str, code: str,
                                                                              said: str) -> None:
    """YAML 1.1 reads `1:30:00` in base 60: no decimal literal, so its size is its count of digits (never the digits)."""
    path = tmp_path / "body.yaml"
    path.write_text(f"flowId: {UUID}\ninputData:\n  Flow.amount: {number}\n")
    (finding,), _ = _said(path)
    assert finding["code"] == code and said in finding["message"] and "9999" not in finding["message"] + finding["help"]


def test_yaml_notes_say_a_long_number_by_its_size_in_the_message_help_and_fix(tmp_path: Path) -> None:
    """FL006 standing alone (no contract types the value as a string) and FL204's YAML note: the same words."""
    path = tmp_path / "body.yaml"
    path.write_text(f"flowId: {UUID}\ninputData:\n  Flow.customerName: {DIGITS[:31]}\n  Flow.amount: 0x{DIGITS[:20]}\n")
    found, text = _said(path)
    by_pointer = {d["pointer"]: d for d in found}
    name, amount = by_pointer["/inputData/Flow.customerName"], by_pointer["/inputData/Flow.amount"]
    assert name["message"].endswith("(YAML reads this unquoted number of 31 digits (about 1e30) as a number)")
    assert amount["code"] == "FL006" and amount["message"] == "YAML reads this unquoted number of 20 hexadecimal digits as a number"
    assert amount["fix"]["message"] == ("write the number as every YAML version reads it: a number of 20 hexadecimal "
                                        "digits → a number of 24 digits (about 1e23)")
    assert not _leaks("\n".join(line for line in text.splitlines() if "|" not in line))
