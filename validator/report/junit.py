"""`--format junit`: JUnit XML, one test case per finding (one passing case when there is none), for CI test views."""

from __future__ import annotations

import re
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from ..core.diagnostics import Diagnostic, Severity
from ..core.printable import printable as escaped
from .base import LineSource, Summary

#: What XML 1.0 has no character for beyond what `printable` escapes: U+FFFE and U+FFFF (one in a key voided CI's
#: whole report: "not well-formed").
_NOT_XML = re.compile("[\ufffe\uffff]")


def printable(text: str) -> str:
    """Text from input as every output shows it, and as XML can hold it."""
    return _NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", escaped(text))


class JunitReporter:
    shows_lines = False  # no excerpt: a run makes none for it

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.cases: list[str] = []
        self.failures = 0

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        for d in diagnostics:
            where = printable(d.file or "stdin")
            if d.span:
                where += f":{d.span.line}:{d.span.column}"
            text = f"{where}: {d.code} {d.severity.value} {printable(d.message)}"
            if d.help:
                text += f"\nhelp: {printable(d.help)}"
            tag = "failure" if d.severity is not Severity.INFO else "skipped"
            self.failures += tag == "failure"
            self.cases.append(
                f'    <testcase name={quoteattr(f"{d.code} {d.name}")} classname={quoteattr(printable(d.file or "stdin"))}'
                + (f' line="{d.span.line}"' if d.span else "") + ">\n"
                f"      <{tag} message={quoteattr(printable(d.message))} type={quoteattr(d.code)}>{escape(text)}</{tag}>\n"
                "    </testcase>")

    def finish(self, summary: Summary) -> None:
        cases = self.cases or ['    <testcase name="no findings" classname="flowlint"/>']
        self.stream.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="flowlint" tests="{len(cases)}" failures="{self.failures}">\n'
            f'  <testsuite name="flowlint" tests="{len(cases)}" failures="{self.failures}" errors="0" '
            f'skipped="{len(self.cases) - self.failures}">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
