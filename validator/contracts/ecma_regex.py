"""JSON Schema `pattern`: ECMA-262 regular expressions, matched in linear time.

JSON Schema says a pattern is an ECMA-262 regular expression. Python's `re` is not one (its `$`
matches before a final newline, its `\\d` matches any Unicode digit) and it backtracks: `^(a+)+$`
against `"a" * 34 + "!"` runs for hours. So a pattern is checked for ECMA syntax by `regress` (the
engine check-jsonschema uses), then translated to RE2, which matches in time linear in the text.
regress itself backtracks as badly as `re`, so it never matches a value.

A valid ECMA pattern RE2 cannot express (lookaround, backreferences) is *unknown*: its `search` says yes to every
value (an unknown never fails a check), and `known` is False so that the validators say what they could not decide
(schema.PatternNotApplied) instead of guessing: neither a value's `pattern` nor which patternProperties match a key.
"""

from __future__ import annotations

import re
from typing import Any

from ..core.sizecache import cache_by_size

#: ECMA-262 WhiteSpace and LineTerminator: what `\s` means there.
_SPACE = r"\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}"
_DOT = r"[^\n\r\x{2028}\x{2029}]"  # ECMA `.` stops at every line terminator, not only \n
_ANY = r"\x{0}-\x{10FFFF}"
_SIMPLE_ESCAPES = {"t": r"\t", "n": r"\n", "v": r"\x0B", "f": r"\f", "r": r"\r", "0": r"\x00"}
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Cap on a pattern's source: a contract is small; a huge pattern is an attack on compile time.
MAX_PATTERN_LENGTH = 10_000


#: Per pattern, the results kept for texts up to this length, and how many (bounded: ~150 KiB a pattern).
_SEEN_LENGTH = 64
_SEEN_TEXTS = 1024


#: The bundled launch schema's patterns, each with a Python expression of the very same language on every string (ASCII
#: classes and literals only, `$` as the very end, no nested repetition): a run whose only patterns are these loads neither
#: engine (~2.5-6 ms). tests/test_security.py holds each to regress and RE2.
_BUNDLED: dict[str, str] = {
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$":
        r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z",
    r"^Flow\.": r"^Flow\.",
}


class InvalidPattern(ValueError):
    """Not an ECMA-262 regular expression."""


class _Untranslatable(Exception):
    """Valid ECMA that RE2 cannot express."""


class EcmaPattern:
    """One compiled pattern: `search(text)` tells whether it matches anywhere in the text (ECMA semantics)."""

    __slots__ = ("_compiled", "_low", "_seen", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._seen: dict[str, bool] = {}  # short texts already matched: input names repeat across thousands of bodies
        bundled = _BUNDLED.get(source)
        if bundled is not None:
            self._compiled: Any = re.compile(bundled)
            self._low: Any = None
            return
        import re2  # imported with the first other pattern: a run whose contracts hold none never loads either engine
        import regress

        if len(source) > MAX_PATTERN_LENGTH:
            raise InvalidPattern(f"the pattern is {len(source):,} characters long (the limit is {MAX_PATTERN_LENGTH:,})")
        try:
            regress.Regex(source)
        except regress.RegressError as err:
            raise InvalidPattern(f"{source!r} is not an ECMA-262 regular expression: {err}") from None
        try:
            options = re2.Options()
            options.log_errors = False
            options.max_mem = 8 << 20
            options.never_capture = True  # only "does it match" is asked
            self._compiled = re2.compile(_to_re2(source), options)
        except (_Untranslatable, re2.error):
            self._compiled = None
        # The binding's low-level matcher is 4x faster than its re-like search (no offsets mapped back to str).
        low = getattr(self._compiled, "_regexp", None)
        anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
        self._low = (low, anchor) if low is not None and anchor is not None else None

    @property
    def known(self) -> bool:
        """Whether values are really checked against this pattern (else every value passes)."""
        return self._compiled is not None

    def search(self, text: Any) -> bool:
        if self._compiled is None or not isinstance(text, str):
            return True
        seen = self._seen.get(text)
        if seen is not None:
            return seen
        found = self._search(text)
        if len(text) <= _SEEN_LENGTH and len(self._seen) < _SEEN_TEXTS:
            self._seen[text] = found
        return found

    def _search(self, text: str) -> bool:
        if self._low is None and isinstance(self._compiled, re.Pattern):  # a bundled pattern: Python's re reads str
            return self._compiled.search(text) is not None
        data = _utf8(text)  # RE2 reads UTF-8 only
        if self._low is not None:
            low, anchor = self._low
            return bool(low.Match(anchor, data, 0, len(data))[0][0] != -1)
        return self._compiled.search(data.decode("utf-8")) is not None


def _utf8(text: str) -> bytes:
    """A text as RE2 reads it: UTF-8, a lone surrogate as U+FFFD (which matches what a lone one would)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


class PatternSet:
    """Many patterns asked of one text at once: `matching(text)` is the indices of the known ones whose `search` finds
    it, from one pass of RE2 sets over the text instead of one search per pattern (a contract's 2,000 patternProperties
    against a body's 2,000 inputs were 4 million searches a pass: 43 s); `unknown` is the indices of those that cannot be
    matched (not `known`): whether a text matches them is not known. Bundled patterns, matched by Python's re, are asked
    one by one; a set RE2 refuses to build (its memory) is split in halves until each part builds, or a part of one
    pattern is that pattern alone."""

    __slots__ = ("_alone", "_count", "_sets", "unknown")

    def __init__(self, sources: list[str]) -> None:
        patterns = [compile_pattern(source) for source in sources]  # InvalidPattern, as ever
        self._count = len(patterns)
        self._sets: list[tuple[Any, list[int]]] = []
        self.unknown = [index for index, pattern in enumerate(patterns) if not pattern.known]
        in_sets = [index for index, pattern in enumerate(patterns) if pattern._low is not None]
        self._alone = [(index, pattern) for index, pattern in enumerate(patterns) if pattern._low is None and pattern.known]
        parts = [in_sets] if in_sets else []
        while parts:
            part = parts.pop()
            built = _re2_set([sources[index] for index in part])
            if built is not None:
                self._sets.append((built, part))
            elif len(part) == 1:
                self._alone.append((part[0], patterns[part[0]]))
            else:
                parts += [part[:len(part) // 2], part[len(part) // 2:]]

    def matching(self, text: Any) -> list[int]:
        """The indices of the known patterns that match somewhere in the text, in order (all of them for a text that is
        no string, as `search` says of it)."""
        if not isinstance(text, str):
            return list(range(self._count))
        found = [index for index, pattern in self._alone if pattern.search(text)]
        if self._sets:
            data = _utf8(text)
            for built, indices in self._sets:
                found += [indices[number] for number in built.Match(data) or ()]
            found.sort()
        return found


class PatternSets:
    """The PatternSet of each `patternProperties` of one schema (its keys), built once per mapping (1,000 patterns: 10 ms
    a build, asked two to four times a body). A validator keeps one beside the schema it owns, for as long as it lives:
    a mapping here is held here, so its id is no other's (as subset.EnumSets)."""

    __slots__ = ("_built",)

    def __init__(self) -> None:
        self._built: dict[int, tuple[Any, PatternSet]] = {}

    def __call__(self, patterns: dict[str, Any]) -> PatternSet:
        known = self._built.get(id(patterns))
        if known is None:
            known = self._built[id(patterns)] = (patterns, PatternSet(list(patterns)))
        return known[1]


def _re2_set(sources: list[str]) -> Any:
    """An RE2 set of the patterns (translated as EcmaPattern does, each known to translate), or None when RE2 will not
    build it within its memory."""
    import re2

    options = re2.Options()
    options.log_errors = False
    options.max_mem = 8 << 20
    options.never_capture = True
    built = re2.Set.SearchSet(options)
    try:
        for source in sources:
            built.Add(_to_re2(source))
        built.Compile()
    except (re2.error, _Untranslatable):
        return None
    return built


@cache_by_size(budget=1 << 20, largest=MAX_PATTERN_LENGTH + 100)
def compile_pattern(source: str) -> EcmaPattern:
    """The pattern for a source string (InvalidPattern when it is not ECMA-262); compiled once."""
    return EcmaPattern(source)


#: `^` and then only letters, digits, `_` and escaped dots: a pattern that asks a text to start with those characters.
_LITERAL_PREFIX = re.compile(r"\^((?:[A-Za-z0-9_]|\\\.)+)")


def literal_prefix(source: str) -> str | None:
    """The text a pattern asks a string to start with, when that is all it asks (`^Flow\\.`: "Flow."), else None:
    its search is then `startswith`, whichever engine would match it (an ASCII literal, `^` the start of the text)."""
    match = _LITERAL_PREFIX.fullmatch(source)
    return match.group(1).replace("\\.", ".") if match else None


def is_valid(source: str) -> bool:
    try:
        compile_pattern(source)
    except InvalidPattern:
        return False
    return True


def _to_re2(source: str) -> str:
    """The same language in RE2 syntax (the pattern is already known to be valid ECMA)."""
    out: list[str] = []
    i, in_class, n = 0, False, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            escaped, i = _escape(source, i + 1, in_class)
            out.append(escaped)
            continue
        if in_class:
            if ch == "]":
                in_class = False
                out.append("]")
            elif ch == "[":
                out.append(r"\[")  # literal in ECMA; RE2 would read [:alpha:]
            else:
                out.append(ch)
        elif ch == "[":
            if source.startswith("[^]", i):
                out.append(f"[{_ANY}]")
                i += 3
                continue
            if source.startswith("[]", i):
                out.append(f"[^{_ANY}]")
                i += 2
                continue
            in_class = True
            out.append("[^" if source.startswith("[^", i) else "[")
            i += 2 if source.startswith("[^", i) else 1
            if i < n and source[i] == "]":  # a leading ] would be literal in RE2 but closes the class in ECMA
                raise _Untranslatable
            continue
        elif ch == ".":
            out.append(_DOT)
        elif ch == "$":
            out.append(r"\z")
        elif ch == "(" and source.startswith("(?<", i) and not source.startswith(("(?<=", "(?<!"), i):
            out.append("(?P<")  # a named group
            i += 3
            continue
        elif ch in "{}" and not _is_quantifier(source, i):
            out.append("\\" + ch)  # Annex B: a brace that is no quantifier is a literal
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _escape(source: str, i: int, in_class: bool) -> tuple[str, int]:
    """An escape starting after the backslash at i-1: its RE2 form and the index after it."""
    if i >= len(source):
        raise _Untranslatable
    ch = source[i]
    if ch in _SIMPLE_ESCAPES and not (ch == "0" and source[i + 1:i + 2].isdigit()):
        return _SIMPLE_ESCAPES[ch], i + 1
    if ch == "s":
        return (_SPACE if in_class else f"[{_SPACE}]"), i + 1
    if ch == "S":
        if in_class:
            raise _Untranslatable
        return f"[^{_SPACE}]", i + 1
    if ch in "dDwW":
        return "\\" + ch, i + 1  # ASCII-only in both ECMA and RE2
    if ch in "bB":
        return (r"\x08" if in_class and ch == "b" else "\\" + ch), i + 1
    if ch == "u":
        if source.startswith("{", i + 1):
            end = source.find("}", i + 2)
            digits = source[i + 2:end] if end > 0 else ""
            if digits and all(c in "0123456789abcdefABCDEF" for c in digits):
                return rf"\x{{{digits}}}", end + 1
        digits = source[i + 1:i + 5]
        if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
            return rf"\x{{{digits}}}", i + 5
        return "u", i + 1  # Annex B: `\u` without digits is a literal u
    if ch == "x":
        digits = source[i + 1:i + 3]
        if len(digits) == 2 and all(c in "0123456789abcdefABCDEF" for c in digits):
            return rf"\x{{{digits}}}", i + 3
        return "x", i + 1
    if ch == "c" and i + 1 < len(source) and source[i + 1].isascii() and source[i + 1].isalpha():
        return rf"\x{{{ord(source[i + 1]) % 32:X}}}", i + 2
    if ch.isdigit() or ch == "k":
        raise _Untranslatable  # backreferences
    if ch.isascii() and not ch.isalnum():
        return "\\" + ch, i + 1  # an escaped syntax character
    if ch.isalpha():
        raise _Untranslatable  # \p{…} and friends: rare; never guess their meaning
    return rf"\x{{{ord(ch):X}}}", i + 1  # Annex B identity escape of any other character


def _is_quantifier(source: str, i: int) -> bool:
    """Whether the brace at i starts (or ends) a {n}, {n,} or {n,m} quantifier."""
    if source[i] == "}":
        start = source.rfind("{", 0, i)
        return start >= 0 and _is_quantifier(source, start)
    end = source.find("}", i)
    if end < 0:
        return False
    low, _, high = source[i + 1:end].partition(",")
    return low.isdigit() and (not high or high.isdigit()) and low.isascii() and high.isascii()
