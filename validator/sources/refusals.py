"""Negative tests: a launch whose refusal of its body (a 400 or 422) the test asserts. Its body's mistake is the test's point, so it is read
but not judged as a launch (LaunchRequest.refused_by_double), as a launch sent to a stand-in the test has answer with
a 4xx is.

The assertion must be tied to that request: in code, an assertion on the status of the name the request's response
is bound to (`r = httpx.post(…)` then `assert r.status_code == 400`; `const res = await fetch(…)` then
`expect(res.status).toBe(400)`), the first such assertion after it in the same function, before the name is bound
again; or on the call itself (`assert requests.post(…).status_code == 422`). In a request file, the request's own
expected response: Hurl's `HTTP 400`, a JetBrains response handler's `client.assert(response.status === 400)`, a
Postman request's test script's `pm.response.to.have.status(400)`. A test that asserts anything else (a 200, a body
member) sends a launch that is judged; so does one asserting another 4xx (a 401, 403, 404, 429): an auth, permission
or rate-limit test expects its body to be valid, so the body's mistakes are still said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .model import LaunchRequest, Offsets

_NAME = r"(?P<name>[A-Za-z_$][\w$]*)\s*\.\s*status(?:_code|Code)?"
_STATUS = r"(?P<status>\d{3}\b|(?:http\.)?HTTPStatus\.[A-Z_]+|(?:status\.)?HTTP_\d{3}\w*)"
#: An assertion on a response's status, by the name the response is bound to (each its own pattern: a group name is
#: used once a pattern): pytest's and Node's `assert`, unittest's `assertEqual`, jest's and vitest's `expect(…).toBe`,
#: chai's `expect(…).to.equal` and chai-http's `expect(res).to.have.status(…)`.
_ASSERTIONS = (
    re.compile(rf"\bassert\s*\(?\s*{_NAME}\s*(?:===?|\bin\s*[(\[{{])\s*{_STATUS}"),
    re.compile(rf"\bassert\s*\(?\s*{_STATUS}\s*===?\s*{_NAME}"),  # (`assert 400 == r.status_code`)
    re.compile(rf"\bassert(?:Equal|Equals|_equal|\s*\.\s*(?:equal|strictEqual|deepEqual|deepStrictEqual))\s*\(\s*{_NAME}"
               rf"\s*,\s*{_STATUS}"),
    re.compile(rf"\bexpect\s*\(\s*{_NAME}\s*\)\s*\.\s*(?:toBe|toEqual|toStrictEqual|to\s*\.\s*(?:equal|eql|be\s*\.\s*equal))"
               rf"\s*\(\s*{_STATUS}"),
    re.compile(rf"\bexpect\s*\(\s*(?P<name>[A-Za-z_$][\w$]*)\s*\)\s*\.\s*to\s*\.\s*have\s*\.\s*status\s*\(\s*{_STATUS}"),
)
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


#: The statuses that refuse a launch's body: a test asserting one sends a wrong body on purpose (a 401, 403, 429 is
#: about the token, the permission or the rate, and expects the body to be valid).
_BODY_REFUSED = frozenset({400, 422})


def refused(status: str) -> bool:
    """Whether an asserted status refuses the body: `400`, `HTTPStatus.BAD_REQUEST`,
    `status.HTTP_422_UNPROCESSABLE_ENTITY` (not a 401, 403, 404, 429: those expect a valid body)."""
    if status.isdigit():
        return int(status) in _BODY_REFUSED
    name = status.rpartition(".")[2]
    if name.startswith("HTTP_"):
        return name[5:8].isdigit() and int(name[5:8]) in _BODY_REFUSED
    from http import HTTPStatus  # (only when a test names a status so: not on every start)

    member = HTTPStatus.__members__.get(name)
    return member is not None and member.value in _BODY_REFUSED


def may_assert_refusal(text: str) -> bool:
    """Whether a code file may assert a request's refusal (a cheap test before its functions are found)."""
    return "status" in text and any(pattern.search(text) is not None for pattern in _ASSERTIONS)


def mark_asserted(text: str, requests: Sequence[LaunchRequest], functions: Sequence[Offsets]) -> None:
    """Mark each request of a code file (`functions`: the spans of its functions) whose refusal its test asserts."""
    assertions: list[tuple[int, str, str]] = []  # (where, the name asserted on, the status)
    for pattern in _ASSERTIONS:
        for match in pattern.finditer(text):
            assertions.append((match.start(), match.group("name"), match.group("status")))
            if len(assertions) >= _MOST_ASSERTIONS:
                break
    assertions.sort()
    positions = [at for at, _, _ in assertions]
    for request, function in zip(requests, _innermost(requests, functions), strict=True):
        start, end = request.site
        on_call = _ON_THE_CALL.match(text, end, min(len(text), end + _WINDOW))
        if on_call is not None:
            request.refused_by_double = request.refused_by_double or refused(on_call.group("status"))
            continue
        line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
        bound = _BOUND.search(text, line_start, start)
        if function is None or bound is None:
            continue
        name = bound.group("name")
        rebound = re.compile(rf"(?<![\w$.]){re.escape(name)}\s*(?::[^=\n]{{0,80}})?=(?![=>])")
        first = bisect.bisect_left(positions, end)
        for at, asserted, status in assertions[first:first + _LOOKED_AT]:
            if at >= function[1]:
                break
            if asserted != name:
                continue
            if rebound.search(text, end, at) is None:  # (the first assertion on the name, before it is bound again)
                request.refused_by_double = request.refused_by_double or refused(status)
            break


def _innermost(requests: Sequence[LaunchRequest], functions: Sequence[Offsets]) -> list[Offsets | None]:
    """The innermost function holding each request (None: none), in the requests' order: one sweep over both, sorted."""
    spans = sorted(functions, key=lambda span: (span[0], -span[1]))
    order = sorted(range(len(requests)), key=lambda index: requests[index].site[0])
    found: list[Offsets | None] = [None] * len(requests)
    stack: list[Offsets] = []
    next_span = 0
    for index in order:
        start, end = requests[index].site
        while next_span < len(spans) and spans[next_span][0] <= start:
            while stack and stack[-1][1] < spans[next_span][0]:
                stack.pop()  # (ended before this span starts: holds no request from here on)
            stack.append(spans[next_span])
            next_span += 1
        while stack and stack[-1][1] < start:
            stack.pop()
        found[index] = next((span for span in reversed(stack) if span[0] <= start and end <= span[1]), None)
    return found


#: A Postman request's test script asserting a refusal: `pm.response.to.have.status(400)`, `pm.response.to.be.badRequest`,
#: `pm.expect(pm.response.code).to.eql(400)`.
_POSTMAN = re.compile(r"\bpm\s*\.\s*response\s*\.\s*to\s*\.\s*have\s*\.\s*status\s*\(\s*(?:400|422)\b"
                      r"|\bpm\s*\.\s*response\s*\.\s*to\s*\.\s*be\s*\.\s*(?:badRequest|clientError|unprocessableEntity)\b"
                      r"|\bpm\s*\.\s*expect\s*\(\s*pm\s*\.\s*response\s*\.\s*(?:code|status)\s*\)\s*\.\s*to\s*\.\s*"
                      r"(?:eql|equal|be\s*\.\s*oneOf)\s*\(\s*\[?\s*(?:400|422)\b")
#: A JetBrains response handler asserting a refusal: `client.assert(response.status === 400)`.
_HANDLER = re.compile(r"\bclient\s*\.\s*assert\s*\(\s*(?:response\s*\.\s*status\s*===?\s*(?:400|422)\b"
                      r"|(?:400|422)\s*===?\s*response\s*\.\s*status\b)")


def postman_test_refuses(script: str) -> bool:
    """Whether a Postman request's own test script asserts that the request's body is refused (a 400 or 422)."""
    return _POSTMAN.search(script) is not None


def handler_refuses(handler: str) -> bool:
    """Whether a JetBrains HTTP client response handler (`> {% … %}`) asserts that the request's body is refused (a 400 or 422)."""
    return _HANDLER.search(handler) is not None
