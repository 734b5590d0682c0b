"""Property tests for the sources: no text crashes an extractor, and unknown values never fail a check."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.checker.engine import CheckOptions, check_document
from validator.checker.launches import LaunchDocument, load_source
from validator.contracts.store import contract_from_document
from validator.core.codes import EXAMPLE_CONTRACT
from validator.core.diagnostics import Severity

from conftest import ROOT

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
CONTRACT = contract_from_document(EXAMPLE_CONTRACT, "example")
NAMES = {"javascript": "a.js", "typescript": "a.ts", "tsx": "a.tsx", "python": "a.py", "http": "a.http", "shell": "a.sh",
         "markdown": "a.md", "postman": "a.postman_collection.json", "har": "a.har"}
SEEDS = {kind: (ROOT / "fixtures/invalid" / name).read_text(encoding="utf-8") for kind, name in {
    "javascript": "seed-fetch.js", "typescript": "seed-axios.ts", "tsx": "seed-axios.ts", "python": "seed-httpx.py",
    "http": "seed.http", "shell": "seed-curl.sh", "markdown": "seed-readme.md", "postman": "seed.postman_collection.json",
    "har": "seed.har"}.items()}
PIECES = ["flows/executions", "fetch(", "post(", "curl ", "{{x}}", "${a}", "\\u12", "é", "\x00", "-d ", "@x = 1\n", "###\n",
          "-d @- <<EOF\n", "<<-'J'\n", "<<< "]
NOISE = st.lists(st.sampled_from([*"{}[]()'\"`$\\,:;=.\n\t #/*-+?<>@&|!~%^", *PIECES]), max_size=12).map("".join)


def check(kind: str, text: str) -> list[Severity]:
    documents = load_source(kind, text.encode("utf-8", "surrogatepass"), NAMES[kind])
    severities = []
    for document in documents:
        for diagnostic in check_document(document, CheckOptions(contract=CONTRACT)):
            assert diagnostic.code != "FL900", diagnostic
            severities.append(diagnostic.severity)
    return severities


@functools.cache
def seed_is_read(kind: str) -> bool:
    """Whether the extractor of `kind` reads its unmangled seed as a launch with errors (one that reads nothing does not)."""
    return Severity.ERROR in check(kind, SEEDS[kind]) and any(
        isinstance(document, LaunchDocument) for document in load_source(kind, SEEDS[kind].encode("utf-8"), NAMES[kind]))


@SETTINGS
@given(st.sampled_from(sorted(NAMES)), st.data())
def test_mangled_source_text_never_crashes_an_extractor(kind: str, data: st.DataObject) -> None:
    assert all(seed_is_read(name) for name in NAMES)  # reached: every extractor reads its seed before it is mangled
    seed = SEEDS[kind]
    cut = data.draw(st.integers(0, len(seed)))
    end = data.draw(st.integers(cut, len(seed)))
    check(kind, seed[:cut] + data.draw(NOISE) + seed[end:])


@SETTINGS
@given(st.sampled_from(sorted(NAMES)), st.text(max_size=200))
def test_arbitrary_text_never_crashes_an_extractor(kind: str, text: str) -> None:
    assert all(seed_is_read(name) for name in NAMES)  # reached: every extractor is on
    check(kind, "flows/executions " + text)


JS_UNKNOWNS = st.sampled_from(["x", "f()", "obj.field", "`${a}`", "await g(1)", "a ? b : c", "[...xs]", "cond && y", "new Date()"])
PY_UNKNOWNS = st.sampled_from(["x", "f()", "obj.field", "f'{a}'", "await g(1)", "a if b else c", "[*xs]", "x or y", "os.environ['A']"])
#: Keys are known, and right: only values are unknown. Each is written once (flowId first, by the template): a key
#: written twice is a mistake of its own (FL002), whatever the values.
MEMBERS = st.sampled_from(["flowVersion", "name", "..."])


@SETTINGS
@given(st.lists(st.tuples(MEMBERS, JS_UNKNOWNS, PY_UNKNOWNS), max_size=5,
                unique_by=lambda member: member[0] if member[0] != "..." else object()), st.booleans())
def test_a_launch_whose_values_are_all_unknown_never_gets_an_error(members: list[tuple[str, str, str]], nested: bool) -> None:
    js_members = ", ".join("...rest" if key == "..." else f"'{key}': {js}" for key, js, _ in members)
    py_members = ", ".join("**rest" if key == "..." else f"'{key}': {py}" for key, _, py in members)
    # The inputs are unknown too: a whole unknown object, or known keys with unknown values and a spread.
    js_members += ", inputData: {'Flow.customerName': who, 'Flow.orderCount': n, ...more}" if nested else ", inputData: inputs"
    py_members += ", 'inputData': {'Flow.customerName': who, 'Flow.orderCount': n, **more}" if nested else ", 'inputData': inputs"
    js = (f"fetch(`${{base}}/api/v2/flows/executions`, {{method: 'POST', headers, "
          f"body: JSON.stringify({{flowId: id, {js_members}}})}});\n")
    py = f"requests.post(f'{{base}}/api/v2/flows/executions', json={{'flowId': flow_id, {py_members}}})\n"
    for kind, text in (("javascript", js), ("python", py)):
        read = load_source(kind, text.encode(), NAMES[kind])
        assert [type(d) for d in read] == [LaunchDocument], text  # reached: the launch was read
        assert Severity.ERROR not in check(kind, text)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                    st.just("https://x.mypurecloud.com/api/v2/flows/executions"), st.just("{\"flowId\": {{x}}}"))
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                             st.dictionaries(st.sampled_from(
                                                                 ["url", "raw", "method", "header", "body", "mode", "text",
                                                                  "postData", "headers", "name", "value", "key", "item", "request",
                                                                  "response", "status", "content", "auth", "bearer"]), inner, max_size=4)),
                           max_leaves=20)


@SETTINGS
@given(json_values, json_values)
def test_odd_collections_and_hars_never_crash(request: object, response: object) -> None:
    import json

    assert seed_is_read("har") and seed_is_read("postman")  # reached: both readers read their seeds
    har = {"log": {"entries": [{"request": request, "response": response},
                               {"request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions",
                                            "postData": request}}]}}
    check("har", json.dumps(har))
    collection = {"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                           "description": "flows/executions"},
                  "item": [{"request": request, "item": [response]}], "variable": response, "auth": request}
    check("postman", json.dumps(collection))
