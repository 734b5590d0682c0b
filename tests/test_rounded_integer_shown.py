"""FL015 says a JavaScript integer past 2**53 as every message says a number: a literal of more than 16 significant
digits by its size (it may be an account number: neither its digits nor the double's, which begin alike, are shown),
and a long literal of few digits (leading zeros) cut short, never 10,000 characters across the terminal."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"
DIGITS = "31415926535897932384626433832795028841971693993751"


def fl015(tmp_path: Path, literal: str) -> dict[str, str]:
    path = tmp_path / "launch.js"
    path.write_text(f'axios.post("{API}", {{flowId: "{UUID}", inputData: {{"Flow.orderId": {literal}}}}});\n')
    [found] = [d for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL015"]
    return found


def test_a_literal_of_many_digits_is_said_by_its_size(tmp_path: Path) -> None:
    found = fl015(tmp_path, DIGITS[:20])
    said = found["message"] + found["help"]
    assert "is written as a number of 20 digits (about 1e19)" in found["message"]
    assert not [DIGITS[at:at + 8] for at in range(13) if DIGITS[at:at + 8] in said]  # no run of its digits, nor the double's


def test_a_long_literal_of_few_digits_is_cut_short(tmp_path: Path) -> None:
    found = fl015(tmp_path, "0x" + "0" * 10_000 + "20000000000001")
    assert "is written 0x000000…00000020000000000001 (10,016 characters)" in found["message"]
    assert found["message"].endswith("JSON.stringify sends 9007199254740992")
    assert len(found["message"]) < 300 and "0" * 30 not in found["message"] + found["help"]


def test_a_short_literal_is_shown_with_the_double_sent(tmp_path: Path) -> None:
    found = fl015(tmp_path, "9007199254740993")
    assert "is written 9007199254740993," in found["message"] and found["message"].endswith("sends 9007199254740992")
    assert '("9007199254740993")' in found["help"]
