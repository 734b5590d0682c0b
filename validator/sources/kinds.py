"""Which files hold launch requests in code or request formats: by name, then by a cheap byte test.

Kept free of parser imports: the file walk asks it about every file.
"""

from __future__ import annotations

import re

JAVASCRIPT = (".js", ".mjs", ".cjs", ".jsx")
TYPESCRIPT = (".ts", ".mts", ".cts")
TSX = (".tsx",)
PYTHON = (".py",)
HTTP = (".http", ".rest")
SHELL = (".sh", ".bash", ".zsh")
MARKDOWN = (".md", ".markdown")
HAR = (".har",)
POSTMAN = (".postman_collection.json",)
#: Every suffix a directory walk picks up for these sources (Postman collections end in .json, walked anyway).
SOURCE_SUFFIXES = JAVASCRIPT + TYPESCRIPT + TSX + PYTHON + HTTP + SHELL + MARKDOWN + HAR

_BY_SUFFIX = {**dict.fromkeys(JAVASCRIPT, "javascript"), **dict.fromkeys(TYPESCRIPT, "typescript"),
              **dict.fromkeys(TSX, "tsx"), **dict.fromkeys(PYTHON, "python"), **dict.fromkeys(HTTP, "http"),
              **dict.fromkeys(SHELL, "shell"), **dict.fromkeys(MARKDOWN, "markdown"), **dict.fromkeys(HAR, "har")}
#: A file that can launch a flow names the endpoint or an SDK launch method somewhere in its bytes.
_NEEDLES = re.compile(rb"flows/executions|postFlowsExecutions|post_flows_executions")
_MINIFIED = (".min.js", ".min.mjs", ".bundle.js", "-min.js")


def source_kind(name: str | None, data: bytes) -> str | None:
    """The source kind of a file (javascript, python, http, postman…), or None for a payload file."""
    lowered = (name or "").lower()
    suffix = lowered[lowered.rfind("."):] if "." in lowered else ""
    if suffix == ".json":
        return "postman" if lowered.endswith(POSTMAN) or b"schema.getpostman.com" in data else None
    return _BY_SUFFIX.get(suffix)


def may_launch(kind: str, name: str | None, data: bytes) -> bool:
    """The prefilter: False when the file certainly holds no launch (no parser runs then)."""
    # One fast substring scan first (common to every needle); the pattern only runs on the rare hit.
    if b"xecutions" not in data:
        return False
    if kind == "postman":
        return True  # a collection may write its URL as parts: "path": ["api", "v2", "flows", "executions"]
    if _NEEDLES.search(data) is None:
        return False
    return not (name or "").lower().endswith(_MINIFIED)


def is_minified(text: str) -> bool:
    """Generated or minified code: few, very long lines."""
    if len(text) < 5000:
        return False
    lines = text.count("\n") + 1
    return len(text) / lines > 500
