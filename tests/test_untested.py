"""Behaviour no test pinned before (each survived a deliberate break): formats, FL205 messages, several
missing inputs, YAML values against a contract, color, --max-age staleness."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import validator

from conftest import flowlint
from fake_genesys import FakeGenesys

FLOW = "00000000-0000-4000-8000-00000000000a"
CONTRACT: dict[str, Any] = {
    "type": "object",
    "required": ["Flow.customerName", "Flow.orderId", "Flow.when"],
    "properties": {
        "Flow.customerName": {"type": "string"},
        "Flow.orderId": {"type": "string", "pattern": "^ORD-[0-9]{4}$"},
        "Flow.when": {"type": "string", "format": "date-time"},
        "Flow.count": {"type": "integer", "minimum": 1, "maximum": 10},
        "Flow.code": {"type": "string", "minLength": 3},
        "Flow.isVip": {"type": "boolean"},
        "Flow.dates": {"type": "array", "items": {"type": "string", "format": "date"}},
    },
}
COMPLETE = {"Flow.customerName": "Ana", "Flow.orderId": "ORD-1234", "Flow.when": "2026-03-29T10:00:00Z"}


def found(inputs: dict[str, Any]) -> list[tuple[str, str, str]]:
    report = validator.check({"flowId": FLOW, "inputData": inputs}, contract=CONTRACT)
    return [(d.code, d.pointer or "", d.message) for d in report.diagnostics]


def test_a_complete_body_passes() -> None:
    assert found(COMPLETE) == []


@pytest.mark.parametrize("when", ["2026-03-29T10:00:00Z", "2026-03-29t10:00:00.5z", "2026-03-29T10:00:00+05:30",
                                  "2016-12-31T23:59:60Z"])
def test_date_time_accepts_rfc3339(when: str) -> None:
    assert found({**COMPLETE, "Flow.when": when}) == []


@pytest.mark.parametrize("when", ["2026-03-29", "2026-03-29 10:00:00Z", "2026-13-29T10:00:00Z", "2026-03-29T10:00:00",
                                  "tomorrow", "2026-02-30T10:00:00Z",
                                  # what Python's fromisoformat takes but RFC 3339 does not: no seconds, the basic form,
                                  # a comma for the fraction, an hour past 23, an offset without its colon
                                  "2026-03-29T10:00+00:00", "2026-03-29T100000+00:00", "2026-03-29T10:00:00,5Z",
                                  "2026-03-29T24:00:00Z", "2026-03-29T10:00:00+0000"])
def test_date_time_refuses_other_shapes(when: str) -> None:
    (finding,) = found({**COMPLETE, "Flow.when": when})
    assert finding[:2] == ("FL205", "/inputData/Flow.when")
    assert json.dumps(when) in finding[2] and "not a valid" in finding[2]


def test_pattern_message_names_the_value_and_the_pattern() -> None:
    (finding,) = found({**COMPLETE, "Flow.orderId": "ORD-12"})
    assert finding == ("FL205", "/inputData/Flow.orderId",
                       '`Flow.orderId` is "ORD-12", which does not match the pattern ^ORD-[0-9]{4}$')


@pytest.mark.parametrize(("value", "words"), [(0, "is 0; the flow requires it to be at least 1"),
                                              (11, "is 11; the flow requires it to be at most 10")])
def test_range_messages_say_the_limit(value: int, words: str) -> None:
    (finding,) = found({**COMPLETE, "Flow.count": value})
    assert finding[:2] == ("FL205", "/inputData/Flow.count") and finding[2] == f"`Flow.count` {words}"


def test_length_message() -> None:
    (finding,) = found({**COMPLETE, "Flow.code": "ab"})
    assert finding[2] == '`Flow.code` is "ab"; the flow requires it to be at least 3 characters long'


def test_every_missing_required_input_is_named() -> None:
    result = found({"Flow.customerName": "Ana"})
    assert [(c, p) for c, p, _ in result] == [("FL201", "/inputData"), ("FL201", "/inputData")]
    assert "`Flow.orderId`" in result[0][2] and "`Flow.when`" in result[1][2]
    assert len(found({})) == 3


YAML_BODY = f"""flowId: "{FLOW}"
inputData:
  Flow.customerName: 1042
  Flow.orderId: ORD-1234
  Flow.when: 2026-03-29T10:00:00Z
  Flow.count: "3"
  Flow.isVip: yes
  Flow.dates: [2026-03-29, 29/03/2026]
"""


def test_yaml_values_are_checked_against_the_contract() -> None:
    report = validator.check(YAML_BODY, contract=CONTRACT)
    got = [(d.code, d.pointer, d.line, d.column) for d in report.diagnostics]
    assert got == [
        ("FL204", "/inputData/Flow.customerName", 3, 22),  # a YAML number where the flow wants a String
        ("FL006", "/inputData/Flow.when", 5, 14),           # a YAML timestamp, sent as its text: a valid date-time
        ("FL204", "/inputData/Flow.count", 6, 15),          # quoted: a string where the flow wants an Integer
        ("FL006", "/inputData/Flow.isVip", 7, 15),          # yes: a YAML 1.1 boolean, which the flow wants
        ("FL006", "/inputData/Flow.dates/0", 8, 16),
        ("FL205", "/inputData/Flow.dates/1", 8, 28),        # not a date
    ]
    assert '"1042"' in report.diagnostics[0].help


def tty_output(*args: str, env: dict[str, str]) -> bytes:
    """flowlint's stdout when it is a terminal."""
    leader, follower = pty.openpty()
    try:
        subprocess.run([sys.executable, "-m", "validator", *args], stdin=subprocess.DEVNULL, stdout=follower,
                       stderr=subprocess.DEVNULL, env=env, timeout=60, check=False)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(leader)


def test_color_on_a_terminal_unless_no_color(tmp_path: Path) -> None:
    body = tmp_path / "b.json"
    body.write_text('{"flowId": 1}')
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert b"\x1b[" in tty_output("check", str(body), env=env)
    assert b"\x1b[" not in tty_output("check", str(body), env={**env, "NO_COLOR": "1"})
    assert b"\x1b[" not in tty_output("check", "--no-color", str(body), env=env)
    assert b"\x1b[" in tty_output("check", "--color", str(body), env={**env, "NO_COLOR": "1"})  # the option wins


def test_color_options_when_piped(tmp_path: Path) -> None:
    assert "\x1b[" in flowlint("check", "--color", "--stdin-filename", "b.json", "-", input='{"flowId": 1}').stdout
    assert "\x1b[" not in flowlint("check", "--stdin-filename", "b.json", "-", input='{"flowId": 1}').stdout


def test_max_age_decides_when_a_snapshot_is_fetched_again(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", {"Flow.orderCount": {"type": "integer"}})
    store = tmp_path / "store"
    assert flowlint("pull", "--contracts", str(store), flow_id).exit_code == 0
    snapshot = store / f"{flow_id}.json"
    document = json.loads(snapshot.read_text())
    document["fetchedAt"] = "2020-01-01T00:00:00Z"
    snapshot.write_text(json.dumps(document))
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.orderCount": 1}}))

    def fetches(*args: str) -> int:
        before = sum(1 for _, path, _ in credentials.requests if path == f"/api/v2/flows/{flow_id}")
        result = flowlint("check", "--fetch", "--contracts", str(store), *args, str(body))
        assert result.exit_code == 0, result.output
        return sum(1 for _, path, _ in credentials.requests if path == f"/api/v2/flows/{flow_id}") - before

    assert fetches("--max-age", "1000000") == 0  # younger than the limit: the snapshot is used as it is
    assert fetches("--max-age", "1" + "0" * 12) == 0  # more hours than a timedelta holds: never too old, no traceback
    assert fetches("--max-age", "24") == 1       # older: fetched again
