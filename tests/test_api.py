"""The library API: check(), ensure_valid(), and the httpx guard."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

import validator
from validator.core.codes import EXAMPLE_CONTRACT

from conftest import UUID, UUID2

BAD = {"type": "flow", "configuration": {"flowId": UUID}}


def test_check_a_dict_gives_pointers_without_positions() -> None:
    report = validator.check(BAD)
    assert not report.ok
    assert sorted((d.code, d.pointer) for d in report.diagnostics) == [("FL101", "/configuration"), ("FL101", "/type")]
    assert all(d.span is None and d.file is None for d in report.diagnostics)


def test_check_text_and_bytes_give_positions() -> None:
    for body in (json.dumps(BAD, indent=2), json.dumps(BAD, indent=2).encode()):
        report = validator.check(body)
        located = {(d.code, d.line, d.column) for d in report.diagnostics}
        assert ("FL101", 2, 3) in located and ("FL101", 3, 3) in located


def test_check_yaml_text() -> None:
    assert [d.code for d in validator.check(f"flowId: {UUID2}\nflowVersion: 2.0\n").diagnostics] == ["FL105"]


def test_valid_body_is_ok() -> None:
    report = validator.check({"flowId": UUID2, "inputData": {"Flow.agentId": "1"}})
    assert report.ok and report.diagnostics == []


def test_contract_given_as_schema_object_or_path(tmp_path: object) -> None:
    body = {"flowId": UUID, "inputData": {"Flow.orderCount": "2"}}
    contract = validator.load_contract(EXAMPLE_CONTRACT)
    for given in (contract, EXAMPLE_CONTRACT, ".flowlint/flows/8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90.json"):
        assert sorted(d.code for d in validator.check(body, contract=given).diagnostics) == ["FL201", "FL204"]
    assert sorted(d.code for d in validator.check(body, contracts=".flowlint/flows").diagnostics) == ["FL201", "FL204"]


def test_ensure_valid_raises_a_value_error_carrying_the_findings() -> None:
    validator.ensure_valid({"flowId": UUID2})
    with pytest.raises(ValueError) as caught:
        validator.ensure_valid(BAD)
    error = caught.value
    assert isinstance(error, validator.InvalidLaunchRequest)
    assert [d.code for d in error.diagnostics] == ["FL101", "FL101"]
    assert "FL101" in str(error) and "/configuration" in str(error) and "help:" in str(error)


def test_warnings_do_not_raise() -> None:
    validator.ensure_valid(f'flowId: "{UUID2}"\ninputData:\n  Flow.agentId: "x"\n  Flow.dates: [2026-03-29]\n')


def launched(requests: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(202, json={"id": "exec-1"})

    return httpx.MockTransport(handler)


def test_guard_refuses_a_bad_launch_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = validator.guard(httpx.Client(base_url="https://api.mypurecloud.com", transport=launched(sent)))
    with pytest.raises(validator.InvalidLaunchRequest) as caught:
        client.post("/api/v2/flows/executions", json=BAD)
    assert sent == [] and caught.value.diagnostics[0].line == 1  # located in the body as it was serialized
    client.post("/api/v2/flows/executions", json={"flowId": UUID2})
    client.get("/api/v2/flows/executions/abc")
    client.post("/api/v2/users", json={"anything": True})
    assert [r.url.path for r in sent] == ["/api/v2/flows/executions", "/api/v2/flows/executions/abc", "/api/v2/users"]


def test_guard_refuses_a_flow_id_in_the_path() -> None:
    sent: list[httpx.Request] = []
    client = httpx.Client(transport=launched(sent), event_hooks={"request": [validator.LaunchGuard()]})
    with pytest.raises(validator.InvalidLaunchRequest) as caught:
        client.post(f"https://api.mypurecloud.ie/api/v2/flows/executions/{UUID2}", json={"inputData": {}})
    assert caught.value.diagnostics[0].code == "FL106" and sent == []


def test_guard_checks_inputs_with_a_contract_store() -> None:
    sent: list[httpx.Request] = []
    client = validator.guard(httpx.Client(transport=launched(sent)), contracts=".flowlint/flows")
    with pytest.raises(validator.InvalidLaunchRequest) as caught:
        client.post("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": UUID, "inputData": {"customerName": "x"}})
    assert [d.code for d in caught.value.diagnostics] == ["FL203"]


def test_async_guard() -> None:
    sent: list[httpx.Request] = []

    async def main() -> None:
        async with validator.guard(httpx.AsyncClient(transport=launched(sent))) as client:
            with pytest.raises(validator.InvalidLaunchRequest):
                await client.post("https://api.mypurecloud.com/api/v2/flows/executions", content=b'{"flowId": 1}')
            await client.post("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": UUID2})

    asyncio.run(main())
    assert len(sent) == 1


@pytest.mark.parametrize(("body", "imported"), [
    ({"flowId": UUID2}, "[]"),                # the clean path: the compiled check only
    ({"flowId": 1}, "[]"),                    # a finding: the bundled schema's errors are listed without jsonschema
])
def test_importing_the_library_does_not_import_httpx_jsonschema_or_yaml(body: dict[str, Any], imported: str) -> None:
    import subprocess
    import sys

    code = (f"import sys, validator; validator.check({body!r}); "
            "print(sorted(m for m in ('httpx', 'jsonschema', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == imported


def test_module_docstring_example() -> None:
    import doctest

    assert doctest.testmod(validator).failed == 0
