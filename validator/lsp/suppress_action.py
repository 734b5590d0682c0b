"""The editor's "suppress" quick fix: a `flowlint: ignore[CODE]` comment written where it suppresses the finding.

A comment alone on the line before the finding's, in the file's (or the Markdown block's) comment syntax, as eslint's
"disable for this line"; for a finding inside a body written over several lines of one string (checker.suppress's
WrittenBody: curl's `-d '{ … }'`, a Python triple-quoted string, a .http body, a YAML block, a heredoc), where a line
before it is inside the string, before the launch's statement or the line the string starts on. Each place is proven as
a fix is: the file checked with the comment gives the same findings but that one (and no FL009); none proven, none
offered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from ..core.codes import TOOL_FAILURES, UNUSED_SUPPRESSION
from ..core.diagnostics import Diagnostic, Edit
from ..core.lines import LineIndex

Check = Callable[[str], Sequence[Diagnostic]]


def suppressible(diagnostic: Diagnostic, path: str) -> bool:
    """Whether a comment may suppress the diagnostic: one located in this file, no FL009 (remove that comment instead),
    never flowlint's own failures."""
    return diagnostic.code not in TOOL_FAILURES and diagnostic.code != UNUSED_SUPPRESSION \
        and diagnostic.span is not None and diagnostic.file == path


def suppression_edit(path: str, text: str, diagnostics: Sequence[Diagnostic], target: Diagnostic,
                     check: Check) -> Edit | None:
    """The insertion of a comment suppressing `target` (one of `diagnostics`, the file's findings on `text`), proven by
    `check` (the file's findings on a text); None when no place is proven."""
    from ..checker.loader import load_documents
    from ..checker.suppress import comment_lines, file_kind, written_bodies
    from ..sources.comments import comment_form

    assert target.span is not None
    documents = load_documents(text.encode("utf-8", "surrogatepass"), path)
    if not documents:
        return None
    kind = file_kind(documents[0])
    before = Counter((d.code, d.message) for d in diagnostics)
    lines = LineIndex(text)
    for line in comment_lines(written_bodies(documents, kind), target.span.line):
        start = lines.offset(line, 1)
        form = comment_form(kind, text, start)
        if form is None:
            continue
        written = lines.line_text(line)
        indent = written[:len(written) - len(written.lstrip(" \t"))]
        comment = f"{indent}{form.format(f'flowlint: ignore[{target.code}]')}\n"
        after = Counter((d.code, d.message) for d in check(text[:start] + comment + text[start:]))
        if _only_suppressed(before, after, target):
            return Edit(start, start, comment, lines.span(start, start))
    return None


def _only_suppressed(before: Counter[tuple[str, str]], after: Counter[tuple[str, str]], target: Diagnostic) -> bool:
    """Whether the findings after the comment are those before it but the target and others of its rule (the comment
    covers them too): nothing new (an FL009, a body the comment broke), nothing else gone."""
    if after - before or after[(target.code, target.message)] >= before[(target.code, target.message)]:
        return False
    return all(code == target.code for (code, _), count in before.items() if after[(code, _)] < count)
