"""Whether a JSON or YAML file found by walking a directory may hold a launch body: a cheap byte test.

A service repository is full of JSON and YAML that is not a launch body (package.json,
tsconfig.json, docker-compose.yml, lock files, CI workflows). A file named on the command line or
matched by the project's `include` globs is a payload whatever it holds; a walked one is a payload
only when it names the launch request's vocabulary as a key: a flowId-like key in any spelling
(`flowId`, `flow_id`, `flowID`, `FlowId`…), `flowVersion`, `inputData`, or a `Flow.` input key.
Keys in capitals with underscores (`FLOW_ID:`) are the environment variables of compose files,
CI workflows and config maps, not body members, and do not count. A file that declares itself a
JSON Schema or an OpenAPI/Swagger document describes bodies rather than being one. The URL path
does not count either: a body never holds its URL, and the request formats that do (Postman,
HAR) are recognised as sources by their own sniffing.
"""

from __future__ import annotations

import codecs
import re

# A key, quoted or not, followed by its colon: `"flowId":`, `flow_id:`, `'Flow.customer' :`, `\"flowId\":` (JSON in a string).
_KEY = re.compile(
    rb"""(flow[-_]?id|flowversion|inputdata|flow\.[^\s"'\\:,{}\[\]]+)(?:\\?["'])?[ \t]*:""",
    re.IGNORECASE,
)
#: A byte that cannot precede a vocabulary key (so `workflowId`, `GENESYS_FLOW_ID`, `my.flowId` do not count).
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$.-")
_DESCRIBES_JSON = re.compile(
    rb"""["']?\$schema["']?\s*:\s*["']?https?://json-schema\.org/"""
    rb"""|(?:^|[{,])\s*["']?(?:openapi|swagger)["']?\s*:\s*["']?[0-9]""",
    re.MULTILINE,
)
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
              (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def may_hold_body(data: bytes) -> bool:
    """False when a walked JSON/YAML file certainly holds no launch body (it is then no payload at all)."""
    data = _as_utf8(data)
    for match in _KEY.finditer(data):
        start = match.start()
        if start and data[start - 1] in _WORD:
            continue
        key = match.group(1)
        if key.isupper() and b"." not in key:  # FLOW_ID, INPUTDATA: an environment variable
            continue
        return _DESCRIBES_JSON.search(data) is None
    return False


def _as_utf8(data: bytes) -> bytes:
    """UTF-16 and UTF-32 files (with a byte order mark) as UTF-8, so their keys can be seen."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace").encode("utf-8")
    return data
