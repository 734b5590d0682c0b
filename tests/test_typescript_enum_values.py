"""A TypeScript string enum's member used in a body (`flowId: Flows.Callback`) is the string it is given (F11); a
member whose value is not a string literal, a `declare enum`, or a name bound to something else stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def launch(flow_id: str, count: str = "'3'") -> str:
    return (f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},\n"
            f"  body: JSON.stringify({{ flowId: {flow_id},\n"
            f"    inputData: {{ 'Flow.customerName': 'Ana', 'Flow.orderCount': {count} }} }}) }});\n")


def codes(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(d["code"], d["pointer"]) for d in found]


@pytest.mark.parametrize("declared, used", [
    (f"enum Flows {{ Callback = '{UUID}' }}", "Flows.Callback"),
    (f"export enum Flows {{ Other = 'x', Callback = \"{UUID}\" }}", "Flows.Callback"),
    (f"const enum Flows {{ Callback = `{UUID}` }}", "Flows['Callback']"),
    (f"enum Flows {{ 'Callback' = '{UUID}', Retry = 2 }}", "Flows.Callback"),
])
def test_a_string_member_is_its_value(tmp_path: Path, declared: str, used: str) -> None:
    found = codes(check_file(tmp_path, "a.ts", f"{declared}\n{launch(used)}"))
    assert ("FL204", "/inputData/Flow.orderCount") in found  # the flow's contract applied: the ID was read


@pytest.mark.parametrize("declared, used", [
    ("enum Flows { Callback = 1 }", "Flows.Callback"),
    ("enum Flows { Callback }", "Flows.Callback"),
    (f"const ID = '{UUID}';\nenum Flows {{ Callback = ID }}", "Flows.Callback"),
    ("enum Flows { Callback = `${base}-1` }", "Flows.Callback"),
    (f"declare enum Flows {{ Callback = '{UUID}' }}", "Flows.Callback"),
    (f"enum Flows {{ Callback = '{UUID}' }}\nenum Flows {{ Retry = 'x' }}", "Flows.Callback"),
    (f"enum Flows {{ Callback = '{UUID}' }}", "Flows.Other"),
    (f"enum Flows {{ Callback = '{UUID}' }}\nfunction go(Flows: any) {{", "Flows.Callback"),
])
def test_what_is_not_a_written_string_stays_unknown(tmp_path: Path, declared: str, used: str) -> None:
    text = f"{declared}\n{launch(used)}" + ("}\n" if declared.endswith("{") else "")
    found = codes(check_file(tmp_path, "a.ts", text))
    assert not [c for c in found if str(c[0]).startswith(("FL1", "FL2"))], found


def test_an_input_given_by_an_enum_is_judged_where_the_enum_writes_it_and_never_edited(tmp_path: Path) -> None:
    text = f"enum Counts {{ Three = '3' }}\n{launch(repr(UUID), 'Counts.Three')}"
    [found] = [d for d in check_file(tmp_path, "a.ts", text) if d["code"] == "FL204"]
    assert (found["line"], found["column"]) == (1, 23)
    assert found["fix"] is None  # the enum serves other code: its member is not rewritten for this launch
