"""Negative tests: a launch whose refusal the test asserts, recorded as LaunchRequest.asserted: a status a rule predicts
(a 400 or 422 of its body, a 404 of a near-miss path) or an exception one predicts its call raises (a TypeError of a
set or date in `json=`, in `with pytest.raises(TypeError):`). Each rule declares the refusal it predicts
(core.codes.Rule.refusal); the refusal asserted is the test's point, so the rules predicting it, and those predicting
none, do not judge the launch, while the rules predicting another do (core.codes.judged_under): a 400 asserted of a
near miss is still FL308. A launch sent to a stand-in the test has answer with a 4xx is read, not judged, whole
(LaunchRequest.refused_by_double).

The assertion must be tied to that request: in code, an assertion on the status of the name the request's response
is bound to (`r = httpx.post(…)` then `assert r.status_code == 400`; `const res = await fetch(…)` then
`expect(res.status).toBe(400)`), the first such assertion after it in the same function, before the name is bound
again; or on the call itself (`assert requests.post(…).status_code == 422`). In a request file, the request's own
expected response: Hurl's `HTTP 400`, a JetBrains response handler's `client.assert(response.status === 400)`, a
Postman request's test script's `pm.response.to.have.status(400)`. A test that asserts anything else (a 200, a body
member) sends a launch that is judged; so does one asserting a 4xx no rule predicts (a 401, 403, 429): an auth,
permission or rate-limit test expects its launch to be valid, so its mistakes are still said.

A client that raises on a 4xx (axios, the Genesys SDKs, requests' `raise_for_status()`) has its negative test assert
the status through what it raises, tied to the request as plainly: the request in a `try` whose `catch (err)` /
`except … as err` asserts `err.response.status` (`err.status`, `err.response.status_code`) first on that name; the
request in `with pytest.raises(…) as excinfo:` (`self.assertRaises(…) as cm`) and the first assertion on that name
after the block reads `excinfo.value.status` (`.value.response.status_code`, `cm.exception.status`); jest's
`expect(request).rejects.toMatchObject({response: {status: 400}})` (`toHaveProperty('response.status', 400)`,
`toThrow('Request failed with status code 400')`) and a `.catch((err) => …)` on the call asserting on `err`. A `try`
whose `catch` only logs or rethrows, or asserts no refused status, is a launch and judged; so is a test asserting only
that something is raised (`assertRaises(ApiException)`, a bare `rejects.toThrow()`): a network error or a 401 raises
too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from ..core.codes import NO_REFUSAL, PREDICTED, Refusal
from .model import LaunchRequest, Offsets

#: A status read off a name: a response's (`r.status_code`), or through what a client raised (`err.response.status`,
#: `excinfo.value.status`, `cm.exception.status`: `via`).
_NAME = (r"(?P<name>[A-Za-z_$][\w$]*)(?P<via>(?:\s*\.\s*(?:response|value|exception))*)"
         r"\s*\.\s*status(?:_code|Code)?\b")
_STATUS = (r"(?P<status>\d{3}\b|(?:http\.)?HTTPStatus\.[A-Z_]+|(?:status\.)?HTTP_\d{3}\w*"
           r"|(?:requests\s*\.\s*)?codes\s*\.\s*[a-z_]+\b|StatusCodes\.[A-Z_]+)")
#: An assertion on a response's status, by the name the response is bound to (each its own pattern: a group name is
#: used once a pattern): pytest's and Node's `assert`, unittest's `assertEqual`, jest's and vitest's `expect(…).toBe`,
#: chai's `expect(…).to.equal` and chai-http's `expect(res).to.have.status(…)`; each after the word it opens with (a
#: text without it holds no match of the pattern).
_ASSERTIONS = (
    ("assert", re.compile(rf"\bassert\s*\(?\s*{_NAME}\s*(?:===?|\bin\s*[(\[{{])\s*{_STATUS}")),
    ("assert", re.compile(rf"\bassert\s*\(?\s*{_STATUS}\s*===?\s*{_NAME}")),  # (`assert 400 == r.status_code`)
    ("assert", re.compile(rf"\bassert(?:Equal|Equals|_equal|\s*\.\s*(?:equal|strictEqual|deepEqual|deepStrictEqual))\s*\("
                          rf"\s*{_NAME}\s*,\s*{_STATUS}")),
    ("expect", re.compile(rf"\bexpect\s*\(\s*{_NAME}\s*\)\s*\.\s*(?:toBe|toEqual|toStrictEqual|to\s*\.\s*(?:equal|eql|be"
                          rf"\s*\.\s*equal))\s*\(\s*{_STATUS}")),
    ("expect", re.compile(rf"\bexpect\s*\(\s*(?P<name>[A-Za-z_$][\w$]*)(?P<via>)\s*\)\s*\.\s*to\s*\.\s*have\s*\.\s*status"
                          rf"\s*\(\s*{_STATUS}")),
    # jest's `expect(err.response).toHaveProperty('status', 400)`, `expect(err).toHaveProperty('response.status', 400)`
    ("expect", re.compile(rf"\bexpect\s*\(\s*(?P<name>[A-Za-z_$][\w$]*)(?P<via>(?:\s*\.\s*(?:response|value|exception))*)"
                          rf"\s*\)\s*\.\s*toHaveProperty\s*\(\s*['\"](?:response\.)?status['\"]\s*,\s*{_STATUS}")),
)
#: After a call inside jest's `expect(…)`: the refusal it is expected to be rejected with (its status in the matcher's
#: argument, or axios's message for it).
_REJECTS = re.compile(r"\s*\)\s*\.\s*rejects\s*\.\s*(?:toMatchObject|toHaveProperty|toThrow|toThrowError|toEqual)\s*\("
                      r"[^;]{0,160}?(?:status(?:_?[cC]ode)?['\"]?\s*[:,]\s*|status code\s*)(?P<status>\d{3})\b")
#: After a call: a rejection handler on it (`.catch((err) => …)`, `.catch(function (err) {…})`), naming what it is given.
_CATCH = re.compile(r"\s*\.\s*catch\s*\(\s*(?P<handler>(?:async\s*)?(?:function\s*\w*\s*)?\(?\s*(?P<name>[A-Za-z_$][\w$]*)\s*\)?"
                    r"\s*(?:=>|\{))")
#: The call is what jest's `expect(` is given.
_EXPECTED = re.compile(r"\bexpect\s*\(\s*$")
#: The node types that catch what a call raises (a `try`, a `with pytest.raises(…) as excinfo:`).
CATCHING = frozenset({"try_statement", "with_statement"})
#: The context managers that catch what their block raises, by their name's last part.
_RAISES = frozenset({"raises", "assertRaises", "assertRaisesRegex", "assertRaisesRegexp"})
#: The status asserted on the call itself: `assert requests.post(…).status_code == 400`.
_ON_THE_CALL = re.compile(r"\s*\.\s*status(?:_code|Code)?\s*===?\s*" + _STATUS)
#: A call's response bound to a name, just before the call: `r = `, `const res = await `, `res: Response = `.
_BOUND = re.compile(r"(?:^|[^\w$.])(?P<name>[A-Za-z_$][\w$]*)\s*(?::[^=\n]{0,80})?=\s*(?:await\s+)?$")
#: How far before a call its binding is looked for, and how far after it the status asserted on the call itself.
_WINDOW = 200
#: The assertions a file's text is searched for at most: a test file has a few per test.
_MOST_ASSERTIONS = 10_000
#: The assertions after a request looked at for the first on its name.
_LOOKED_AT = 200


def refusal(status: str) -> Refusal:
    """The refusal an asserted status is, when a rule predicts it (core.codes.PREDICTED: a 400 or 422 of a body, a 404
    of a path): `400`, `HTTPStatus.BAD_REQUEST`, `status.HTTP_422_UNPROCESSABLE_ENTITY`, `codes.not_found`; none for
    any other (a 2xx, or a 401, 403, 429, which are about the token, the permission or the rate, and expect the launch
    to be valid)."""
    code: int | None
    name = status.rpartition(".")[2].strip()
    if status.isdigit():
        code = int(status)
    elif name.startswith("HTTP_"):
        code = int(name[5:8]) if name[5:8].isdigit() else None
    else:
        from http import HTTPStatus  # (only when a test names a status so: not on every start)

        member = HTTPStatus.__members__.get(name.upper())  # (requests' `codes.bad_request` is HTTPStatus's, lower-cased)
        code = member.value if member is not None else _REQUESTS_ALIASES.get(name)
    return Refusal(statuses=frozenset({code})) if code in PREDICTED.statuses else NO_REFUSAL


#: requests' short names for the refusing statuses (`codes.bad`), beside HTTPStatus's names.
_REQUESTS_ALIASES = {"bad": 400, "unprocessable": 422}


def raising(source: Any, nodes: Sequence[Any]) -> list[tuple[Offsets, Refusal]]:
    """Where a test expects its block to raise an exception a rule predicts (`with pytest.raises(TypeError):`,
    `with self.assertRaises((TypeError, ValueError)):`), of its `with` statements: the block, and what it expects
    (only the exceptions some rule predicts: `pytest.raises(Exception)` is met by a network error too)."""
    found: list[tuple[Offsets, Refusal]] = []
    for node in nodes:
        body = node.child_by_field_name("body")
        if node.type != "with_statement" or body is None:
            continue
        for clause in node.children:
            for item in clause.children if clause.type == "with_clause" else ():
                value = item.child_by_field_name("value") if item.type == "with_item" else None
                call = value.named_children[0] if value is not None and value.type == "as_pattern" else value
                function = call.child_by_field_name("function") if call is not None and call.type == "call" else None
                if call is None or function is None or source.raw(function).rpartition(".")[2] not in _RAISES:
                    continue
                first = _expected(call)
                names = first.named_children if first is not None and first.type == "tuple" else [first] if first else []
                raised = frozenset(source.raw(name).rpartition(".")[2] for name in names) & PREDICTED.raises
                if raised:
                    found.append((source.offsets(body), Refusal(raises=raised)))
    return found


class Caught(NamedTuple):
    """What catches a call's error: the call within `guarded`, what it raises bound to `name`, whose first assertion
    is looked for within `asserted_in` (a `catch`/`except` clause; after a `with pytest.raises(…)` block, its function)."""

    guarded: Offsets
    name: str
    asserted_in: Offsets | None


def catching(source: Any, nodes: Sequence[Any]) -> list[Caught]:
    """Where a code file catches what its calls raise, of its `try` and `with` statements (CATCHING): a `try` whose
    `catch (err)` / `except … as err` names the error, a `with pytest.raises(…) as excinfo:`."""
    found: list[Caught] = []
    for node in nodes:
        body = node.child_by_field_name("body")
        if body is None:
            continue
        guarded = source.offsets(body)
        if node.type == "with_statement":
            found.extend(Caught(guarded, name, None) for name in _raises_names(source, node))
            continue
        for clause in node.children:
            if clause.type == "catch_clause":  # JavaScript: `catch (err) {…}`
                parameter = clause.child_by_field_name("parameter")
                if parameter is not None and parameter.type == "identifier":
                    found.append(Caught(guarded, source.raw(parameter), source.offsets(clause)))
            elif clause.type == "except_clause":  # Python: `except ApiException as err:`
                target = next((child for child in clause.children if child.type == "as_pattern"), None)
                alias = target.child_by_field_name("alias") if target is not None else None
                if alias is not None:
                    found.append(Caught(guarded, source.raw(alias).strip(), source.offsets(clause)))
    return found


def _raises_names(source: Any, node: Any) -> list[str]:
    """The names a `with` statement binds to a context manager catching what its block raises (`pytest.raises(…) as
    excinfo`, `self.assertRaises(…) as cm`)."""
    names: list[str] = []
    for clause in node.children:
        if clause.type != "with_clause":
            continue
        for item in clause.children:
            pattern = item.child_by_field_name("value") if item.type == "with_item" else None
            if pattern is None or pattern.type != "as_pattern":
                continue
            call, alias = pattern.named_children[0], pattern.child_by_field_name("alias")
            function = call.child_by_field_name("function") if call.type == "call" else None
            if function is not None and alias is not None and source.raw(function).rpartition(".")[2] in _RAISES:
                names.append(source.raw(alias).strip())
    return names


def _expected(call: Any) -> Any:
    """The exception (or tuple of them) a `raises(…)` call expects: its first argument, or `expected_exception=`
    (pytest's keyword)."""
    arguments = call.child_by_field_name("arguments")
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type != "keyword_argument":
            return argument
        name = argument.child_by_field_name("name")
        if name is not None and name.text == b"expected_exception":
            return argument.child_by_field_name("value")
    return None


def may_assert_refusal(text: str) -> bool:
    """Whether a code file may assert a request's refusal (a cheap test before its functions are found)."""
    # Each pattern is searched only where its first word is: `re` tries a pattern opening with `\b` at every position
    # of the text (no literal prefix to skip to), ~1 ms a launch file for the six that most files hold no word of.
    return ("status" in text and (any(word in text and pattern.search(text) is not None
                                      for word, pattern in _ASSERTIONS)
                                  or ("rejects" in text and _REJECTS_ANYWHERE.search(text) is not None))) \
        or ("aises" in text and _EXPECTS_RAISE.search(text) is not None)


#: A test expecting its block to raise (may_assert_refusal's test for `raising`).
_EXPECTS_RAISE = re.compile(r"\b(?:raises|assertRaises\w*)\s*\(")


#: A jest rejection matcher anywhere (may_assert_refusal's test: _REJECTS is matched where a call ends).
_REJECTS_ANYWHERE = re.compile(r"\.\s*rejects\s*\.")


def mark_asserted(text: str, requests: Sequence[LaunchRequest], functions: Sequence[Offsets],
                  caught: Sequence[Caught] = (), raised: Sequence[tuple[Offsets, Refusal]] = ()) -> None:
    """Record on each request of a code file (`functions`: the spans of its functions; `caught`: where it catches what
    a call raises; `raised`: blocks expected to raise) the refusal its test asserts of it (LaunchRequest.asserted)."""
    for request in requests:
        for (start, end), expected in raised:
            if start <= request.site[0] and request.site[1] <= end:
                request.asserted |= expected
    assertions: list[tuple[int, str, str, bool]] = []  # (where, the name asserted on, the status, read through `via`)
    for word, pattern in _ASSERTIONS:
        for match in pattern.finditer(text) if word in text else ():
            assertions.append((match.start(), match.group("name"), match.group("status"), bool(match.group("via"))))
            if len(assertions) >= _MOST_ASSERTIONS:
                break
    assertions.sort()
    positions = [at for at, _, _, _ in assertions]
    function_ends = dict(sorted(functions))  # (a function's span by its start: the handler given to `.catch(`)
    by_block: dict[Offsets, list[Caught]] = {}  # (a `try` with two `except … as` clauses guards one block twice)
    for guard in caught:
        by_block.setdefault(guard.guarded, []).append(guard)
    blocks = list(by_block)
    # the function each guarded block is in: a `with pytest.raises(…)` block's assertion is after it, in its function
    block_functions = dict(zip(blocks, _innermost(blocks, functions), strict=True))
    sites = [request.site for request in requests]

    def first_on(name: str, start: int, end: int, *, through: bool) -> str | None:
        """The status of the first assertion on a name in [start, end) (`through`: a status read through what a client
        raised, `err.response.status`, or off the name itself; else off the name only), or None."""
        first = bisect.bisect_left(positions, start)
        for at, asserted, status, via in assertions[first:first + _LOOKED_AT]:
            if at >= end:
                return None
            if asserted == name and (through or not via):
                return status
        return None

    for request, function, block in zip(requests, _innermost(sites, functions), _innermost(sites, blocks), strict=True):
        start, end = request.site
        window = min(len(text), end + _WINDOW)
        on_call = _ON_THE_CALL.match(text, end, window)
        if on_call is not None:
            request.asserted |= refusal(on_call.group("status"))
            continue
        if _EXPECTED.search(text, max(0, start - _WINDOW), start) and (rejects := _REJECTS.match(text, end, window)):
            request.asserted |= refusal(rejects.group("status"))
            continue
        handler = _CATCH.match(text, end, window)
        handler_end = function_ends.get(handler.start("handler")) if handler is not None else None
        if handler is not None and handler_end is not None:
            status = first_on(handler.group("name"), handler.end(), handler_end, through=True)
            if status is not None:  # (else its response may be bound and asserted on: `.catch((err) => err.response)`)
                request.asserted |= refusal(status)
                continue
        statuses = [status for guard in (by_block.get(block, ()) if block is not None else ())
                    if (status := _asserted_caught(guard, block_functions[guard.guarded], first_on)) is not None]
        if statuses:
            for status in statuses:
                request.asserted |= refusal(status)
            continue
        line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
        bound = _BOUND.search(text, line_start, start)
        if function is None or bound is None:
            continue
        name = bound.group("name")
        rebound = re.compile(rf"(?<![\w$.]){re.escape(name)}\s*(?::[^=\n]{{0,80}})?=(?![=>])")
        first = bisect.bisect_left(positions, end)
        for at, asserted, status, via in assertions[first:first + _LOOKED_AT]:
            if at >= function[1]:
                break
            if asserted != name or via:
                continue
            if rebound.search(text, end, at) is None:  # (the first assertion on the name, before it is bound again)
                request.asserted |= refusal(status)
            break


def _asserted_caught(guard: Caught, function: Offsets | None, first_on: Callable[..., str | None]) -> str | None:
    """The status first asserted on what a guard catches: in its `catch`/`except` clause, or after its `with
    pytest.raises(…)` block in the function holding it."""
    if guard.asserted_in is not None:
        return first_on(guard.name, *guard.asserted_in, through=True)
    if function is None:
        return None
    return first_on(guard.name, guard.guarded[1], function[1], through=True)


def _innermost(sites: Sequence[Offsets], functions: Sequence[Offsets]) -> list[Offsets | None]:
    """The innermost of the spans (functions, guarded blocks) holding each site (None: none), in the sites' order:
    one sweep over both, sorted."""
    spans = sorted(functions, key=lambda span: (span[0], -span[1]))
    order = sorted(range(len(sites)), key=lambda index: sites[index][0])
    found: list[Offsets | None] = [None] * len(sites)
    stack: list[Offsets] = []
    next_span = 0
    for index in order:
        start, end = sites[index]
        while next_span < len(spans) and spans[next_span][0] <= start:
            while stack and stack[-1][1] < spans[next_span][0]:
                stack.pop()  # (ended before this span starts: holds no request from here on)
            stack.append(spans[next_span])
            next_span += 1
        while stack and stack[-1][1] < start:
            stack.pop()
        found[index] = next((span for span in reversed(stack) if span[0] <= start and end <= span[1]), None)
    return found


#: A Postman request's test script asserting a refusal: `pm.response.to.have.status(400)`, `pm.response.to.be.badRequest`
#: (`notFound`), `pm.expect(pm.response.code).to.eql(404)`.
_POSTMAN = re.compile(r"\bpm\s*\.\s*response\s*\.\s*to\s*\.\s*have\s*\.\s*status\s*\(\s*(?P<status>400|404|422)\b"
                      r"|\bpm\s*\.\s*response\s*\.\s*to\s*\.\s*be\s*\.\s*(?P<named>badRequest|clientError|unprocessableEntity|notFound)\b"
                      r"|\bpm\s*\.\s*expect\s*\(\s*pm\s*\.\s*response\s*\.\s*(?:code|status)\s*\)\s*\.\s*to\s*\.\s*"
                      r"(?:eql|equal|be\s*\.\s*oneOf)\s*\(\s*\[?\s*(?P<expected>400|404|422)\b")
#: Postman's named statuses, as the status each is (`clientError`, any 4xx, heard as the body's refusal).
_POSTMAN_NAMED = {"badRequest": "400", "clientError": "400", "unprocessableEntity": "422", "notFound": "404"}
#: A JetBrains response handler asserting a refusal: `client.assert(response.status === 400)`.
_HANDLER = re.compile(r"\bclient\s*\.\s*assert\s*\(\s*(?:response\s*\.\s*status\s*===?\s*(?P<status>400|404|422)\b"
                      r"|(?P<before>400|404|422)\s*===?\s*response\s*\.\s*status\b)")


def postman_test_refusal(script: str) -> Refusal:
    """The refusal a Postman request's own test script asserts of it (a 400 or 422 of its body, a 404 of its path)."""
    found = NO_REFUSAL
    for match in _POSTMAN.finditer(script):
        found |= refusal(match.group("status") or match.group("expected") or _POSTMAN_NAMED[match.group("named")])
    return found


def handler_refusal(handler: str) -> Refusal:
    """The refusal a JetBrains HTTP client response handler (`> {% … %}`) asserts of its request (a 400, 422, 404)."""
    found = NO_REFUSAL
    for match in _HANDLER.finditer(handler):
        found |= refusal(match.group("status") or match.group("before"))
    return found
