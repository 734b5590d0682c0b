"""Values flowlint cannot know statically (a parameter, a call, `${}`), and how checks treat them.

An `Unknown` sits in a body's value tree where such a value is; an `OpenObject` is an object
with members flowlint cannot see (a spread, `**kwargs`, a computed key). Checks still judge
the keys around them, but an unknown value never fails a type or format check, and an open
object never misses a member: no finding rests on a guess.
"""

from __future__ import annotations

from typing import Any


class Unknown:
    """A value that is only known at run time; `source` is how the code writes it (`FLOW_ID`)."""

    __slots__ = ("source",)

    def __init__(self, source: str = "…") -> None:
        self.source = source

    def __repr__(self) -> str:
        return f"Unknown({self.source!r})"


class Computed(Unknown):
    """A value a call computes at run time, bound once to a name where it is used (`tok = b64decode("…").decode()`,
    then `f"Bearer {tok}"`): `span` is where the call is written, so a check may read what it is given there, and
    `written` how it starts (at most WRITTEN characters): a value another file exports holds that file's places, which
    a check of this one finds written otherwise (written_at)."""

    __slots__ = ("span", "written")

    def __init__(self, source: str, span: tuple[int, int], written: str) -> None:
        super().__init__(source)
        self.span = span
        self.written = written[:WRITTEN]

    def written_at(self, text: str) -> bool:
        """Whether `text` (the file checked) writes the call at `span`."""
        return text.startswith(self.written, self.span[0]) and self.span[1] <= len(text)

    def with_source(self, source: str) -> Computed:
        """The same value, as a larger expression writes it (`${tok}` in a template)."""
        return Computed(source, self.span, self.written)

    def __repr__(self) -> str:
        return f"Computed({self.source!r}, {self.span})"


class Assigned(Computed):
    """A literal a script assigns to the name a value expands (`T='…'`, then `"Authorization: Bearer $T"`), or code
    binds a name to as the fallback of what it reads (`const t = process.env.T || '…'`: `fallback`): `span` is where
    the literal is written (its characters as they are sent: no quote or escape inside), `written` the literal."""

    __slots__ = ("fallback",)

    def __init__(self, source: str, span: tuple[int, int], written: str, *, fallback: bool = False) -> None:
        super().__init__(source, span, written)
        self.fallback = fallback

    def with_source(self, source: str) -> Computed:
        return Assigned(source, self.span, self.written, fallback=self.fallback)

    def __repr__(self) -> str:
        return f"Assigned({self.source!r}, {self.span})"


#: How much of a computed value's call is kept to know its file by (Computed.written).
WRITTEN = 200


class Outside(Unknown):
    """A value given from outside the file before it runs, never set in it: an environment variable a script reads and
    never assigns (`curl "${SCHEDULER_URL}/…"`), a value a CI service or a build fills in before its shell runs
    (`${{ vars.X }}`, Cloud Build's `${_X}`, a Jenkinsfile's `${env.X}`). Nothing the file builds may be in it: a base
    URL so given is the deployment's choice, named by the variable alone."""

    __slots__ = ("read",)

    def __init__(self, source: str, read: str | None = None) -> None:
        super().__init__(source)
        #: How the file reads it (`process.env.SCHEDULER_URL`, `${SCHEDULER_URL}`), whatever name holds it where used.
        self.read = source if read is None else read

    def with_source(self, source: str) -> Outside:
        """The same value, as a larger expression writes it (`${config.url}` in a template)."""
        return Outside(source, self.read)

    def __repr__(self) -> str:
        return f"Outside({self.source!r})"


class UnseenBase(Unknown):
    """A base URL a reader has not seen at all, written where a request's path goes on it: a client passed in with no
    base written (`session.post("/api/v2/flows/executions")`: `base_url`), a join onto a base whose text is not known
    (`urljoin(base, ref)`: `base`). No name the file writes: a user's variable of the same name (`base = …`) is an
    Unknown of its own."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnseenBase({self.source!r})"


class NoJsonNumber(Unknown):
    """A number JSON has no form for (NaN, an infinity, 1e400 read as one), as code or a library caller gives it: what
    reaches the wire is the `language`'s encoder's doing (Python's refuse it or write `Infinity`, JavaScript's write
    null), so no check judges it as a number; FL014 says what is sent instead.

    `source` is how the code writes it, unless that is a numeric literal with more than SHOWN_DIGITS significant digits:
    such a value may be a secret (an account number, a key), so only its size is kept (`a number of 400 digits (about
    1e399)`) and `source` is the placeholder "…"."""

    __slots__ = ("language", "number", "size")

    def __init__(self, source: str, number: float, language: str) -> None:
        written = " ".join(source.split())
        self.size = literal_size(written)
        super().__init__("…" if self.size else written if len(written) <= 60 else written[:59] + "…")
        self.number = number
        self.language = language  # "python" or "javascript"

    def __repr__(self) -> str:
        return f"NoJsonNumber({self.source!r}, {self.language})"


class Unencodable(Unknown):
    """A value Python's json.dumps raises TypeError on (a set, a date, a time, a UUID), as code writes it in a body:
    `what` names its type ("a set", "a datetime"). Unknown to every check of what is sent; FL016 says the send raises
    where the client encodes `json=` with json.dumps alone (requests, httpx)."""

    __slots__ = ("what",)

    def __init__(self, source: str, what: str) -> None:
        written = " ".join(source.split())
        super().__init__(written if len(written) <= 60 else written[:59] + "…")
        self.what = what

    def __repr__(self) -> str:
        return f"Unencodable({self.source!r}, {self.what})"


#: The most significant digits a number may show in any text flowlint writes (a message, a help, a fix's message): every
#: integer a double holds exactly (below 2**53) has at most 16. A longer number is past what a JSON reader that uses
#: doubles holds as written, and may be a secret (an account number, a card, a key written as a number): it is said by
#: its size, never its digits (`a number of 31 digits (about 1e30)`). The excerpt under a finding shows the file as it is.
SHOWN_DIGITS = 16


_BASES = {"0x": ("hexadecimal", frozenset("0123456789abcdef")), "0o": ("octal", frozenset("01234567")),
          "0b": ("binary", frozenset("01"))}


def literal_size(written: str, shown_digits: int = SHOWN_DIGITS) -> str | None:
    """How messages say a numeric literal (`123…e400`, a sign, `_` separators allowed) that has more than `shown_digits`
    significant digits, without any of them: `a number of 400 digits (about 1e399)`; None for a shorter literal. Text
    that is no such literal (`Infinity`, `float('inf')`, YAML 1.1's base 60 `1:30:00`) is None too unless it holds more
    than `shown_digits` decimal digits: `a number written with 40 digits`."""
    unsigned = written.replace("_", "").lstrip("+- ").lower()
    base = _BASES.get(unsigned[:2])
    if base is not None:  # 0x…, 0o…, 0b…: JavaScript's and Python's integers in another base
        name, digits_of_base = base
        significant = unsigned[2:].lstrip("0") or "0"
        if len(significant) <= shown_digits or not significant.isascii() or not set(significant) <= digits_of_base:
            return None
        return f"a number of {len(significant):,} {name} digits"
    mantissa, _, exponent = unsigned.partition("e")
    whole_part, point, fraction = mantissa.partition(".")
    mantissa = whole_part + point + fraction.rstrip("0")  # 1.50 has the digits of 1.5
    digits = mantissa.replace(".", "", 1)
    if not digits.isdecimal() or not digits.isascii() or (exponent and not exponent.lstrip("+-").isdecimal()):
        written_digits = sum(character in "0123456789" for character in written)
        return f"a number written with {written_digits:,} digits" if written_digits > shown_digits else None
    significant = digits.lstrip("0") or "0"
    if len(significant) <= shown_digits:
        return None
    exponent_digits = exponent.lstrip("+-").lstrip("0")
    if len(exponent_digits) > 18:  # int() of it may be refused (over 4,300 digits) and says nothing more
        return f"a number of {len(significant):,} digits and an exponent of {len(exponent_digits):,} digits"
    whole = len(mantissa.partition(".")[0].lstrip("0"))
    magnitude = (whole - 1 if whole else -len(mantissa.partition(".")[2]) + len(significant) - 1) + int(exponent or 0)
    sign = "-" if written.lstrip().startswith("-") else ""
    return f"a number of {len(significant):,} digits (about {sign}1e{magnitude})"


def shown_number(written: str, *, bare: bool = False) -> str:
    """How every text flowlint writes says a number, from its text (as the file writes it, else as JSON does): as
    written when it has at most SHOWN_DIGITS significant digits (`the number 1e400`; `bare`: `1e400`, as a fix's
    `was → new` has it), else by its size (`a number of 31 digits (about 1e30)`, bare or not)."""
    size = literal_size(written)
    if size is not None:
        return size
    return written if bare else f"the number {written}"


class OpenObject(dict[str, Any]):
    """An object that may hold more members than the ones written out."""


class UnknownText(str):
    """A string whose content is only known at run time (`JSON.stringify(x)` of an unknown x): its type is known,
    so a type check judges it; nothing else does."""

    __slots__ = ()


#: The content of an UnknownText made at run time from a value not known (`str(n)`, `JSON.stringify(x)`): only its
#: type is known; the rules name it "text made at run time".
RUN_TIME_TEXT = "…"


def contains_unknown(value: Any, limit: int = 100_000) -> bool:
    """Whether a value is, or holds anywhere inside it, an unknown value or an open object."""
    stack = [value]
    seen = 0
    while stack and seen < limit:
        item = stack.pop()
        seen += 1
        if isinstance(item, (Unknown, OpenObject, UnknownText)):
            return True
        if type(item) is dict:
            stack.extend(item.values())
        elif type(item) is list:
            stack.extend(item)
    return bool(stack)  # too big to look through: treat it as unknown


#: Keywords judging whether members are present: an open object may hold them.
_PRESENCE = frozenset({"required", "minProperties", "dependentRequired", "dependencies"})
#: Keywords judging an object's known keys, which are known even when values are not.
_KEYS = frozenset({"additionalProperties", "propertyNames", "unevaluatedProperties"})


def decided(error: Any) -> bool:
    """Whether a jsonschema error holds whatever the unknown values turn out to be."""
    if error.context and not all(decided(sub) for sub in error.context):
        return False
    instance = error.instance
    keyword = error.validator
    if isinstance(instance, Unknown):
        return False
    if keyword in _PRESENCE:
        return not isinstance(instance, OpenObject)
    if keyword in _KEYS or keyword == "type":
        return True
    return not contains_unknown(instance)


def inputs_partly_unread(body: Any) -> bool:
    """Whether a body may give inputs flowlint could not read, so their `Flow.` prefix went unchecked: members it cannot
    name beside the ones it read (a spread of what it cannot see, a computed key, an HTTPie item it does not read), at
    the top level, where a `Flow.x` or an `inputData` may be among them, or in `inputData`; or an `inputData` whose
    value is known only at run time."""
    if isinstance(body, OpenObject):
        return True
    data = body.get("inputData") if isinstance(body, dict) else None
    return isinstance(data, (OpenObject, Unknown))
