"""JSON with comments (`.jsonc`, VS Code's and TypeScript's settings syntax) and a JSON file kept under a template's or
a sample's name (`launch.json.tmpl`, `launch.json.example`, `.json.sample`, `.json.dist`): a JSON body all the same,
read with its `//` and `/* … */` comments blanked (each replaced by spaces of its width, its line breaks kept, so every
offset and line is the file's own)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

#: Suffixes after `.json` that name a copy of a JSON file to fill in or to read, not another format.
COPY_SUFFIXES = (".tmpl", ".template", ".example", ".sample", ".dist")
_JSON_COPIES = tuple(".json" + suffix for suffix in COPY_SUFFIXES)


def commented_json_name(lowered: str) -> bool:
    """Whether a (lower-cased) file name is of a JSON body that may hold comments: `.jsonc` or a `.json` copy's."""
    return lowered.endswith((".jsonc", *_JSON_COPIES))


#: A string (ending at its closing quote or, left open, where its line does: a search never fails at a quote to try again
#: from inside it, quadratic in a line of `\"`), or a comment's opener (the token tsconfig.json's reader in sources/imports.py scans for).
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|//|/\*')
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def comment_spans(text: str, begin: int = 0, stop: int | None = None) -> Iterator[tuple[int, int]]:
    """The [start, end) of each comment outside a string in text[begin:stop] (a `//` one without its line break):
    linear time."""
    stop = len(text) if stop is None else stop
    at = begin
    while (token := _TOKEN.search(text, at, stop)) is not None:
        if token.group()[:1] == '"':
            at = token.end()
            continue
        start = token.start()
        end = text.find("\n" if token.group() == "//" else "*/", token.end(), stop)
        end = stop if end < 0 else end if token.group() == "//" else end + 2
        yield start, end
        at = end


def blank_comments(text: str) -> str:
    """`text` with each comment outside a string replaced by spaces of its width (line breaks kept): linear time."""
    parts: list[str] = []
    done = 0
    for start, end in comment_spans(text):
        parts += [text[done:start], _NOT_A_LINE_BREAK.sub(" ", text[start:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def commented_json_value(text: str) -> tuple[object, str] | None:
    """A tool's JSON-with-comments file (VS Code's tasks.json, deno.jsonc) as the tool reads it, past its comments and
    trailing commas: its value, and the text it was parsed from (comments and stray commas blanked, every offset the
    file's, for a JsonLocator); None when it is no JSON so."""
    blanked = blank_comments(text)
    try:
        return json.loads(blanked), blanked
    except (ValueError, RecursionError):
        from .json_source import ParsedJson, parse_past_commas

        parsed, _, read = parse_past_commas(blanked)
        return (parsed.value, read) if isinstance(parsed, ParsedJson) else None
