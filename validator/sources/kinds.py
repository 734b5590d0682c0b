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
DATA_ACTION = (".custom.json",)
#: Every suffix a directory walk picks up for these sources (Postman collections end in .json, walked anyway).
SOURCE_SUFFIXES = JAVASCRIPT + TYPESCRIPT + TSX + PYTHON + HTTP + SHELL + MARKDOWN + HAR

_BY_SUFFIX = {**dict.fromkeys(JAVASCRIPT, "javascript"), **dict.fromkeys(TYPESCRIPT, "typescript"),
              **dict.fromkeys(TSX, "tsx"), **dict.fromkeys(PYTHON, "python"), **dict.fromkeys(HTTP, "http"),
              **dict.fromkeys(SHELL, "shell"), **dict.fromkeys(MARKDOWN, "markdown"), **dict.fromkeys(HAR, "har")}
#: A file that can launch a flow names the endpoint or an SDK launch method somewhere in its bytes.
_NEEDLES = re.compile(rb"flows/executions|postFlowsExecutions|post_flows_executions")
#: Names minifiers and bundlers give their output (JavaScript only).
_MINIFIED_NAMES = (".min.js", ".min.mjs", ".min.cjs", "-min.js", ".bundle.js")
_SCRIPT_KINDS = ("javascript", "typescript", "tsx")


def source_kind(name: str | None, data: bytes) -> str | None:
    """The source kind of a file (javascript, python, http, postman…), or None for a payload file."""
    lowered = (name or "").lower()
    suffix = lowered[lowered.rfind("."):] if "." in lowered else ""
    if suffix == ".json":
        if lowered.endswith(POSTMAN) or b"schema.getpostman.com" in data:
            return "postman"
        return "data-action" if lowered.endswith(DATA_ACTION) or is_data_action(data) else None
    return _BY_SUFFIX.get(suffix)


_REQUEST_URL = re.compile(rb'"requestUrlTemplate"\s*:')
_EXPORT_KEYS = re.compile(rb'"(?:integrationType|actionType|integrationId|category)"\s*:')


def is_data_action(data: bytes) -> bool:
    """A Genesys Cloud data action export (JSON): the export's keys and a request URL template."""
    return b"requestUrlTemplate" in data and _REQUEST_URL.search(data) is not None and _EXPORT_KEYS.search(data) is not None


def may_launch(kind: str, name: str | None, data: bytes) -> bool:
    """The prefilter: False when the file certainly holds no launch (no parser runs then)."""
    # One fast substring scan first (common to every needle); the pattern only runs on the rare hit.
    if b"xecutions" not in data:
        return False
    if kind == "postman":
        return True  # a collection may write its URL as parts: "path": ["api", "v2", "flows", "executions"]
    return _NEEDLES.search(data) is not None


def minified_by_name(kind: str, name: str | None) -> bool:
    """A JavaScript file named as minifiers and bundlers name their output (`app.min.js`, `vendor.bundle.js`)."""
    return kind in _SCRIPT_KINDS and (name or "").lower().endswith(_MINIFIED_NAMES)


def has_minifier_signature(kind: str, text: str) -> bool:
    """Minified JavaScript/TypeScript: nearly all of a large file on a few very long lines, dense with code.

    Never Python (nobody minifies it). The density test (statements and calls: `;` and `(`) tells a
    minified bundle from a file holding one long literal (a base64 image, a data table), whose
    short lines of real code are still searched.
    """
    if kind not in _SCRIPT_KINDS or len(text) < 5000:
        return False
    long_lines = [line for line in text.splitlines() if len(line) > 1000]
    if not long_lines or len(long_lines) > 10:
        return False
    size = sum(len(line) for line in long_lines)
    if size < 0.9 * len(text):
        return False
    return sum(line.count(";") + line.count("(") for line in long_lines) >= size / 100
