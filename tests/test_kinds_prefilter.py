"""source_kind's one-scan prefilter for JSON files answers as the full chain of kind tests (_json_kind) does.

The samples: every JSON file of fixtures/ and tests/data, every JSON text and JSON-able literal written in the tests,
and one file of each kind the chain tells apart (so each of its tests is reached).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import kinds

ROOT = Path(__file__).resolve().parent.parent

KINDS = {
    "postman": {"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
    "data-action": {"name": "A", "integrationType": "custom-rest-actions", "config": {"request": {"requestUrlTemplate": "/x"}}},
    "schema": {"$schema": "http://json-schema.org/draft-07/schema#", "properties": {"flowId": {"type": "string"}}},
    "openapi": {"openapi": "3.0.0", "paths": {}},
    "launch response": {"id": "1", "selfUri": "/api/v2/flows/executions/1", "flowVersion": {"id": "2.0"}},
    "kubernetes": {"apiVersion": "v1", "kind": "ConfigMap", "data": {"flowId": "x"}},
    "recorded response": {"url": "https://api.mypurecloud.com/api/v2/flows/executions", "status": 200, "body": {}},
    "cloudformation": {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}},
    "step functions": {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                       "Parameters": {"ApiEndpoint": "https://api.mypurecloud.com/api/v2/flows/executions"}}}},
    "iam": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]},
    "lambda": {"requestContext": {"stage": "x"}, "httpMethod": "POST", "body": "{}"},
    "eventbridge": {"detail-type": "x", "source": "aws.events", "detail": {"flowId": "x"}},
    "run record": {"id": "1", "status": "COMPLETED", "dateLaunched": "2026-12-05T10:00:00Z"},
    "postman environment": {"name": "e", "values": [], "_postman_variable_scope": "environment"},
    "notification": {"topicName": "v2.flows.executions.x", "version": "2", "eventBody": {"flowId": "x", "status": "RUNNING"}},
    "saved request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions", "body": {"flowId": "x"}},
    "saved request by uri": {"method": "POST", "uri": "https://api.mypurecloud.com/api/v2/flows/executions", "json": {}},
    "hoppscotch collection": {"v": 1, "name": "c", "folders": [], "requests": [{"endpoint": "https://api.mypurecloud.com"
                                                                               "/api/v2/flows/executions", "method": "POST"}]},
    "cli definition": {"supercommand": "flows", "description": "/api/v2/flows",
                       "resources": [{"name": "create", "path": "/api/v2/flows/executions", "description": "Launch"}]},
    "fixture request": {"request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions",
                                    "json": {"flowId": "x"}}},
    "test case": {"request": {"flowId": "x", "inputData": {"Flow.a": 1}}, "expectedOutput": {"Flow.b": 2}},
}


def _literals(tree: ast.AST) -> list[bytes]:
    found: list[bytes] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            text = node.value if isinstance(node.value, bytes) else node.value.encode("utf-8", "surrogatepass")
            if text.lstrip()[:1] in (b"{", b"["):
                found.append(text)
        elif isinstance(node, (ast.Dict, ast.List)):
            with contextlib.suppress(ValueError, TypeError, SyntaxError, RecursionError):  # not a literal: no sample
                found.append(json.dumps(ast.literal_eval(node)).encode())
    return found


@functools.cache
def samples() -> list[bytes]:
    """Each kind's sample, and every JSON literal of the fixtures, tests/data and the test modules: made by the first
    test that reads them, not when the module is collected (every xdist worker collects it; parsing every test
    module costs seconds)."""
    samples = [json.dumps(value).encode() for value in KINDS.values()]
    samples.append(json.dumps(KINDS["saved request"]).encode("utf-16"))  # as PowerShell's `>` writes it
    for folder in (ROOT / "fixtures", ROOT / "tests" / "data"):
        samples += [path.read_bytes() for path in sorted(folder.rglob("*.json"))]
    for test in sorted((ROOT / "tests").glob("test_*.py")):
        samples += _literals(ast.parse(test.read_text(encoding="utf-8")))
    return samples


NAMES = ("body.json", "x.postman_collection.json", "a.custom.json", "http-client.env.json", "dev.postman_environment.json", "-")


@pytest.mark.parametrize("name", NAMES)
def test_the_prefilter_answers_as_the_full_chain(name: str) -> None:
    lowered = name.lower()
    compared = 0
    for data in samples():
        if name == "-" and not kinds._json_like(data):
            continue  # no suffix: only bytes that look like JSON are judged as a JSON file
        assert kinds.source_kind(name, data) == kinds._json_kind(lowered, kinds._Read(data)), data[:200]
        compared += 1
    assert compared > 100


def test_every_test_of_the_chain_is_reached_by_a_sample() -> None:
    """Each kind the chain tells apart is among the samples (so the comparison above covers its test)."""
    decided = {kinds._json_kind("body.json", kinds._Read(json.dumps(value).encode())) for value in KINDS.values()}
    assert decided == {"postman", "data-action", "not-a-body", "saved-request", "aws"}
    reasons = {kinds._not_a_body("body.json", kinds._Read(json.dumps(KINDS[key]).encode()))
               for key in ("schema", "openapi", "launch response", "kubernetes", "recorded response", "cloudformation", "iam",
                           "lambda", "eventbridge", "run record", "postman environment", "notification")}
    assert None not in reasons and len(reasons) >= 11
    assert kinds._json_kind("body.json", kinds._Read(json.dumps(KINDS["saved request"]).encode("utf-16"))) == "saved-request"


def _counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the strict JSON parser is given from now on (kind detection's and the loaders')."""
    from validator.sources import json_source

    given: list[str] = []
    decode = json_source.STRICT.decode

    def counted(text: str) -> Any:
        given.append(text)
        return decode(text)

    monkeypatch.setattr(json_source.STRICT, "decode", counted)
    return given


# A body whose inputs hold the words the Kubernetes test looks for: its kind tests parse it.
PARSED_BY_ITS_KIND = json.dumps({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90",
                                 "inputData": {"Flow.apiVersion": "v1", "Flow.config": {"apiVersion": "v1", "kind": "x"}}})


def test_a_payload_its_kind_tests_parsed_is_loaded_from_that_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker.loader import load_documents
    from validator.run.runner import documents_of

    from conftest import flowlint

    body = tmp_path / "body.json"
    body.write_text(PARSED_BY_ITS_KIND)
    given = _counting_parses(monkeypatch)
    assert kinds.sniff("body.json", body.read_bytes())[1] is not None and len(given) == 1  # parsed by its kind (reached)
    given.clear()
    (document,) = load_documents(body.read_bytes(), "body.json")
    assert document.value == json.loads(PARSED_BY_ITS_KIND) and len(given) == 1
    given.clear()
    (document,) = documents_of(str(body))
    assert document.value == json.loads(PARSED_BY_ITS_KIND) and len(given) == 1
    given.clear()
    assert flowlint("check", "--no-cache", str(body)).exit_code in (0, 1) and len(given) == 1  # a check (its fast path)


def test_a_payload_parsed_by_its_kind_tests_is_checked_as_if_the_loader_parsed_it(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import flowlint

    body = tmp_path / "body.json"
    for text in (PARSED_BY_ITS_KIND, PARSED_BY_ITS_KIND.replace('"Flow.config"', '"Flow.x"'),
                 PARSED_BY_ITS_KIND.replace('"v1"', "NaN", 1),  # NaN, a repeated key: the loader parses them as ever
                 PARSED_BY_ITS_KIND.replace('"Flow.apiVersion"', '"Flow.config"'), PARSED_BY_ITS_KIND[:-1]):
        body.write_text(text)
        handed = flowlint("check", "--no-cache", "--format", "json", str(body))
        with monkeypatch.context() as patched:
            patched.setattr(kinds._Read, "parsed", lambda self: None)  # the loader parses it itself
            expected = flowlint("check", "--no-cache", "--format", "json", str(body))
        assert (handed.exit_code, handed.stdout) == (expected.exit_code, expected.stdout)
