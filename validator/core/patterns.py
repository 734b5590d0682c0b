"""Regular expressions compiled at their first use."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, AnyStr, Generic


class OnFirstUse(Generic[AnyStr]):
    """A pattern compiled when it is first used, with the methods of `re.Pattern` that flowlint calls.

    Modules that every run imports (the file walk's kinds, the secret scans) hold many patterns that most runs never
    use; compiling them all at import cost each run's start a few milliseconds."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: AnyStr, flags: int = 0) -> None:
        self.pattern: AnyStr = pattern
        self.flags = flags
        self._compiled: re.Pattern[AnyStr] | None = None

    @property
    def compiled(self) -> re.Pattern[AnyStr]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[AnyStr]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: AnyStr) -> list[Any]:
        return self.compiled.findall(string)

    def sub(self, replacement: AnyStr, string: AnyStr) -> AnyStr:
        return self.compiled.sub(replacement, string)
