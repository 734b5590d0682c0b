"""A token written in a file through a transform that only re-encodes or hashes it: what an Authorization scheme is
followed by when the code decodes a literal (`atob('…')`, `base64.b64decode("…").decode()`, `Buffer.from('…',
'base64')`, `bytes.fromhex("…")`), encodes one (`btoa('…')`, `b64encode(b"…")`), hashes one (`hashlib.sha256(b"…")
.hexdigest()`, `crypto.createHash('sha256').update('…').digest('hex')`), or a shell writes one out (`$(echo …)`,
`$(printf %s … | base64 -d)`, `$(base64 -d <<< …)`, `` `echo …` ``).

Each is a committed secret. An encoding is reversible: the literal is the token. A hash of a literal is no secret the
file keeps back: the token sent is the digest, which whoever reads the file computes from the literal written there
(its preimage), so the literal is as good as the token, and rotating the token means changing the file.

Only those transforms, each whole (every name, every other argument is one the pattern writes): a call that reads
something (`open("/run/secrets/t")`, `vault.read("gc")`, `os.environ["T"]`, `$(cat t)`) is a reference, never matched;
neither is a transform of a variable (`atob(token)`, `$(echo $T)`). Only the syntax is read here: whether the literal
is a real secret, and not a placeholder, is the rules' judgement (rules.request).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import OnFirstUse as _Lazy

#: A string literal of code (a Python prefix, `"…"`, `'…'`, a backquoted template with no `${…}`): its contents in
#: group `lit`, `lit2` or `lit3`.
_LITERAL = r"""[bBrRuU]{0,2}(?:"(?P<lit>[^"\\\n]*)"|'(?P<lit2>[^'\\\n]*)'|`(?P<lit3>[^`\\\n$]*)`)"""
_NAMED = r"""["'](?:utf-?8|UTF-?8|ascii|latin-?1|binary|base64|base64url|hex|rot13|rot_13)["']"""
#: Character codes written as a list (`84, 0x6f, 107`): group `lit` (String.fromCharCode's arguments, `bytes([…])`).
_CODES = r"(?P<lit>(?:0[xX][0-9A-Fa-f]{1,6}|\d{1,7})(?:[ \t]*,[ \t]*(?:0[xX][0-9A-Fa-f]{1,6}|\d{1,7})){0,1023})[ \t]*,?"
#: An empty string (what `split` and `join` take to reverse a string's characters).
_EMPTY = r"""[ \t]*(?:''|""|``)[ \t]*"""
#: A character encoding's name given to a conversion (`.decode("utf-8")`, `.toString('base64')`), optional.
_ENCODING = rf"[ \t]*(?:(?:encoding[ \t]*=[ \t]*)?{_NAMED})?[ \t]*"
_ALGORITHM = r"""["'](?:sha-?(?:1|224|256|384|512)|md5|sha3-(?:256|384|512)|blake2b512|sha512-256)["']"""
#: What is done after: conversions between bytes and text, trimming (`.decode()`, `.hexdigest()`, `.toString('hex')`).
_AFTER = (r"(?:[ \t]*\.[ \t]*(?:decode|encode|hexdigest|digest|strip|rstrip|trim|toString|toUpperCase|toLowerCase|lower"
          rf"|upper)\({_ENCODING}\))*")
#: A literal turned into bytes first (`"…".encode()`), as a hash or an encoder takes it.
_BYTES = rf"{_LITERAL}(?:[ \t]*\.[ \t]*encode\({_ENCODING}\))?"

#: A name, or a dotted path from one (`CLIENT_ID`, `config.clientId`, `this.id`).
_REFERENCE = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,3}"
#: A Basic pair joined in code of a user held by a name and a password written as a literal: `id + ':' + '…'`,
#: `id + ":…"`, `` `${id}:…` ``, `f"{id}:…"` (the password in group `lit`…`lit7`); in parentheses or not, turned into
#: bytes or not (`(id + ":" + "…").encode()`).
_PAIR = (rf"""\(?[ \t]*(?:{_REFERENCE}[ \t]*\+[ \t]*(?:["']:["'][ \t]*\+[ \t]*(?:"(?P<lit>[^"\\\n]+)"|'(?P<lit2>[^'\\\n]+)')"""
         rf"""|":(?P<lit3>[^"\\\n]+)"|':(?P<lit4>[^'\\\n]+)')|`\$\{{[ \t]*{_REFERENCE}[ \t]*\}}:(?P<lit5>[^`\\$\n]+)`"""
         rf"""|[fF](?:"\{{[ \t]*{_REFERENCE}[ \t]*\}}:(?P<lit6>[^"{{}}\\\n]+)"|'\{{[ \t]*{_REFERENCE}[ \t]*\}}:(?P<lit7>[^'{{}}\\\n]+)'))"""
         rf"""[ \t]*\)?(?:[ \t]*\.[ \t]*encode\({_ENCODING}\))?""")

#: How a token is written through a transform (what a finding says), and the transforms of each kind, in code: each
#: alternative its own pattern (a literal's groups are named once in each).
_CODE = {
    "decoded": (rf"(?:base64\.)?(?:b64decode|urlsafe_b64decode|standard_b64decode|b32decode|b16decode|b85decode"
                rf"|a85decode)\([ \t]*{_BYTES}(?:[ \t]*,[ \t]*validate[ \t]*=[ \t]*True)?[ \t]*\)",
                rf"(?:binascii\.)?(?:unhexlify|a2b_base64|a2b_hex)\([ \t]*{_BYTES}[ \t]*\)",
                rf"bytes\.fromhex\([ \t]*{_LITERAL}[ \t]*\)",
                rf"codecs\.decode\([ \t]*{_BYTES}[ \t]*,[ \t]*{_NAMED}[ \t]*\)",
                rf"(?:(?:window|globalThis|self)\.)?atob\([ \t]*{_LITERAL}[ \t]*\)",
                rf"""Buffer\.from\([ \t]*{_LITERAL}[ \t]*,[ \t]*["'](?:base64|base64url|hex)["'][ \t]*\)""",
                # percent-decoding (JavaScript's, Python's), a rot13, a reversal, a string of character codes
                rf"(?:decodeURIComponent|decodeURI|unescape)\([ \t]*{_LITERAL}[ \t]*\)",
                rf"(?:(?:urllib\.)?parse\.)?(?:unquote_plus|unquote_to_bytes|unquote)\([ \t]*{_BYTES}[ \t]*\)",
                rf"""codecs\.encode\([ \t]*{_LITERAL}[ \t]*,[ \t]*["']rot_?13["'][ \t]*\)""",
                rf"{_LITERAL}[ \t]*\.[ \t]*split\({_EMPTY}\)[ \t]*\.[ \t]*reverse\(\)[ \t]*\.[ \t]*join\({_EMPTY}\)",
                rf"\[[ \t]*\.\.\.[ \t]*{_LITERAL}[ \t]*\][ \t]*\.[ \t]*reverse\(\)[ \t]*\.[ \t]*join\({_EMPTY}\)",
                rf"Array\.from\([ \t]*{_LITERAL}[ \t]*\)[ \t]*\.[ \t]*reverse\(\)[ \t]*\.[ \t]*join\({_EMPTY}\)",
                rf"{_LITERAL}\[[ \t]*:[ \t]*:[ \t]*-1[ \t]*\]",
                rf"(?:''|\"\")[ \t]*\.[ \t]*join\([ \t]*reversed\([ \t]*{_LITERAL}[ \t]*\)[ \t]*\)",
                rf"String\.fromCharCode\([ \t]*{_CODES}[ \t]*\)",
                rf"String\.fromCharCode\([ \t]*\.\.\.[ \t]*\[[ \t]*{_CODES}[ \t]*\][ \t]*\)",
                rf"(?:bytes|bytearray)\([ \t]*\[[ \t]*{_CODES}[ \t]*\][ \t]*\)",
                rf"Buffer\.from\([ \t]*\[[ \t]*{_CODES}[ \t]*\][ \t]*\)",
                rf"(?:''|\"\")[ \t]*\.[ \t]*join\([ \t]*map\([ \t]*chr[ \t]*,[ \t]*[\[(][ \t]*{_CODES}[ \t]*[\])][ \t]*\)[ \t]*\)",
                rf"(?:''|\"\")[ \t]*\.[ \t]*join\([ \t]*chr\([ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*\)[ \t]+for[ \t]+(?P=name)"
                rf"[ \t]+in[ \t]+[\[(][ \t]*{_CODES}[ \t]*[\])][ \t]*\)"),
    "encoded": (rf"(?:(?:window|globalThis|self)\.)?btoa\([ \t]*{_LITERAL}[ \t]*\)",
                rf"(?:base64\.)?(?:b64encode|urlsafe_b64encode|standard_b64encode)\([ \t]*{_BYTES}[ \t]*\)",
                rf"""Buffer\.from\([ \t]*{_LITERAL}(?:[ \t]*,[ \t]*["']utf-?8["'])?[ \t]*\)[ \t]*\.[ \t]*toString\("""
                rf"""[ \t]*["'](?:base64|base64url|hex)["'][ \t]*\)"""),
    "paired": (rf"(?:(?:window|globalThis|self)\.)?btoa\([ \t]*{_PAIR}[ \t]*\)",
               rf"(?:base64\.)?(?:b64encode|urlsafe_b64encode|standard_b64encode)\([ \t]*{_PAIR}[ \t]*\)",
               rf"""Buffer\.from\([ \t]*{_PAIR}(?:[ \t]*,[ \t]*["']utf-?8["'])?[ \t]*\)[ \t]*\.[ \t]*toString\("""
               rf"""[ \t]*["']base64["'][ \t]*\)"""),
    "hashed": (rf"(?:hashlib\.)?(?:md5|sha1|sha224|sha256|sha384|sha512|sha3_256|sha3_384|sha3_512|blake2b|blake2s)"
               rf"\([ \t]*{_BYTES}[ \t]*\)",
               rf"hashlib\.new\([ \t]*{_ALGORITHM}[ \t]*,[ \t]*{_BYTES}[ \t]*\)",
               rf"(?:crypto\.)?createHash\([ \t]*{_ALGORITHM}[ \t]*\)[ \t]*\.[ \t]*update\([ \t]*{_LITERAL}"
               rf"(?:[ \t]*,[ \t]*{_NAMED})?[ \t]*\)"),
}
#: A shell word holding no expansion: single-quoted, double-quoted with no `$`, `` ` `` or escape, or bare.
_WORD = r"""(?:'(?P<lit>[^'\n]*)'|"(?P<lit2>[^"$`\\\n]*)"|(?P<lit3>[^\s'"$`|;&()<>\\]+))"""
#: What a pipeline does to the word it is given: decode it, hash it, or only trim or cut it.
_DECODE_STEP = (r"base(?:64|32)[ \t]+(?:-d|--decode|-D)|openssl[ \t]+(?:base64|enc[ \t]+-base64)[ \t]+-d(?:[ \t]+-A)?"
                r"|xxd[ \t]+(?:-r[ \t]+-p|-p[ \t]+-r|-rp|-pr|-r[ \t]+-ps|-ps[ \t]+-r)|rev"
                r"|basenc[ \t]+--base(?:64|64url|32|16)[ \t]+(?:-d|--decode)")
_HASH_STEP = r"sha(?:1|224|256|384|512)sum|md5sum|shasum(?:[ \t]+-a[ \t]+\d+)?|openssl[ \t]+dgst(?:[ \t]+-sha\d+|[ \t]+-r)*"
_TRIM_STEP = (r"""tr[ \t]+-d[ \t]+(?:'[^'\n]{1,8}'|"[^"\n]{1,8}"|[^\s)`|]{1,8})|cut[ \t]+-d[ \t]*(?:'.'|".")[ \t]+-f[ \t]*\d+"""
              r"""|cut[ \t]+-c[ \t]*[\d-]+|awk[ \t]+'\{[ \t]*print[ \t]+\$\d[ \t]*\}'|head[ \t]+-c[ \t]*\d+""")
#: A step that encodes what it is given (a Basic pair: `echo -n "$ID:…" | base64`).
_ENCODE_STEP = r"base64(?:[ \t]+(?:-w[ \t]*0|--wrap=0))?|openssl[ \t]+(?:base64|enc[ \t]+-base64)(?:[ \t]+-A)?"
_STEPS = rf"(?P<steps>(?:[ \t]*\|[ \t]*(?:{_DECODE_STEP}|{_HASH_STEP}|{_TRIM_STEP}|{_ENCODE_STEP}))*)[ \t]*"
#: A command that writes its word out (`echo`, `printf %s`), or decodes it from a here-string (`base64 -d <<< …`).
_WRITES = r"""(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+--)?(?:[ \t]+(?:'%s(?:\\n)?'|"%s(?:\\n)?"|%s))?)[ \t]+"""
#: A command that prints the here-string it is given, whole or trimmed (`cat <<< …`, `head -n1 <<< …`, `tr -d '\n' <<< …`).
_PRINTS_INPUT = rf"(?:cat(?:[ \t]+-)?|(?:head|tail)[ \t]+-n[ \t]*1|{_TRIM_STEP})"
#: A shell word of a Basic pair: a user's variable, then a literal password (`"$CLIENT_ID:…"`, `"${ID}:…"`).
_PAIR_WORD = r"""(?:"\$\{?[A-Za-z_]\w*\}?:(?P<lit>[^"$`\\\n]+)"|\$\{?[A-Za-z_]\w*\}?:(?P<lit3>[^\s'"$`|;&()<>\\]+))"""
_SHELL_INNER = (rf"[ \t]*{_WRITES}{_WORD}{_STEPS}", rf"[ \t]*{_WRITES}{_PAIR_WORD}{_STEPS}",
                rf"[ \t]*(?P<here>{_DECODE_STEP})[ \t]+<<<[ \t]*{_WORD}{_STEPS}",
                rf"[ \t]*{_PRINTS_INPUT}[ \t]+<<<[ \t]*{_WORD}{_STEPS}")
#: Each transform (a shell's first: `how` decided by its steps), in the order tried.
_ALTERNATIVES = tuple(
    [("shell", rf"{opening}{inner}{closing}") for inner in _SHELL_INNER for opening, closing in ((r"\$\(", r"\)"), ("`", "`"))]
    + [(how, rf"(?:{pattern}){_AFTER}") for how, patterns in _CODE.items() for pattern in patterns])
#: The groups a literal is written in (each pattern names some), then the others.
_LITERAL_GROUPS = ("lit", "lit2", "lit3", "lit4", "lit5", "lit6", "lit7")
_GROUPS = (*_LITERAL_GROUPS, "steps", "here", "name")


def _numbered(pattern: str, number: int) -> str:
    """A pattern's named groups renamed for its place in the one pattern of all (`lit` → `lit_3`)."""
    for group in _GROUPS:
        pattern = pattern.replace(f"(?P<{group}>", f"(?P<{group}_{number}>").replace(f"(?P={group})", f"(?P={group}_{number})")
    return pattern


#: The transforms by what they start with (a family's opening, tried first: few places open any), each family one
#: pattern of its alternatives (`t3`: the fourth of all), compiled only when a place opens it: compiling all of them in
#: one costs ~100 ms, paid by a run whose first launch file writes one transform.
_FAMILIES: tuple[tuple[str, str], ...] = (
    ("shell", r"\$\(|`"),
    ("Buffer", r"Buffer\."),
    ("atob", r"(?:(?:window|globalThis|self)\.)?(?:atob|btoa)\("),
    ("hash", r"hashlib\.|crypto\.|createHash|md5|sha|blake2"),
    ("base64", r"(?:base64\.|binascii\.)?(?:b64|urlsafe_b64|standard_b64|b32|b16|b85|a85|unhexlify|a2b_)"),
    ("bytes", r"bytes\.|bytes\(|bytearray\(|codecs\."),
    ("uri", r"decodeURI|unescape|urllib\.|parse\.|unquote"),
    ("literal", r"""String\.fromCharCode|Array\.from|\[|[bBrRuU]{0,2}["'`]|(?:''|"")"""),
)


def _family(how: str, pattern: str) -> str:
    """The family of a transform's pattern: the first of _FAMILY_MARKS its start names, else "literal" (a literal or
    a list written first: `'…'[::-1]`, `String.fromCharCode(…)`, `''.join(…)`)."""
    if how == "shell":
        return "shell"
    start = pattern[:90]
    return next((family for family, marks in _FAMILY_MARKS if any(mark in start for mark in marks)), "literal")


#: What a pattern's start holds, for each family but the shell's and the literal's (in the order asked).
_FAMILY_MARKS = (("Buffer", ("Buffer\\.",)), ("atob", ("atob\\(", "btoa\\(")), ("hash", ("hashlib", "createHash")),
                 ("uri", ("decodeURI", "unquote")), ("base64", ("b64", "b32", "unhexlify")), ("bytes", ("bytes", "codecs")))


def _grouped() -> dict[str, tuple[_Lazy[str], _Lazy[str], tuple[int, ...]]]:
    """Each family's opening, its alternatives' one pattern and their numbers."""
    numbers: dict[str, list[int]] = {family: [] for family, _ in _FAMILIES}
    for number, (how, pattern) in enumerate(_ALTERNATIVES):
        numbers[_family(how, pattern)].append(number)
    return {family: (_Lazy(opening), _Lazy("|".join(f"(?P<t{number}>{_numbered(_ALTERNATIVES[number][1], number)})"
                                                    for number in numbers[family]) or "(?!)"), tuple(numbers[family]))
            for family, opening in _FAMILIES}


_BY_FAMILY = _grouped()
#: What every transform above starts with: a command's opening, or a name its call's is written with.
_OPENING = _Lazy(r"\$\(|`|(?:base64|binascii|bytes|codecs|hashlib|crypto|window|globalThis|self|Buffer)\.|b64|urlsafe_b64"
                 r"|bytes\(|bytearray\(|standard_b64|b32|b16|b85|a85|unhexlify|a2b_|atob|btoa|md5|sha|blake2|createHash|decodeURI|unescape|unquote"
                 r"""|urllib\.|parse\.|String\.fromCharCode|Array\.from|\[[ \t]*\.\.\.|(?:''|"")[ \t]*\.|[bBrRuU]{0,2}["']""")


#: A command given a here-document of one line that it prints, trims or decodes, as a command substitution
#: (`$(cat <<'EOF'`, the line, `EOF`, `)`; `$(cat - <<EOF`, `$(base64 -d <<-EOF | tr -d '\n'`): the line, when the
#: document expands nothing (its delimiter quoted, or no `$`, `` ` `` or `\` in it).
_HERE_DOCUMENT = _Lazy(
    rf"""\$\([ \t]*(?:(?P<here>{_DECODE_STEP})|{_PRINTS_INPUT})[ \t]+<<(?P<strip>-)?[ \t]*(?P<q>['"])?(?P<delim>\w{{1,64}})"""
    rf"""(?(q)(?P=q)){_STEPS}\r?\n(?(strip)\t*)(?(q)(?P<lit>[^\r\n]*)|(?P<lit2>[^\r\n$`\\]*))\r?\n(?(strip)\t*)(?P=delim)"""
    r"[ \t]*\r?\n[ \t]*\)")
#: How far a here-document's command is read (bounded work on a hostile text).
_LONGEST_HERE = 1 << 12
#: `read` given one line of literal text to assign to a name (`read -r T <<< '…'`, `IFS= read -r T <<'EOF'` then its
#: first line): the name group `name`, the line `lit`, `lit2` or `lit3` (a here-string's word, _WORD) or `doc` (a
#: here-document's first line, which expands nothing when its delimiter is quoted: `docq`).
_READ = _Lazy(
    r"""(?:IFS=\S{0,8}[ \t]+)?read(?:[ \t]+(?:-[A-Za-z]*d[ \t]*(?:''|"")|-[A-Za-z]+))*[ \t]+(?P<name>[A-Za-z_]\w{0,63})[ \t]*"""
    rf"""(?:<<<[ \t]*{_WORD}[ \t]*(?:$|[;&|#)])|<<-?[ \t]*(?P<q>['"])?\w{{1,64}}(?(q)(?P=q))[ \t]*\r?\n\t*"""
    r"""(?(q)(?P<docq>[^\r\n]*)|(?P<doc>[^\r\n$`\\]*))\r?\n)""", re.M)


@dataclass(frozen=True)
class Derived:
    """A token written through a transform: where the literal is written (its contents), the literal, how the token is
    made of it ("decoded", "encoded", "hashed", or "written" by a command), where the transform as written ends, and
    the token it sends when that is known here and is not the literal (a percent-decoding's, a reversal's, character
    codes' text: what a rule judges)."""

    span: tuple[int, int]
    literal: str
    how: str
    end: int
    sent: str | None = None


def derived_at(text: str, start: int, end: int) -> Derived | None:
    """The transform of one literal written at text[start:…] (none past `end`, but a here-document's lines), in code or
    a shell, or None."""
    if _OPENING.match(text, start, end) is None:  # (most places: no pattern is tried)
        return None
    found, numbers = next(((match, numbers) for opening, pattern, numbers in _BY_FAMILY.values()
                           if opening.match(text, start, end) is not None
                           and (match := pattern.match(text, start, end)) is not None), (None, ()))
    if found is None:
        here = _HERE_DOCUMENT.match(text, start, min(len(text), start + _LONGEST_HERE)) if text.startswith("$(", start) \
            else None
        if here is None:
            return None
        steps = here.group("steps") or ""
        how = "hashed" if re.search(_HASH_STEP, steps) else \
            "decoded" if here.group("here") or re.search(_DECODE_STEP, steps) else "written"
        held = "lit" if here.group("lit") is not None else "lit2"
        line: str | None = here.group(held)
        return Derived(here.span(held), line, how, here.end(), _sent(here.group(), line)) if line else None
    number = next(number for number in numbers if found.start(f"t{number}") >= 0)
    how = _ALTERNATIVES[number][0]
    if how == "shell":
        steps = found.group(f"steps_{number}") or ""
        how = "hashed" if re.search(_HASH_STEP, steps) else \
            "decoded" if found.groupdict().get(f"here_{number}") or re.search(_DECODE_STEP, steps) else \
            "encoded" if re.search(_ENCODE_STEP, steps) else "written"
        if _PAIR_WORD in _ALTERNATIVES[number][1]:  # (a pair's password: said as one only when the pair is encoded)
            how = "paired" if how == "encoded" else "written"
    group = next((f"{name}_{number}" for name in _LITERAL_GROUPS if found.groupdict().get(f"{name}_{number}") is not None),
                 None)
    if group is None or not found.group(group):
        return None
    literal = found.group(group)
    return Derived(found.span(group), literal, how, found.end(), _sent(found.group(), literal) if how == "decoded" else None)


def read_at(text: str, start: int, end: int) -> tuple[str, Derived] | None:
    """The name `read` assigns one literal line to at text[start:…] (`read -r T <<< '…'`; a here-document's first line,
    the only one `read` takes), and that literal as a token it writes out; or None."""
    found = _READ.match(text, start, min(len(text), max(end, start + _LONGEST_HERE)))
    group = next((name for name in ("lit", "lit2", "lit3", "docq", "doc") if found is not None and found.group(name)), None)
    if found is None or group is None:
        return None
    return found.group("name"), Derived(found.span(group), found.group(group), "written", found.end())


#: What says the text a decoding sends (a percent-decoding, a reversal, a rot13, character codes).
_UNQUOTING = re.compile(r"decodeURI|unescape|unquote")
_REVERSING = re.compile(r"reverse|\[[ \t]*:[ \t]*:[ \t]*-1|(?<![\w-])rev(?![\w-])")
_CHARACTER_CODE = re.compile(r"0[xX][0-9A-Fa-f]+|\d+")
_FROM_CODES = re.compile(r"""String\.fromCharCode|bytes\(|bytearray\(|Buffer\.from\([ \t]*\["""
                         r"""|(?:''|"")[ \t]*\.[ \t]*join\([ \t]*(?:map|chr)""")


def _sent(written: str, literal: str) -> str | None:
    """The text a decoding written as `written` sends of `literal`, when it is one of those read here; else None (a
    base64 or hex decoding's is the rules' to find)."""
    if _FROM_CODES.match(written):
        codes = [int(code, 0) for code in _CHARACTER_CODE.findall(literal)]
        return "".join(chr(code) for code in codes) if all(code < 0x110000 for code in codes) else None
    if _UNQUOTING.search(written):
        from urllib.parse import unquote

        return unquote(literal)
    if "rot" in written and "13" in written:
        import codecs

        return codecs.decode(literal, "rot13")
    return literal[::-1] if _REVERSING.search(written) else None


#: An Authorization scheme and what joins the token's expression to it: a string's end and `+` (`"Bearer " + …`), an
#: interpolation's opening (`f"Bearer {…}"`, `` `Bearer ${…}` ``), a format's hole (`"Bearer {}".format(…)`, `"Bearer
#: %s" % …`), or nothing (`Bearer $(echo …)`).
_AFTER_SCHEME = _Lazy(r"""(?i:(?<![\w-])(?:bearer|token|oauth|basic))[ \t]+(?:["'`][ \t]*\+[ \t]*|\{0?\}["'][ \t]*\.format\([ \t]*"""
                      r"""|\$?\{[ \t]*|%s["'][ \t]*%[ \t]*\(?[ \t]*)?""")
#: What may follow the token's expression to the end of the header's value: closing quotes, braces, parentheses.
_CLOSING = _Lazy(r"""[ \t"'`})\]]*""")
#: How far a header's value is read for a token's expression (bounded work on a hostile line).
_LONGEST = 1024


def derived_token(text: str, start: int, end: int) -> Derived | None:
    """The token an Authorization header's value written at text[start:end] sends through a transform of one literal,
    when that is all its token is: the scheme (`Bearer`, `Token`, `OAuth`, `Basic`), the transform, then only what closes the
    value (`"Bearer " + atob('…')`, `f"Bearer {sha256(b'…').hexdigest()}"`, `Bearer $(echo …)`). None otherwise."""
    end = min(end, start + _LONGEST)
    scheme = _AFTER_SCHEME.search(text, start, end)
    if scheme is None:
        return None
    found = derived_at(text, scheme.end(), end)
    closing = _CLOSING.match(text, found.end, end) if found is not None else None
    return found if closing is not None and closing.end() == end else None


def derived_token_end(text: str, start: int, end: int) -> int | None:
    """Where a header's value written from text[start:…] (none past `end`) ends when it is a scheme and a transform of
    one literal (`'Bearer ' + atob('…')`, `f"Bearer {sha256(b'…').hexdigest()}"`), what closes it included: so that
    derived_token(text, start, that end) reads it. None when the value is no such one."""
    end = min(end, start + _LONGEST)
    scheme = _AFTER_SCHEME.match(text, start + 1 if text[start:start + 1] in ("'", '"', "`") else start, end)
    found = derived_at(text, scheme.end(), end) if scheme is not None else None
    closing = _CLOSING.match(text, found.end, end) if found is not None else None
    return closing.end() if closing is not None else None


#: The scheme words (lower case) a line holding a derived token writes: the lines scanned for one.
SCHEME_WORDS = ("bearer", "token", "oauth", "basic")
#: A scheme and its joint (_AFTER_SCHEME) where a transform's opening follows: where derived_at is tried.
SCHEMED = _Lazy(rf"(?:{_AFTER_SCHEME.pattern})(?={_OPENING.pattern})")
