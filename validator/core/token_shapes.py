"""Tokens known by their shape: a vendor's documented prefix and length (GitHub, Slack, Stripe, AWS, GitLab, Google) and
a private key's PEM block. Such a token is a secret wherever it is written, under any name or none: no output shows it.

Only exact prefixes and lengths are taken, each bounded by a character no token has: an ordinary word or ID is never
one (`ghp_` alone, `AKIA` in a longer upper-case run, `sk_live_` with too few characters).
"""

from __future__ import annotations

from .patterns import OnFirstUse as _Lazy

#: A known token starting where it is tried (each alternative ends where the token does: its length is exact).
#: GitHub: ghp_/gho_/ghu_/ghs_/ghr_ + 36 base62 (a refresh token once took 76), github_pat_ + 22 + `_` + 59;
#: Slack: xoxb-/xoxa-/xoxp-/xoxr-/xoxs- + a numeric ID + more; Stripe: sk_live_/rk_live_ + 24 to 247 base62;
#: AWS access key IDs: AKIA/ASIA + 16; GitLab: glpat- + 20 (or a routable one: a payload, `.`, 2 + 7); Google: AIza + 35.
_TOKEN = _Lazy(r"""(?:gh[pousr]_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?(?![A-Za-z0-9])"""
               r"""|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])"""
               r"""|xox[abprs]-[0-9]{8,13}-[A-Za-z0-9-]{8,200}(?![A-Za-z0-9-])"""
               r"""|[sr]k_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9])"""
               r"""|(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"""
               r"""|glpat-(?:[A-Za-z0-9_-]{27,300}\.[a-z0-9]{9}|[A-Za-z0-9_-]{20})(?![\w-])"""
               r"""|AIza[A-Za-z0-9_-]{35}(?![\w-]))""")
#: Where a known token may start, found by the one character each has in a fixed place (`_`, `-`, `A`): a pattern
#: opening with a literal character is searched for it alone, ~50x faster than the tokens' alternation in a long text
#: (and one pattern per character: a set of them is searched position by position); then how far before the
#: character each kind of token starts.
_ANCHORS = (
    ("_", _Lazy(r"_(?:(?<=gh[pousr]_)|(?<=github_)|(?<=[sr]k_))"), (3, 6, 2)),
    ("-", _Lazy(r"-(?:(?<=xox[abprs]-)|(?<=glpat-)|(?=----BEGIN ))"), (4, 5, 0)),
    ("A", _Lazy(r"A(?=KIA|SIA|Iza)"), (0,)),
)
#: A PEM private key's block (`-----BEGIN RSA PRIVATE KEY-----` … `-----END RSA PRIVATE KEY-----`): its contents are
#: masked, the markers shown; a block with no end is masked as far as its base64 lines go (a key cut short is a key still).
_PRIVATE_KEY_BEGIN = _Lazy(r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PRIVATE_KEY_END = _Lazy(r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_KEY_LENGTH = 1 << 16  # no private key's block is longer
#: What a block with no end marker holds: base64 lines (their breaks written or escaped, `\\n` in a JSON string).
_KEY_BODY = _Lazy(r"(?:[A-Za-z0-9+/=]|\\[nr]|\r?\n|[ \t])*")


def known_token_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a token known by its shape, or a private key's block (its contents)."""
    found: list[tuple[int, int]] = []
    for character, anchors, backs in _ANCHORS:
        if character not in text:
            continue
        end = 0
        for anchor in anchors.finditer(text):
            for back in backs:
                start = anchor.start() - back
                if start < end or start < 0 or not _bounded(text, start):
                    continue
                span = _token_at(text, start)
                if span is not None:
                    found.append(span)
                    end = span[1]
                    break
    return sorted(found) if len(found) > 1 else found


def _bounded(text: str, start: int) -> bool:
    """Whether a token may start at `start`: not inside a longer word (`xghp_…`), but after an escape (`\\nghp_…`)."""
    before = text[start - 1:start]
    return not (before.isascii() and before.isalnum()) or text[start - 2:start - 1] == "\\"


def _token_at(text: str, start: int) -> tuple[int, int] | None:
    if text.startswith("-----BEGIN ", start):
        return _private_key(text, start)
    token = _TOKEN.match(text, start)
    return token.span() if token is not None else None


def _private_key(text: str, start: int) -> tuple[int, int] | None:
    begin = _PRIVATE_KEY_BEGIN.match(text, start)
    if begin is None:
        return None
    # A block ends before the next one begins: each BEGIN searches only up to it (linear in a text of many BEGINs).
    limit = begin.end() + _KEY_LENGTH
    following = text.find("-----BEGIN", begin.end(), limit)
    limit = following if following >= 0 else limit
    close = _PRIVATE_KEY_END.search(text, begin.end(), limit)
    if close is None:
        body = _KEY_BODY.match(text, begin.end(), limit)
        return (begin.end(), body.end()) if body is not None and body.end() > begin.end() else None
    return (begin.end(), close.start()) if close.start() > begin.end() else None
