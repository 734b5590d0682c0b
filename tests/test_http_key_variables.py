"""A request file's key written with a variable the file defines (`@k = customerName`, `"Flow.{{k}}"`) is sent with its
value put in, as the client puts it into the text: it is checked as that key (no false FL201 for the input it is, no
FL202 quoting `{{k}}`), its findings are placed where it is written, and a value the key could not be read back as
(a quote), or two keys sent the same, leave the object open."""

from __future__ import annotations

from pathlib import Path

from validator.core.diagnostics import Target
from validator.core.unknown import OpenObject
from validator.sources import http_file

from conftest import UUID, diagnostics

HEAD = "POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"


def test_a_defined_variable_is_put_into_the_key() -> None:
    text = f'@k = customerName\n@q = a"b\n{HEAD}{{"flowId": "{UUID}", "inputData": {{"Flow.{{{{k}}}}": "x", "{{{{q}}}}": 1}}}}\n'
    (request,) = http_file.extract(text)
    inputs = request.body["inputData"]
    assert isinstance(inputs, OpenObject) and dict(inputs) == {"Flow.customerName": "x"}
    assert request.body_locator is not None
    found = request.body_locator.offsets(("inputData", "Flow.customerName"), Target.KEY)
    assert found is not None and text[found[0]:found[1]] == '"Flow.{{k}}"'


def test_a_key_sent_twice_is_unknown() -> None:
    text = f'@k = customerName\n{HEAD}{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": 1, "Flow.{{{{k}}}}": "x"}}}}\n'
    (request,) = http_file.extract(text)
    assert request.body["inputData"] == {} and isinstance(request.body["inputData"], OpenObject)


def test_the_key_as_sent_is_checked_where_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "good.http").write_text(f'@k = customerName\n{HEAD}{{"flowId": "{UUID}", "inputData": {{"Flow.{{{{k}}}}": "x"}}}}\n')
    (tmp_path / "bad.http").write_text(f'@k = customerNam\n{HEAD}{{"flowId": "{UUID}", "inputData": '
                                       f'{{"Flow.customerName": "x", "Flow.{{{{k}}}}": "y"}}}}\n')
    found = [d for d in diagnostics("--no-cache", str(tmp_path)) if d["severity"] == "error"]
    # reached: the contract is checked; the key as sent is the one said, where `"Flow.{{k}}"` is written
    assert [(Path(d["file"]).name, d["code"], d["line"], d["column"]) for d in found] == [("bad.http", "FL202", 5, 92)], found
    assert "`Flow.customerNam`" in found[0]["message"]


def test_a_variable_defined_twice_is_unknown_in_keys() -> None:
    # each request may be sent with either value (the client reads the one above it; the file's last is kept for
    # values): `Flow.{{k}}` read as the last would say request 1 sends `Flow.custNme` (a false FL202) and hide request 2's
    text = (f'@k = customerName\n{HEAD}{{"flowId": "{UUID}", "inputData": {{"Flow.{{{{k}}}}": "x", "Flow.a": 1}}}}\n'
            f'###\n@k = custNme\n{HEAD}{{"flowId": "{UUID}", "inputData": {{"Flow.{{{{k}}}}": "y"}}}}\n'
            f'###\n@base = customer\n@base = cust\n@j = {{{{base}}}}Name\n'  # (and one named through another)
            f'{HEAD}{{"flowId": "{UUID}", "inputData": {{"Flow.{{{{j}}}}": "z"}}}}\n')
    requests = http_file.extract(text)
    assert [r.body["flowId"] for r in requests] == [UUID] * 3  # reached: each request's body read
    assert [r.body["inputData"] for r in requests] == [{"Flow.a": 1}, {}, {}]
    assert all(isinstance(r.body["inputData"], OpenObject) for r in requests)
