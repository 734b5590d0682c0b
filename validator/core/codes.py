"""The rule catalogue: every code flowlint can report, its name, default severity and summary.

Codes are a public contract: never renumber or reuse one. Each rule's documentation (explanation, bad and good
examples) is in rule_docs.py, read only by what shows it (`flowlint rule`, the docs, SARIF, the editor's hover):
every run imports this module, few need the documentation.
"""

from __future__ import annotations

from typing import NamedTuple

from .diagnostics import Severity
from .example_flow import EXAMPLE_CONTRACT as EXAMPLE_CONTRACT
from .example_flow import UUID_EXAMPLE as UUID_EXAMPLE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .rule_docs import RuleDocs

# Rule codes, defined once: everything else refers to a rule by these names.
PARSE_ERROR = "FL001"
DUPLICATE_KEY = "FL002"
NOT_AN_OBJECT = "FL003"
ENCODING = "FL004"
LIMIT_EXCEEDED = "FL005"
YAML_IMPLICIT_TYPE = "FL006"
UNREADABLE_FILE = "FL007"
TOO_MANY_FINDINGS = "FL008"
UNUSED_SUPPRESSION = "FL009"
SKIPPED_FILE = "FL010"
UNREAD_LAUNCH = "FL011"
NOT_READ = "FL012"
UNDECLARED_MODEL_ATTRIBUTE = "FL013"
NO_JSON_NUMBER = "FL014"
ROUNDED_INTEGER = "FL015"
UNENCODABLE_VALUE = "FL016"
SCHEMA_VIOLATION = "FL100"
WRONG_ENVELOPE = "FL101"
UNKNOWN_MEMBER = "FL102"
MISSING_FLOW_ID = "FL103"
INVALID_FLOW_ID = "FL104"
WRONG_TYPE = "FL105"
FLOW_ID_IN_PATH = "FL106"
NULL_MEMBER = "FL107"
SDK_TO_DICT = "FL108"
WRONG_METHOD = "FL301"
WRONG_HOST = "FL302"
CONTENT_TYPE = "FL303"
BODY_NOT_JSON = "FL304"
HARD_CODED_TOKEN = "FL305"
PLATFORM_ANSWER = "FL306"
SDK_ARGUMENTS = "FL307"
WRONG_PATH = "FL308"
NO_CONTRACT = "FL200"
MISSING_INPUT = "FL201"
UNKNOWN_INPUT = "FL202"
MISSING_FLOW_PREFIX = "FL203"
INPUT_TYPE_MISMATCH = "FL204"
INPUT_FORMAT = "FL205"
NOT_LAUNCHABLE = "FL206"
VERSION_NOT_CHECKED = "FL207"
WHOLE_DECIMAL = "FL208"
DOUBTFUL_CONTRACT = "FL209"
FLOW_YAML_DIFFERS = "FL210"
FLOW_PREFIX_CASE = "FL211"
INPUT_NAME_CASE = "FL212"
UNAPPLIED_CONTRACT = "FL213"
INTERNAL_ERROR = "FL900"
BROKEN_CONTRACT = "FL901"
BROKEN_CONFIG = "FL902"



class Refusal(NamedTuple):
    """What a launch is refused with: a status the platform answers, or an exception its call raises before anything
    is sent (by its last name, `TypeError`). A rule declares the refusal it predicts (Rule.refusal); a negative test
    asserts one of a launch (sources/refusals.py: LaunchRequest.asserted)."""

    statuses: frozenset[int] = frozenset()
    raises: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.statuses or self.raises)

    def __or__(self, other: Refusal) -> Refusal:
        return Refusal(self.statuses | other.statuses, self.raises | other.raises)

    def meets(self, other: Refusal) -> bool:
        """Whether the two share a status or an exception."""
        return bool(self.statuses & other.statuses or self.raises & other.raises)

    @property
    def said(self) -> str:
        """As a message says it: "a 404", "a 400 or 422", "a TypeError raised by the call"."""
        parts = [f"a {' or '.join(str(status) for status in sorted(self.statuses))}"] if self.statuses else []
        parts += [f"a {' or '.join(sorted(self.raises))} raised by the call"] if self.raises else []
        return " or ".join(parts)


#: No refusal: what a launch whose test asserts none has.
NO_REFUSAL = Refusal()
#: The platform's answer to a body it refuses.
BODY_REFUSED = Refusal(statuses=frozenset({400, 422}))
#: The platform's answer to a path it has no endpoint at.
PATH_REFUSED = Refusal(statuses=frozenset({404}))
#: What requests and httpx raise on a `json=` body json.dumps refuses (requests does not wrap it: only a ValueError).
ENCODER_RAISES = Refusal(raises=frozenset({"TypeError"}))


class Rule:
    """One rule: a stable code and name, a default severity and a summary; its documentation read on first use."""

    __slots__ = ("about_request", "code", "name", "refusal", "severity", "summary")

    def __init__(self, code: str, name: str, severity: Severity, summary: str, *, about_request: bool = False,
                 refusal: Refusal | None = None) -> None:
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        #: About the URL, method or headers: findings have no JSON pointer.
        self.about_request = about_request
        #: The refusal a launch breaking it gets (None: it predicts none). A negative test asserting that refusal of a
        #: launch makes it the test's point: not judged for this rule (see `judged_under`).
        self.refusal = refusal

    def __repr__(self) -> str:
        return f"Rule({self.code!r}, {self.name!r}, {self.severity})"

    @property
    def docs(self) -> RuleDocs:
        """The rule's explanation and examples (rule_docs.py)."""
        from .rule_docs import DOCS

        return DOCS[self.name]

    @property
    def explanation(self) -> str:
        return self.docs.explanation

    @property
    def bad(self) -> str:
        return self.docs.bad

    @property
    def good(self) -> str:
        return self.docs.good

    @property
    def example_format(self) -> str:
        return self.docs.example_format

    @property
    def uses_contract(self) -> bool:
        return self.docs.uses_contract

    @property
    def example_snapshots(self) -> tuple[str, ...]:
        return self.docs.example_snapshots

    @property
    def examples(self) -> tuple[tuple[str, str, str], ...]:
        return self.docs.examples

    def doc(self) -> str:
        """The rule's documentation as `flowlint rule CODE` prints it."""
        return self.docs.doc(self)

    def markdown(self) -> str:
        """The rule's documentation as a Markdown page (docs/rules/CODE.md; `flowlint rule --markdown CODE`)."""
        return self.docs.markdown(self)


_RULES = [
    Rule(PARSE_ERROR, "parse-error", Severity.ERROR,
         "The file is not valid JSON or YAML."),
    Rule(DUPLICATE_KEY, "duplicate-key", Severity.ERROR,
         "A key is written twice in one object."),
    Rule(NOT_AN_OBJECT, "not-an-object", Severity.ERROR,
         "The body is not a JSON object.",
         refusal=BODY_REFUSED),
    Rule(ENCODING, "encoding", Severity.ERROR,
         "The file is not UTF-8 text."),
    Rule(LIMIT_EXCEEDED, "limit-exceeded", Severity.ERROR,
         "The file is larger, deeper or more expanded than flowlint's limits."),
    Rule(YAML_IMPLICIT_TYPE, "yaml-implicit-type", Severity.WARNING,
         "An unquoted YAML value is read as something other than the text written."),
    Rule(UNREADABLE_FILE, "unreadable-file", Severity.ERROR,
         "The file cannot be read."),
    Rule(TOO_MANY_FINDINGS, "too-many-findings", Severity.INFO,
         "A file has more findings of one kind than are worth listing: the first 20 are shown, the rest counted."),
    Rule(UNUSED_SUPPRESSION, "unused-suppression", Severity.INFO,
         "A `flowlint: ignore` comment suppresses nothing."),
    Rule(SKIPPED_FILE, "skipped-file", Severity.INFO,
         "A file was not searched for launches: minified code that mentions the launch endpoint, a special file or link a walk"
         " found, or a YAML body past the YAML size limit."),
    Rule(UNREAD_LAUNCH, "unread-launch", Severity.INFO,
         "A file mentions the launch endpoint, but flowlint could read no launch in it."),
    Rule(NOT_READ, "not-read", Severity.INFO,
         "A file named (or, with -v, walked) is of a kind flowlint does not read for launches, or is no launch body."),
    Rule(UNDECLARED_MODEL_ATTRIBUTE, "undeclared-model-attribute", Severity.ERROR,
         "An attribute set on the SDK's launch model that the model does not send."),
    Rule(NO_JSON_NUMBER, "no-json-number", Severity.ERROR,
         "A number JSON has no form for (NaN, Infinity, past the double range) in a body built in code: Python's "
         "encoders refuse it or write text that is not JSON; JavaScript's JSON.stringify sends null."),
    Rule(ROUNDED_INTEGER, "rounded-integer", Severity.WARNING,
         "An integer literal past 2**53 in JavaScript: it is held as the nearest double, and JSON.stringify sends that."),
    Rule(UNENCODABLE_VALUE, "unencodable-value", Severity.ERROR,
         "A Python set, date, time or UUID in a body requests or httpx send as `json=`: json.dumps raises, nothing is sent.",
         refusal=ENCODER_RAISES),
    Rule(SCHEMA_VIOLATION, "schema-violation", Severity.ERROR,
         "The body breaks a constraint of the launch request schema.",
         refusal=BODY_REFUSED),
    Rule(WRONG_ENVELOPE, "wrong-envelope", Severity.ERROR,
         "A member that other APIs or wrong answers use, which this endpoint does not accept.",
         refusal=BODY_REFUSED),
    Rule(UNKNOWN_MEMBER, "unknown-member", Severity.ERROR,
         "A top-level member the launch request does not have.",
         refusal=BODY_REFUSED),
    Rule(MISSING_FLOW_ID, "missing-flow-id", Severity.ERROR,
         "The body has no flowId.",
         refusal=BODY_REFUSED),
    Rule(INVALID_FLOW_ID, "invalid-flow-id", Severity.ERROR,
         "flowId is not a flow ID (a UUID string).",
         refusal=BODY_REFUSED),
    Rule(WRONG_TYPE, "wrong-type", Severity.ERROR,
         "An envelope member has the wrong JSON type.",
         refusal=BODY_REFUSED),
    Rule(FLOW_ID_IN_PATH, "flow-id-in-path", Severity.ERROR,
         "The launch URL carries the flow ID (in code, request files and the httpx guard).",
         about_request=True),
    Rule(WRONG_METHOD, "wrong-method", Severity.ERROR,
         "A launch sent with a method other than POST.",
         about_request=True),
    Rule(WRONG_HOST, "wrong-host", Severity.ERROR,
         "The launch is sent to a host that is not a Genesys Cloud API host.",
         about_request=True),
    Rule(CONTENT_TYPE, "content-type", Severity.ERROR,
         "A launch body sent without Content-Type: application/json.",
         about_request=True),
    Rule(BODY_NOT_JSON, "body-not-json", Severity.ERROR,
         "An object handed to the client in a way that does not send it as JSON.",
         about_request=True),
    Rule(HARD_CODED_TOKEN, "hard-coded-token", Severity.WARNING,
         "A literal bearer token or credential is written in the file.",
         about_request=True),
    Rule(PLATFORM_ANSWER, "platform-answer", Severity.INFO,
         "A launch saved in a HAR file failed: what the platform answered.",
         about_request=True),
    Rule(SDK_ARGUMENTS, "sdk-arguments", Severity.ERROR,
         "The SDK's launch method is given arguments it does not take: the call raises, or sends another one as the body.",
         about_request=True),
    Rule(WRONG_PATH, "wrong-path", Severity.ERROR,
         "A launch is sent to a near miss of /api/v2/flows/executions (`/flows/execution`, `/flow/executions`, "
         "`/api/v1/…`), which no endpoint answers.",
         about_request=True, refusal=PATH_REFUSED),
    Rule(NULL_MEMBER, "null-member", Severity.WARNING,
         "`name`, `inputData` or a declared input is null; the platform reads it as absent (an input left unset)."),
    Rule(SDK_TO_DICT, "sdk-to-dict", Severity.ERROR,
         "The body is the Python SDK's `model.to_dict()`, not the JSON the SDK sends."),
    Rule(NO_CONTRACT, "no-contract", Severity.INFO,
         "No input contract is known for the body's flow, so its input names, types and required inputs were not checked."),
    Rule(MISSING_INPUT, "missing-input", Severity.ERROR,
         "A required input of the flow is absent.",
         refusal=BODY_REFUSED),
    Rule(UNKNOWN_INPUT, "unknown-input", Severity.ERROR,
         "An inputData key the flow does not declare.",
         refusal=BODY_REFUSED),
    Rule(MISSING_FLOW_PREFIX, "missing-flow-prefix", Severity.ERROR,
         "An inputData key is missing the Flow. prefix (or writes it wrongly), or one input is sent in two spellings.",
         refusal=BODY_REFUSED),
    Rule(INPUT_TYPE_MISMATCH, "input-type-mismatch", Severity.ERROR,
         "An input value is not of the type the flow declares.",
         refusal=BODY_REFUSED),
    Rule(INPUT_FORMAT, "input-format", Severity.ERROR,
         "An input value breaks the format, allowed values or pattern the flow declares.",
         refusal=BODY_REFUSED),
    Rule(NOT_LAUNCHABLE, "not-launchable", Severity.WARNING,
         "The flow is not a workflow, so this endpoint cannot launch it."),
    Rule(VERSION_NOT_CHECKED, "version-not-checked", Severity.WARNING,
         "The body pins a flowVersion whose contract is not available; its inputs were checked against another version."),
    Rule(WHOLE_DECIMAL, "whole-decimal", Severity.WARNING,
         "An Integer input holds a number written with a decimal point, such as 2.0."),
    Rule(DOUBTFUL_CONTRACT, "doubtful-contract", Severity.WARNING,
         "The flow's contract is usable but may be wrong: stale, or declaring inputs without the Flow. prefix."),
    Rule(FLOW_YAML_DIFFERS, "flow-yaml-differs", Severity.WARNING,
         "The repository's flow YAML and the pulled snapshot of the same flow declare different inputs."),
    Rule(FLOW_PREFIX_CASE, "flow-prefix-case", Severity.WARNING,
         "An inputData key writes the Flow. prefix in another case (flow.x); the flow's spelling is Flow.x."),
    Rule(INPUT_NAME_CASE, "input-name-case", Severity.WARNING,
         "An inputData key differs from a declared input's name only in case (Flow.attempts for Flow.Attempts)."),
    Rule(UNAPPLIED_CONTRACT, "unapplied-contract", Severity.INFO,
         "Part of the flow's input contract could not be applied to the body, so what it decides there was not checked."),
    Rule(INTERNAL_ERROR, "internal-error", Severity.ERROR,
         "flowlint failed while checking this file; the exit code is 3."),
    Rule(BROKEN_CONTRACT, "broken-contract", Severity.ERROR,
         "A flow input contract cannot be used; the exit code is 3."),
    Rule(BROKEN_CONFIG, "broken-config", Severity.ERROR,
         "A subproject's config file cannot be read, so the files below it were not checked; the exit code is 2."),
]

def judged_under(rule: Rule, asserted: Refusal) -> bool:
    """Whether a rule judges a launch whose test asserts this refusal of it: only a rule predicting another refusal
    does (the test is then wrong: `/flows/execution` asserted to get a 400 gets a 404). The test's point is its launch's
    refusal: neither the rules predicting it nor those predicting none (its tokens and IDs are test data) judge it."""
    return rule.refusal is not None and not rule.refusal.meets(asserted)


RULES: dict[str, Rule] = {rule.code: rule for rule in sorted(_RULES, key=lambda rule: rule.code)}  # listed in code order
_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in _RULES}
#: The statuses and exceptions some rule predicts: only an assertion of one of these is a negative test's.
PREDICTED = Refusal(frozenset().union(*(rule.refusal.statuses for rule in _RULES if rule.refusal is not None)),
                    frozenset().union(*(rule.refusal.raises for rule in _RULES if rule.refusal is not None)))

#: Codes whose findings mean flowlint could not do its job (exit code 3).
TOOL_FAILURES = frozenset({INTERNAL_ERROR, BROKEN_CONTRACT, BROKEN_CONFIG})


def find_rule(code_or_name: str) -> Rule | None:
    """The rule with this code (`FL101`, any case) or name (`wrong-envelope`)."""
    return RULES.get(code_or_name.upper()) or _BY_NAME.get(code_or_name.lower())


def did_you_mean(word: str) -> str:
    """For a word that names no rule: the nearest rule name or code, as a message's tail ("; did you mean
    `missing-flow-prefix` (FL203)?"), or "" when none is near (difflib's ratio, as ruff and click suggest)."""
    import difflib

    key = word.strip().lower()[:100]  # (a hostile word's length bounds the comparison's time)
    names = difflib.get_close_matches(key, list(_BY_NAME), n=1, cutoff=0.6)
    if names:
        rule = _BY_NAME[names[0]]
    else:
        codes = difflib.get_close_matches(key.upper(), list(RULES), n=1, cutoff=0.75)
        if not codes:
            return ""
        rule = RULES[codes[0]]
    return f"; did you mean `{rule.name}` ({rule.code})?"
