"""A number flowlint refuses or says is not sent as written may be a secret (an account number, a key written as one):
FL014, FL005 and FL001 say its size and place, never its digits, in every output format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from validator.core.unknown import NoJsonNumber, literal_size

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: Digits no message could make up: any run of 8 of them in an output is the value leaking.
DIGITS = "31415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679"
FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
#: A text report's excerpt lines (`  3 | …` and its `    | ^^^` marks): the user's own file, shown as it is.
_EXCERPT = re.compile(r"^ *\d* \|", re.MULTILINE)


def _huge(digits: int) -> str:
    return (DIGITS * (digits // len(DIGITS) + 1))[:digits]


def _leaks(output: str) -> list[str]:
    said = "\n".join(line for line in output.splitlines() if not _EXCERPT.match(line))
    return [DIGITS[at:at + 8] for at in range(len(DIGITS) - 8) if DIGITS[at:at + 8] in said]


CASES = [
    pytest.param("launch.js", f'axios.post("{API}", {{flowId: "{UUID}", inputData: {{"Flow.amount": {_huge(400)}}}}});\n',
                 "FL014", "is a number of 400 digits (about 1e399), past the largest double-precision number", id="js-integer"),
    pytest.param("launch.js", f'axios.post("{API}", {{flowId: "{UUID}", inputData: {{"Flow.amount": -{_huge(70)}e300}}}});\n',
                 "FL014", "is a number of 70 digits (about -1e369), below the lowest double-precision number", id="js-exponent"),
    pytest.param("launch.py", f'import requests\nrequests.post("{API}", json={{"flowId": "{UUID}", "inputData": '
                 f'{{"Flow.amount": {_huge(70)}.5e300}}}})\n',
                 "FL014", "is a number of 71 digits (about 1e369), past the largest", id="python-float"),
    pytest.param("launch.py", f'import requests\nrequests.post("{API}", json={{"flowId": "{UUID}", "inputData": '
                 f'{{"Flow.amount": -float("{_huge(70)}e300")}}}})\n',
                 "FL014", "is a number of 70 digits (about -1e369), below the lowest", id="python-float-of-a-string"),
    pytest.param("body.json", f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "a", "Flow.orderCount": '
                 f'{_huge(400)}.5}}}}', "FL204", "is a number of 401 digits (about 1e399), past the largest", id="json-input"),
    pytest.param("body.json", f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "a", "Flow.orderCount": '
                 f'{_huge(300)}.0}}}}', "FL204", "it is a whole number of 300 digits, far past 2**53", id="json-whole"),
    pytest.param("body.yaml", f"flowId: {UUID}\ninputData:\n  Flow.amount: {_huge(5000)}\n",
                 "FL005", "a number of 5,000 digits (about 1e4999) is too long to read exactly", id="yaml-too-long"),
    pytest.param("launch.js", f'axios.post("{API}", {{flowId: "{UUID}", inputData: {{"Flow.amount": 0x{_huge(300)}}}}});\n',
                 "FL014", "is a number of 300 hexadecimal digits, past the largest", id="js-hexadecimal"),
    pytest.param("launch.js", f'axios.post("{API}", {{flowId: "{UUID}", inputData: {{"Flow.amount": {_huge(40)}e{"9" * 5000}}}}});\n',
                 "FL014", "is a number of 40 digits and an exponent of 5,000 digits, past the largest", id="js-exponent-too-long-for-int"),
    pytest.param("body.yaml", f"flowId: {UUID}\ninputData:\n  Flow.amount: {_huge(30)}.0e+400\n",
                 "FL001", "a number of 30 digits (about 1e429) is past the largest double-precision number", id="yaml-past-double"),
]


@pytest.mark.parametrize(("name", "text", "rule", "said"), CASES)
def test_the_number_is_said_by_its_size_in_every_format(tmp_path: Path, name: str, text: str, rule: str, said: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    for output_format in FORMATS:
        result = flowlint("check", "--no-cache", "--format", output_format, str(path))
        assert rule in result.stdout, (output_format, result.stdout)  # reached: the number was found
        assert not _leaks(result.stdout + result.stderr), output_format
    assert said in flowlint("check", "--no-cache", str(path)).stdout


def test_a_short_magnitude_is_shown_as_written() -> None:
    """`1e400` says a size, not a value: shown; a name is shown too; a long literal is said by its size only."""
    assert NoJsonNumber("1e400", float("inf"), "javascript").source == "1e400"
    assert NoJsonNumber("-  Infinity", float("-inf"), "javascript").source == "- Infinity"
    long = NoJsonNumber(f"{DIGITS}e200", float("inf"), "python")
    assert long.source == "…" and long.size == "a number of 101 digits (about 1e300)"
    assert literal_size("0.00012345678901234567e-400") == "a number of 17 digits (about 1e-404)"
    assert literal_size("12_345_678_901_234_567e300") == "a number of 17 digits (about 1e316)"
    assert literal_size("float('inf')") is None and literal_size("1234567890123456e999") is None


@pytest.mark.parametrize("version", ["1.1", "1.2"])
def test_an_unquoted_long_number_yaml_retypes_is_named_by_its_length_in_fl006(tmp_path: Path, version: str) -> None:
    """FL006's message (the help and the fix write the quoted text: their own business) never holds a long number's
    digits; a short one (`010`), a boolean and a key are shown, as they are what the user looks for."""
    path = tmp_path / "body.yaml"
    path.write_text(f"flowId: {UUID}\ninputData:\n  Flow.hex: 0x{DIGITS[:32]}\n  Flow.zeros: 00{DIGITS[:20]}\n"
                    f"  Flow.grouped: {DIGITS[:3]}_{DIGITS[3:24]}\n  Flow.short: 010\n  Flow.yes: yes\n")
    found = {d["pointer"]: d["message"] for d in diagnostics("--no-cache", "--yaml-version", version, str(path)) if d["code"] == "FL006"}
    assert set(found) == {f"/inputData/Flow.{name}" for name in ("hex", "zeros", "grouped", "short", "yes")}, found
    assert "this unquoted number of 32 hexadecimal digits" in found["/inputData/Flow.hex"]
    assert "unquoted 010 is the octal number 8" in found["/inputData/Flow.short"]
    assert "unquoted yes is the boolean true" in found["/inputData/Flow.yes"]
    assert not _leaks("\n".join(found.values()))



def test_a_number_too_long_for_str_is_described_by_its_size() -> None:
    from validator.core.jsontext import describe

    assert describe(10**5000) == "a number of about 5,001 digits"  # str() refuses it: no crash, no digits
    assert describe(10**40) == "a number of 41 digits (about 1e40)" and describe(12) == "the number 12"
