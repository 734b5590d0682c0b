"""Wrong examples in documentation: a code block the page itself marks as the mistake it shows.

Docs show a launch done wrong beside the one done right ("❌ Wrong", "## Bad", "Don't do this:", "This fails with
400"). The wrong one is the page's point, as a negative test's refused body is the test's (sources/refusals.py): it is
read but not judged as a launch, and `--fix` never rewrites it into the right one. Only the page's own words decide,
read next to the block:

- the label just before it: the last sentence of the paragraph right above it (or its heading, or an AsciiDoc block
  title), when it leads with a wrong word ("Wrong", "Bad", "Incorrect", "Before:", "Don't…:", "Avoid…:"), is a short
  label naming a mistake ("Common mistakes", "The same mistake with curl:"), carries a cross ("❌", "✗"), or says the
  platform refuses it ("won't work", "fails with 400", "Invalid request body");
- else the section's heading, for the first block under it (a later block of the section has its own words);
- else the first sentence right after the block, when it says of the block that the platform refuses it ("This fails
  with 400", "The platform answers 400 Bad Request"), not on a condition ("If the ID is wrong, it returns 400");
- or the block itself, when it shows the platform's refusal as its reply (`HTTP/1.1 400 Bad Request`).

A label that also marks the block right ("✅", "Right", "Correct", "Instead", "to avoid") is no wrong mark: a block it
marks right stays judged. The words are read in the main languages of documentation too: "Falsch", "Falsches
Beispiel", "Ejemplo incorrecto", "Mauvais exemple", "Exemplo errado", "Esempio sbagliato", "間違った例", "错误示例"
(wrong); "Richtig", "Correcto", "Bon exemple", "正しい例" (right); "la plateforme répond 400" (refused). Each block
looks back no further than the block before it and a bounded number of lines, so a page is read in time linear in its
length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .model import LaunchRequest, Offsets

#: How many lines above a block its label and its section's heading are looked for, at most.
_LOOK_BACK = 40
#: The most characters of a paragraph read for its last sentence.
_PARAGRAPH_MAX = 2000

#: A cross: the page marks what follows as wrong.
_CROSS = re.compile(r"❌|✗|✘|⛔|🚫|👎|:x:|:no_entry(?:_sign)?:|:thumbsdown:|:-1:")
#: A tick: the page marks what follows as right.
_TICK = re.compile(r"✅|✓|✔|👍|☑|:white_check_mark:|:heavy_check_mark:|:thumbsup:|:\+1:")
#: Words that say an example is wrong, in the main languages of documentation but English (German, Spanish, French,
#: Portuguese, Italian, Dutch, Russian), each with its endings; then Japanese, Chinese and Korean, written without
#: spaces (no word boundary: matched as written).
_WRONG_WORDS = (r"(?:falsch|schlecht|fehlerhaft|ungültig|incorrect|erróne|equivocad|inválid|mauvais|faux|fausse|erroné"
                r"|invalide|errad|incorret|sbagliat|errat[oaie]\b|scorrett|non valid[oaie]\b|onjuist|verkeerd|fout"
                r"|неправильн|неверн|ошибочн|плох)\w*")
_WRONG_CJK = (r"間違った|間違い例|間違いの例|誤った|誤り例|悪い例|ダメな例|NG例|不正な|错误示例|错误的|错误写法|錯誤示例|錯誤的"
              r"|不正确|不正確|反例|잘못된|나쁜 예")
#: A label's first words that say what follows is wrong ("Wrong", "Bad (curl)", "Before:", "Don't send `inputs`:").
_LEADS_WRONG = re.compile(rf"(?:(?:wrong|bad|incorrect|broken|invalid|mistaken|anti-?patterns?|not like this)\b|before\s*:"
                          rf"|(?:{_WRONG_WORDS}|(?:vorher|antes|avant|prima|voor)\s*:|(?:so nicht|nicht so|así no|pas comme ça"
                          rf"|assim não|non così) *[:!]|(?:häufige|typische|klassische) fehler|errores comunes"
                          rf"|erreurs (?:courantes|fréquentes)|erros comuns|errori comuni)(?!\w)|{_WRONG_CJK}"
                          r"|before(?:[\s*_`]*\([^()]*\))?[\s*_`:]*$"  # "**Before**", "Before (fails):" as the whole label (linear)
                          r"|(?:a |the )?(?:common |classic |typical |frequent |same )?(?:mistakes?|pitfalls?)\b"
                          r"|(?:a |the )?(?:common|classic|typical|frequent) errors?\b)", re.I)
#: A label's first words that forbid what follows, counted only when the label introduces it (ends with a colon).
_LEADS_FORBIDDING = re.compile(r"(?:don['’]?t|do not|avoid|vermeiden|nicht|evit[ae]|no hagas|à éviter|évitez|ne faites pas"
                               r"|não faça|da evitare|non fare)(?!\w)"
                               r"(?!\s+(?:forget|miss|need|have to|worry|vergessen|zu vergessen))", re.I)
#: Words of a short label (a few words at most) that name a mistake ("The classic mistake", "Common pitfalls").
_NAMES_MISTAKE = re.compile(rf"\b(?:wrong|bad|incorrect|mistakes?|pitfalls?|anti-?patterns?"
                            rf"|(?:invalid|malformed|broken) (?:request|body|payload|launch|call|example|json|inputs?)"
                            rf"|{_WRONG_WORDS})(?!\w)|{_WRONG_CJK}", re.I)
_SHORT_LABEL = 6
#: The platform refusing what is shown, said in words (`Bad Request` alone is none: a page may show how to handle it).
_REFUSED = re.compile(r"\b(?:won['’]?t|will not|doesn['’]?t|does not|wouldn['’]?t|would not) work\b"
                      r"|\bfails? (?:with|because)\b|\b(?:is|are|gets|get|was|will be) (?:rejected|refused)\b"
                      r"|\b(?:rejects|refuses)\b|\b(?:returns?|answers?|responds?|results in|gets)(?: with)?(?: an?)?(?: HTTP)?"
                      r"[ `'\"]+4(?:00|22)\b|\bcauses?(?: of)?(?: an?)?(?: HTTP)?[ `'\"]*4(?:00|22)s?\b"
                      r"|Invalid request body|\b(?:what )?not to do\b|\b(?:don['’]?t|do not) do this\b"
                      # the same said in German, Spanish, French, Portuguese, Italian: "antwortet mit 400", "répond 400"
                      r"|\b(?:antwortet|liefert|répond|renvoie|retourne|responde|devuelve|retorna|risponde|restituisce)"
                      r"(?: (?:mit|avec|con|com|with|une?|an?|um|el|o|il|un|erreur|error|erro|errore|fehler|code|http))*"
                      r"[ `'\"]+4(?:00|22)\b|\b(?:abgelehnt|rechazad[oa]|rejetée?|refusée?|rejeitad[oa]|recusad[oa]"
                      r"|rifiutat[oa]|respinto)\b|拒否され|被拒绝",
                      re.I)
#: Words that make a refusal a case the page handles or guards against, not what the block does.
_HANDLING = re.compile(r"\b(?:if|when|unless|whenever|otherwise|handle|handles|handling|catch|catches|retry|retries"
                       r"|wenn|falls|sonst|cuando|si|quand|lorsque|sinon|quando|senão|altrimenti)\b|場合|如果", re.I)
#: A label's first words that say what follows is right.
_LEADS_RIGHT = re.compile(r"(?:right|correct|good|fixed|after\s*:|instead|better|do\s*:|the fix\b|valid\b"
                          r"|richtig|korrekt|gut\b|besser|stattdessen|nachher\s*:|correct[oa]|bien\b|mejor|bon(?:ne)?\b"
                          r"|mieux|après\s*:|despu[eé]s\s*:|depois\s*:|corret[oa]|cert[oa]\b|melhor|giust[oa]|meglio"
                          r"|invece|goed|juist|правильн|正しい|良い例|正确|正確|올바른)", re.I)
#: Words anywhere in a label that say what follows is right, or is how to avoid the mistake.
#: (Not after a word that negates it: "not correct", "nicht richtig", "no es correcto", "pas correct".)
_SAYS_RIGHT = re.compile(r"(?<!not )(?<!n't )(?<!nicht )(?<!no )(?<!no es )(?<!pas )(?<!não )(?<!não é )(?<!non )(?<!non è )"
                         r"\b(?:correct(?:ly|ed)?|instead(?! of\b)|the right way|to avoid|avoids|avoiding|fixed|the fix"
                         r"|richtig\w*|korrekt\w*|stattdessen|correct[oa]s?|en su lugar|en lugar de eso|à la place"
                         r"|corret[oa]s?|em vez disso|corrett[oa]|invece)\b|正しい|正确|正確", re.I)
#: A sentence that speaks of the block just shown (after it): what it does, not what may happen on a condition.
_OF_THE_BLOCK = re.compile(r"(?:this|that|it|here|such a|the (?:above|request|body|example|call|platform|api|"
                           r"endpoint|server|launch)|genesys(?: cloud)?|sending (?:this|that|it))\b", re.I)
#: A label saying what the block it introduces lacks or gets wrong ("The following body is missing the prefix:").
_DEFECT = re.compile(r"\b(?:the following|this|the next|the one below|here is an?)\s+(?:[\w`.-]+\s+){0,2}?"
                     r"(?:body|request|payload|example|call|launch|json)\b[^.:;]{0,80}?\b(?:is missing|misses|lacks|has no"
                     r"|does(?:n['’]?t| not) have|forgets|omits|leaves out|is malformed|is invalid|is wrong|is broken)\b", re.I)
#: Where a label's last clause starts: what follows "…, so", "…, then", "…; " is what introduces the block ("Invalid
#: tokens are refused, so refresh first and then send:" introduces a launch to copy, not a token).
_CONSEQUENCE = re.compile(r"[;,]\s*(?:and\s+)?(?:so|then|therefore|hence)\b\s*|;\s*", re.I)
#: A refusal said of a kind of request, not of the block ("The API returns 400 for a malformed body, so check yours").
_GENERIC = re.compile(r"\bfor (?:a|an|any|every)\b", re.I)
#: A sentence's subject that is the block itself ("This fails", "Sending this", "The above"), not the platform at large.
_THE_BLOCK_ITSELF = re.compile(r"(?:this|that|it|here|such a|the above|sending (?:this|that|it))\b", re.I)
#: The most characters of a label judged (a heading or a block title is one line, of any length).
_LABEL_MAX = 400
#: A reply's status line refusing the request, shown in the block after it.
_REFUSAL_REPLY = re.compile(r"^[ \t]*(?:<[ \t]*)?HTTP(?:/\d(?:\.\d)?)?[ \t]+4(?:00|22)\b", re.M)

#: Lines around a block that belong to it, not to the prose: a fence, an AsciiDoc block's attributes or delimiter,
#: a reStructuredText directive or its options, an HTML tag alone.
_FURNITURE = re.compile(r"[ \t>]*(?:`{3,}|~{3,}|-{4,}[ \t]*$|\.{4,}[ \t]*$|\[[^\]]*\][ \t]*$|\.\.[ \t]+[\w-]+::"
                        r"|</?[A-Za-z][^>]*>[ \t]*$|<\d+>)|[ \t]+:[\w-]+:")  # (an option indented: `:x:` is an emoji)
#: A heading: Markdown's `#`, AsciiDoc's `=`; (a setext or reStructuredText underline is found by its line).
_HEADING = re.compile(r"[ \t]*(?:#{1,6}|={1,6})[ \t]+(\S.*)")
_UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,}|\+{3,}|#{3,})[ \t]*$")
#: An AsciiDoc block title: `.Wrong request`.
_BLOCK_TITLE = re.compile(r"\.([^.\s].*)")
#: Markup and numbering a label may start with (`**`, `_`, `> `, `1.`, `-`), passed over to its first word.
_LEAD_MARKUP = re.compile(r"(?:[\s*_>`~|:-]|\d+[.)]\s|\(\w\)\s)*")
#: Where a sentence ends inside a paragraph.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def mark_wrong_examples(text: str, blocks: Sequence[tuple[int, int, str]], requests: Sequence[LaunchRequest]) -> None:
    """Mark each request read in a block the page marks as a wrong example (see the module): `refused_by_double`, so
    it is read but not judged, and `shown_wrong`, the words that decided it and where they are. `blocks`: each code
    block's [start, end) in the file and its code, in file order."""
    if not requests or not blocks:
        return
    starts = [start for start, _, _ in blocks]
    lines = _Lines(text)
    verdicts: dict[int, tuple[Offsets, str] | None] = {}
    for request in requests:
        index = bisect.bisect_right(starts, request.site[0]) - 1
        if index < 0 or request.site[0] >= blocks[index][1]:
            continue
        if index not in verdicts:
            verdicts[index] = _block_verdict(text, lines, blocks, index)
        said = verdicts[index]
        if said is not None:
            request.refused_by_double = True
            request.shown_wrong = said


def wrong_blocks(text: str, blocks: Sequence[tuple[int, int, str]]) -> list[Offsets]:
    """The [start, end) of each block (given as mark_wrong_examples takes them) the page marks as a wrong example."""
    lines = _Lines(text)
    return [(start, end) for index, (start, end, _) in enumerate(blocks)
            if _block_verdict(text, lines, blocks, index) is not None]


def marks_wrong(words: str) -> bool:
    """Whether a label the document gives an example (a name, a title, a summary or a description) marks it as a wrong
    one, by the words a page's label above a block is read by: "Wrong", "Bad request body", "invalid", "Fails with 400",
    "Inputs without the prefix are refused"; not when it also marks it right, nor a refusal on a condition ("Returns
    400 if the flow is not published")."""
    return not _marks_right(words) and _marks_wrong(words)


def _block_verdict(text: str, lines: _Lines, blocks: Sequence[tuple[int, int, str]], index: int
                   ) -> tuple[Offsets, str] | None:
    """_verdict of one block, looking no further than the blocks beside it."""
    floor = blocks[index - 1][1] if index else 0
    ceiling = blocks[index + 1][0] if index + 1 < len(blocks) else len(text)
    return _verdict(text, lines, blocks[index], floor, ceiling)


def _verdict(text: str, lines: _Lines, block: tuple[int, int, str], floor: int, ceiling: int
             ) -> tuple[Offsets, str] | None:
    start, end, code = block
    reply = _REFUSAL_REPLY.search(code)
    first = lines.index(start)
    label = _label_before(text, lines, first, floor)
    if label is not None:
        where, words, kind = label
        if _marks_right(words):
            return None
        if _marks_wrong(words) and (kind != "paragraph" or _introduces(words)):
            return where, words
        if kind == "heading":  # a heading neither wrong nor right: no section's heading above it to look for
            return _refusal_after(text, lines, end, ceiling) or _reply(text, reply, block)
    heading_label = _heading_above(text, lines, first, floor) if label is None or label[2] != "heading" else None
    if heading_label is not None and not _marks_right(heading_label[1]) and _marks_wrong(heading_label[1]):
        return heading_label
    return _refusal_after(text, lines, end, ceiling) or _reply(text, reply, block)


def _reply(text: str, reply: re.Match[str] | None, block: tuple[int, int, str]) -> tuple[Offsets, str] | None:
    """The status line of the refusal a block shows as its reply, and where it is in the file."""
    if reply is None:
        return None
    start, end, code = block
    line_end = code.find("\n", reply.start())
    shown = code[reply.start():len(code) if line_end < 0 else line_end].strip()
    at = text.find(shown, start, end + 1)
    return ((at, at + 1) if at >= 0 else (start, start + 1)), shown


def _marks_wrong(words: str) -> bool:
    words = words[:_LABEL_MAX]
    if _CROSS.search(words) is not None or _DEFECT.search(words) is not None:
        return True
    clauses = [match.end() for match in _CONSEQUENCE.finditer(words)]
    if clauses and words[clauses[-1]:].strip():
        words = words[clauses[-1]:]  # (what introduces the block: the clause after the last "so", "then" or ";")
    lead = words[_LEAD_MARKUP.match(words).end():]  # type: ignore[union-attr]  # (it matches the empty string)
    if _LEADS_WRONG.match(lead) is not None or _refused(words):
        return True
    if _LEADS_FORBIDDING.match(lead) is not None and words.rstrip(" *_`").endswith(":"):
        return True
    return len(words.split()) <= _SHORT_LABEL and _NAMES_MISTAKE.search(words) is not None \
        and _HANDLING.search(words) is None  # ("If something goes wrong": a case handled)


def _introduces(words: str) -> bool:
    """Whether a paragraph's last sentence introduces the block after it: it ends with a colon, or is a label of a few
    words, or carries a cross (else it may speak of the block before: "This fails with 400." between two blocks)."""
    return words.rstrip(" *_`)").endswith(":") or len(words.split()) <= _SHORT_LABEL or _CROSS.search(words) is not None


def _refused(words: str) -> bool:
    """Whether words say the platform refuses what is shown, not on a condition or as a case handled."""
    return _REFUSED.search(words) is not None and _HANDLING.search(words) is None


def _marks_right(words: str) -> bool:
    words = words[:_LABEL_MAX]
    lead = _CROSS.sub("", words)
    lead = lead[_LEAD_MARKUP.match(lead).end():]  # type: ignore[union-attr]
    return _TICK.search(words) is not None or _LEADS_RIGHT.match(lead) is not None \
        or _SAYS_RIGHT.search(words) is not None


def _label_before(text: str, lines: _Lines, first: int, floor: int) -> tuple[Offsets, str, str] | None:
    """The words just above a block (the last sentence of the paragraph right above it, a heading, a block title),
    where they are, and which of these they are ("paragraph", "heading", "title"); None when nothing but the block's
    furniture is between it and the block before it."""
    index = first - 1
    lowest = max(_after(lines, floor), first - _LOOK_BACK)
    while index >= lowest:
        line = lines.line(index)
        if not line.strip() or _FURNITURE.match(line):
            index -= 1
            continue
        title = _BLOCK_TITLE.fullmatch(line.strip())
        if title is not None and lines.start(index) >= floor:
            return _span(lines, index, line), title.group(1), "title"
        heading = _heading_at(lines, index, lowest)
        if heading is not None:
            return heading[0], heading[1], "heading"
        return _last_sentence(lines, index, lowest)
    return None


def _heading_at(lines: _Lines, index: int, lowest: int) -> tuple[Offsets, str] | None:
    line = lines.line(index)
    found = _HEADING.match(line)
    if found is not None:
        return _span(lines, index, line), found.group(1).strip().rstrip("#=").strip()
    if _UNDERLINE.match(line) and index - 1 >= lowest and lines.line(index - 1).strip():
        above = lines.line(index - 1)
        return _span(lines, index - 1, above), above.strip()
    return None


def _heading_above(text: str, lines: _Lines, first: int, floor: int) -> tuple[Offsets, str] | None:
    """The heading of the section a block is the first block of: none when another block is between them."""
    lowest = max(_after(lines, floor), first - _LOOK_BACK)
    if floor and _after(lines, floor) >= lowest and _under_same_heading(lines, _after(lines, floor), first):
        return None
    for index in range(first - 1, lowest - 1, -1):
        heading = _heading_at(lines, index, lowest)
        if heading is not None:
            return heading
    return None


def _under_same_heading(lines: _Lines, after: int, first: int) -> bool:
    """Whether no heading is between line `after` (the block before's end) and line `first`."""
    return all(_heading_at(lines, index, after) is None for index in range(after, first))


def _last_sentence(lines: _Lines, last: int, lowest: int) -> tuple[Offsets, str, str]:
    """The last sentence of the paragraph whose last line is `last`, and where it is in the file."""
    index = last
    size = 0
    while index - 1 >= lowest and lines.line(index - 1).strip() and not _FURNITURE.match(lines.line(index - 1)) \
            and _heading_at(lines, index - 1, lowest) is None and size < _PARAGRAPH_MAX:
        index -= 1
        size += len(lines.line(index))
    start = lines.start(index)
    paragraph = lines.text[start:lines.start(last) + len(lines.line(last))]
    pieces = _SENTENCE_END.split(paragraph.strip())
    sentence = " ".join(pieces[-1].split()) if pieces else ""
    at = lines.text.rfind(pieces[-1][:20], start, start + len(paragraph)) if pieces else start
    return (max(at, start), max(at, start) + 1), sentence, "paragraph"


def _refusal_after(text: str, lines: _Lines, end: int, ceiling: int) -> tuple[Offsets, str] | None:
    """The first sentence right after a block, when it says of the block that the platform refuses it."""
    index = lines.index(end)
    highest = min(lines.index(ceiling), index + _LOOK_BACK, lines.count - 1)
    while index <= highest and (not lines.line(index).strip() or _FURNITURE.match(lines.line(index))
                                or lines.start(index) < end):
        index += 1
    if index > highest or _heading_at(lines, index, index) is not None:
        return None
    paragraph = []
    size = 0
    at = index
    while at <= highest and lines.line(at).strip() and size < _PARAGRAPH_MAX:
        paragraph.append(lines.line(at))
        size += len(lines.line(at))
        at += 1
    sentence = " ".join(_SENTENCE_END.split(" ".join("".join(paragraph).split()))[:1])
    clause = sentence.split(";", 1)[0]  # (what follows may introduce the next block: "; send this instead:")
    lead = clause[_LEAD_MARKUP.match(clause).end():]  # type: ignore[union-attr]
    if _OF_THE_BLOCK.match(lead) is None or _TICK.search(clause) is not None or not _refused(clause):
        return None
    if _GENERIC.search(clause) is not None and _THE_BLOCK_ITSELF.match(lead) is None:
        return None  # (the platform's answer to a kind of body: advice, not what this block gets)
    return _span(lines, index, lines.line(index)), sentence


def _after(lines: _Lines, floor: int) -> int:
    """The first line after the block before (`floor`: where its code ends), or the first line of the text."""
    return lines.index(floor) + 1 if floor else 0


def _span(lines: _Lines, index: int, line: str) -> Offsets:
    start = lines.start(index) + len(line) - len(line.lstrip())
    return start, start + 1


class _Lines:
    """A text's lines (without their line ends), each found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(match.end() for match in re.finditer(r"\n", text))]
        self.count = len(self.starts)

    def index(self, offset: int) -> int:
        """The line holding an offset."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def start(self, index: int) -> int:
        return self.starts[index]

    def line(self, index: int) -> str:
        end = self.starts[index + 1] - 1 if index + 1 < self.count else len(self.text)
        return self.text[self.starts[index]:end].rstrip("\r")
